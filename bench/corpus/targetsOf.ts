import type { Instrument, InstrumentType, LegalPrinciple, Meeting, Proposal } from '../../graph/index.js';
import { INSTRUMENT_TYPES } from '../../graph/index.js';
import type { Draw } from './random.js';
import { TOPICS, topicSlug, type Topic } from './topics.js';

export interface GeneratedTargets {
  readonly principles: LegalPrinciple[];
  readonly instruments: Instrument[];
  readonly proposals: Proposal[];
  /** Target ids by topic index, most discussed first within each topic. */
  readonly byTopic: string[][];
  /** Targets every State supports or queries, never opposes: the zero draft's common ground. */
  readonly consensual: ReadonlySet<string>;
}

const PRINCIPLE_NOUNS = ['principle', 'rule', 'obligation', 'element', 'standard'];
const PROPOSAL_NOUNS = ['proposal', 'working paper', 'draft norm', 'initiative'];

/**
 * `count` targets spread evenly over the topics: 40 % principles (some elements of another
 * principle of their topic, some enshrined in an instrument), 35 % instruments (some parts of
 * another), 25 % proposals (each put by a State at a meeting). About a tenth are consensual.
 */
export function targetsOf(draw: Draw, count: number, meetings: readonly Meeting[], stateIds: readonly string[]): GeneratedTargets {
  const principles: LegalPrinciple[] = [];
  const instruments: Instrument[] = [];
  const proposals: Proposal[] = [];
  const byTopic: string[][] = TOPICS.map(() => []);
  const consensual = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const topicIndex = i % TOPICS.length;
    const topic: Topic = TOPICS[topicIndex]!;
    const n = Math.floor(i / TOPICS.length) + 1;
    const roll = (i * 7919) % 100; // spreads the kinds evenly over topics and ranks
    const siblings = byTopic[topicIndex]!;
    let id: string;
    if (roll < 40) {
      id = `p-${topicSlug(topic)}-${n}`;
      const parent = siblings.find((s) => s.startsWith('p-'));
      const instrument = siblings.find((s) => s.startsWith('i-'));
      principles.push({
        id,
        kind: 'PRINCIPLE',
        name: `${capitalise(topic)}: ${draw.pick(PRINCIPLE_NOUNS)} ${n}`,
        aliases: [],
        description: `A synthetic ${topic} principle for the benchmark.`,
        elementOfId: parent !== undefined && draw.next() < 0.3 ? parent : null,
        enshrinedInIds: instrument !== undefined && draw.next() < 0.4 ? [instrument] : [],
      });
    } else if (roll < 75) {
      id = `i-${topicSlug(topic)}-${n}`;
      const parent = siblings.find((s) => s.startsWith('i-'));
      instruments.push({
        id,
        kind: 'INSTRUMENT',
        name: `Instrument on ${topic} ${n}`,
        aliases: [],
        description: null,
        instrumentType: draw.pick(INSTRUMENT_TYPES),
        partOfId: parent !== undefined && draw.next() < 0.2 ? parent : null,
        year: draw.int(1945, 2025),
      });
    } else {
      id = `q-${topicSlug(topic)}-${n}`;
      proposals.push({
        id,
        kind: 'PROPOSAL',
        name: `${capitalise(draw.pick(PROPOSAL_NOUNS))} on ${topic} ${n}`,
        aliases: [],
        description: null,
        meetingId: draw.pick(meetings).id,
        proposedById: draw.pick(stateIds),
        decision: null,
      });
    }
    siblings.push(id);
    if (draw.next() < 0.1) consensual.add(id);
  }
  return { principles: sortById(principles), instruments: sortById(instruments), proposals: sortById(proposals), byTopic, consensual };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
