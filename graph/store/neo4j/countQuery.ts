import type { GraphCounts } from '../port.js';

/**
 * Node counts by label and the total relationship count, in one query. Run inside replaceGraph's
 * transaction (counts include its uncommitted writes) and by countGraph.
 * `COUNT { }` over a single label or all relationships is answered from Neo4j's count store.
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
       COUNT { ()-[]->() } AS relationships`;

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
