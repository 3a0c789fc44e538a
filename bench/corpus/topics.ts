/**
 * The topics debates cluster on. Each agenda item is about one topic and most positions taken
 * under it are on that topic's targets, as a working group's debate on sovereignty stays mostly on
 * sovereignty. The words also make full-text search meaningful on generated text.
 */
export const TOPICS = [
  'sovereignty',
  'non-intervention',
  'due diligence',
  'use of force',
  'self-defence',
  'state responsibility',
  'attribution',
  'countermeasures',
  'international humanitarian law',
  'human rights online',
  'critical infrastructure',
  'capacity building',
  'confidence building',
  'cybercrime cooperation',
  'data protection',
  'supply chain security',
  'peaceful settlement of disputes',
  'neutrality',
  'ransomware',
  'internet governance',
] as const;

export type Topic = (typeof TOPICS)[number];

/** Ids are ASCII (graph/model/sortKey.ts ID_PATTERN): topic words joined by hyphens. */
export function topicSlug(topic: Topic): string {
  return topic.replaceAll(' ', '-');
}
