/**
 * Node labels and relationship types of the stored graph (README.md draws it). Cypher text is
 * built only from these constants; every value travels as a parameter.
 */

export const NODE_LABELS = [
  'Actor',
  'Person',
  'Meeting',
  'AgendaItem',
  'LegalPrinciple',
  'Instrument',
  'Proposal',
  'LegalQuestion',
  'Document',
  'Statement',
  'Position',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels of catalog entries, which carry `owners` (graph/store/catalogOwnership.ts). */
export const CATALOG_LABELS: ReadonlySet<NodeLabel> = new Set<NodeLabel>([
  'Actor',
  'Person',
  'Meeting',
  'AgendaItem',
  'LegalPrinciple',
  'Instrument',
  'Proposal',
  'LegalQuestion',
]);

/** Second label on LegalPrinciple, Instrument, Proposal and LegalQuestion nodes: what a position can be ON. */
export const TARGET_LABEL = 'Target';

/** The one node that is not part of the graph: where the loaded bundle's fingerprint is kept. */
export const META_LABEL = 'GraphMeta';
export const META_ID = 'graph';

/**
 * replaceGraph writes the new graph under these labels first (`Staged` and `Staged<Label>`), where
 * no read looks, then switches it in (replaceGraph.ts). `stageKey` (`<Label>/<id>`, `Target/<id>`
 * for every target kind) is unique, as ids are under the live labels.
 */
export const STAGED_LABEL = 'Staged';

export function stagedLabelOf(label: NodeLabel): string {
  return `${STAGED_LABEL}${label}`;
}

export const RELATIONSHIP_TYPES = [
  'CONVENED_BY',
  'OF',
  'PARTICIPATED_IN',
  'ATTENDED',
  'REPRESENTED',
  'ELEMENT_OF',
  'ENSHRINED_IN',
  'PART_OF',
  'PUT_TO',
  'PROPOSED_BY',
  'ABOUT',
  'REPORTS_ON',
  'ISSUED_BY',
  'IN',
  'UNDER',
  'MADE_BY',
  'SPOKEN_BY',
  'TAKES',
  'ON',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Name of the full-text index over `Statement.searchText`. */
export const STATEMENT_SEARCH_INDEX = 'statementSearchText';
