import type { Stance } from '../model/kinds.js';
import type { PositionRow } from '../model/PositionRow.js';
import { queryApi } from './queryApi.js';

const PAGE_QUERY = /* GraphQL */ `
  query PositionRows($after: String) {
    positions(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id stance actor { id } target { id } statement { id agendaItem { id } } } }
    }
  }
`;

/**
 * Walks every position, 100 a page (the API's cap), keeping only ids and the stance. Sequential,
 * since each page's cursor comes from the one before; `onProgress` reports (loaded, total) so the
 * page can say how far it is on a large graph.
 */
export async function loadPositionRows(onProgress?: (loaded: number, total: number) => void): Promise<PositionRow[]> {
  const rows: PositionRow[] = [];
  let after: string | null = null;
  for (;;) {
    const { positions }: PageData = await queryApi<PageData>(PAGE_QUERY, { after });
    for (const { node } of positions.edges) {
      rows.push({
        id: node.id,
        stance: node.stance,
        actorId: node.actor.id,
        targetId: node.target.id,
        statementId: node.statement.id,
        agendaItemId: node.statement.agendaItem.id,
      });
    }
    onProgress?.(rows.length, positions.totalCount);
    if (!positions.pageInfo.hasNextPage) return rows;
    after = positions.pageInfo.endCursor;
  }
}

// Private:

interface PageData {
  positions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; stance: Stance; actor: { id: string }; target: { id: string }; statement: { id: string; agendaItem: { id: string } } } }[];
  };
}
