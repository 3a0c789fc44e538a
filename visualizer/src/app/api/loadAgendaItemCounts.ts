import { queryApi } from './queryApi.js';

/**
 * Positions per agenda item (the filter panel's counts), counted by the API: aliased
 * `positions(filter:) { totalCount }` fields, at most ALIASES_PER_REQUEST to a request (the
 * server refuses more aliases than that), the requests in parallel. Curated and imported positions
 * only unless `includeExtracted`, as the cells count them.
 */
export async function loadAgendaItemCounts(agendaItemIds: readonly string[], options: { includeExtracted: boolean }): Promise<Map<string, number>> {
  const chunks: string[][] = [];
  for (let from = 0; from < agendaItemIds.length; from += ALIASES_PER_REQUEST) chunks.push(agendaItemIds.slice(from, from + ALIASES_PER_REQUEST));
  const provenance = options.includeExtracted ? null : ['CURATED', 'IMPORTED'];
  const answers = await Promise.all(
    chunks.map((ids) => {
      const fields = ids.map((_, i) => `c${i}: positions(first: 1, filter: { agendaItemIds: [$id${i}], provenance: $provenance }) { totalCount }`);
      const declarations = ids.map((_, i) => `$id${i}: ID!`).join(', ');
      const query = `query AgendaItemCounts(${declarations}, $provenance: [ProvenanceMethod!]) { ${fields.join(' ')} }`;
      const variables: Record<string, unknown> = { provenance, ...Object.fromEntries(ids.map((id, i) => [`id${i}`, id])) };
      return queryApi<Record<string, { totalCount: number }>>(query, variables).then((data) => ids.map((id, i) => [id, data[`c${i}`]!.totalCount] as const));
    }),
  );
  return new Map(answers.flat());
}

// Private:

/** The server's GraphQL alias limit (server/http: graphql-armor maxAliases). */
const ALIASES_PER_REQUEST = 30;
