import { queryApi } from './queryApi.js';

export interface StatementHit {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly actor: { readonly id: string; readonly name: string };
  readonly agendaItem: { readonly label: string; readonly title: string };
  readonly document: { readonly id: string; readonly title: string };
}

export interface StatementSearch {
  readonly totalCount: number;
  readonly hits: readonly StatementHit[];
}

/**
 * Statements whose text holds every word of `query` (the API's `search`: whole words, case and
 * accents ignored, `word*` a prefix), in document order, up to 100.
 */
export async function searchStatements(query: string): Promise<StatementSearch> {
  const data = await queryApi<{ search: { totalCount: number; edges: { node: StatementHit }[] } }>(
    `query SearchStatements($query: String!) { search(query: $query, first: 100) { totalCount edges { node { id text start actor { id name } agendaItem { label title } document { id title } } } } }`,
    { query },
  );
  return { totalCount: data.search.totalCount, hits: data.search.edges.map((edge) => edge.node) };
}
