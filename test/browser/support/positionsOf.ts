import type { Explorer } from './startExplorer.js';

export interface ApiPosition {
  id: string;
  stance: string;
  actor: { id: string };
  target: { id: string };
  statement: { id: string; agendaItem: { id: string } };
  evidence: { quote: string; start: number; end: number; document: { id: string } };
}

/** Every position matching `filter`, walked page by page, in document order. */
export async function positionsOf(explorer: Explorer, filter: Record<string, unknown> = {}): Promise<ApiPosition[]> {
  const found: ApiPosition[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await explorer.api(
      `query($filter: PositionFilter, $after: String) { positions(first: 100, after: $after, filter: $filter) {
        pageInfo { hasNextPage endCursor }
        edges { node { id stance actor { id } target { id } statement { id agendaItem { id } } evidence { quote start end document { id } } } } } }`,
      { filter, after },
    );
    found.push(...data.positions.edges.map((edge: any) => edge.node));
    if (!data.positions.pageInfo.hasNextPage) return found;
    after = data.positions.pageInfo.endCursor;
  }
}

/** The edge ids the network should draw for these positions: one per actor, target and stance. */
export function edgeIdsOf(positions: readonly ApiPosition[]): string[] {
  return [...new Set(positions.map((p) => `p:${p.actor.id}|${p.target.id}|${p.stance}`))].sort();
}
