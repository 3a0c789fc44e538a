import type { GraphCounts } from '../port.js';
import { STAGED_LABEL } from './labels.js';

/**
 * Node counts by label and the relationship count of the live graph, in one query (countGraph).
 * Relationships of a staged copy (replaceGraph.ts) run only between staged nodes, so they are
 * every relationship less those leaving a `:Staged` node. `COUNT { }` over a single label, all
 * relationships or those leaving one label is answered from Neo4j's count store.
 */
export const COUNT_QUERY = `
RETURN COUNT { (:Actor) } AS actors,
       COUNT { (:Person) } AS persons,
       COUNT { (:Meeting) } AS meetings,
       COUNT { (:AgendaItem) } AS agendaItems,
       COUNT { (:LegalPrinciple) } AS principles,
       COUNT { (:Instrument) } AS instruments,
       COUNT { (:Proposal) } AS proposals,
       COUNT { (:LegalQuestion) } AS questions,
       COUNT { (:Document) } AS documents,
       COUNT { (:Statement) } AS statements,
       COUNT { (:Position) } AS positions,
       COUNT { ()-[]->() } - COUNT { (:${STAGED_LABEL})-[]->() } AS relationships`;

const KEYS = [
  'actors',
  'persons',
  'meetings',
  'agendaItems',
  'principles',
  'instruments',
  'proposals',
  'questions',
  'documents',
  'statements',
  'positions',
  'relationships',
] as const satisfies readonly (keyof GraphCounts)[];

export function countsFromRow(row: Record<string, unknown>): GraphCounts {
  return Object.fromEntries(KEYS.map((key) => [key, Number(row[key])])) as unknown as GraphCounts;
}
