import { queryApi } from './queryApi.js';

const COUNTS_QUERY = /* GraphQL */ `
  query AgendaItemPositionCounts($provenance: [ProvenanceMethod!]) {
    positionCountsByAgendaItem(filter: { provenance: $provenance }) { agendaItem { id } positions }
  }
`;

/**
 * Positions per agenda item (the filter panel's counts), counted by the API in one request
 * (`positionCountsByAgendaItem`, one grouped read in the store). Curated and imported positions
 * only unless `includeExtracted`, as the cells count them. Before, aliased
 * `positions(filter:) { totalCount }` fields, 30 to a request: 50 requests and 1,500 counts at
 * 1,500 agenda items.
 */
export async function loadAgendaItemCounts(agendaItemIds: readonly string[], options: { includeExtracted: boolean }): Promise<Map<string, number>> {
  const provenance = options.includeExtracted ? null : ['CURATED', 'IMPORTED'];
  const { positionCountsByAgendaItem: counts } = await queryApi<CountsData>(COUNTS_QUERY, { provenance });
  const byId = new Map(counts.map((count) => [count.agendaItem.id, count.positions]));
  // The API leaves out agenda items with no position: they count 0.
  return new Map(agendaItemIds.map((id) => [id, byId.get(id) ?? 0]));
}

// Private:

interface CountsData {
  positionCountsByAgendaItem: { agendaItem: { id: string }; positions: number }[];
}
