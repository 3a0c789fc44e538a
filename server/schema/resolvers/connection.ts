import type { Page, PageRequest } from '../../../graph/index.js';
import { decodeCursor, encodeCursor, validatePageSize } from '../cursor.js';

/** Reads and validates the Relay paging arguments. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  return { first: validatePageSize(args.first), after: decodeCursor(args.after) };
}

/** Shapes a store page as a Relay connection; totalCount is computed only if asked for. */
export function toConnection<T extends { sortKey: string }>(page: Page<T>, countAll: () => Promise<number>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.sortKey), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: countAll,
  };
}
