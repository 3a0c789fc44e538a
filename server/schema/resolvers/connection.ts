import type { Page, PageRequest } from '../../../graph/index.js';
import { decodeCursor, encodeCursor, validatePageSize } from '../cursor.js';

/** Reads and validates the Relay paging arguments. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  return { first: validatePageSize(args.first), after: decodeCursor(args.after) };
}

/** Shapes a store page as a Relay connection; totalCount is computed only if asked for. */
export function toConnection<T extends { sortKey: string }>(page: Page<T>, countAll: () => Promise<number>): Connection<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.sortKey), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countAll,
  };
}

export interface Connection<T> {
  readonly edges: ReadonlyArray<{ cursor: string; node: T }>;
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly countAll: () => Promise<number>;
}

/**
 * The fields of every connection type that are not plain properties. The count is a resolver, not
 * a function-valued property: the compiled executor (compiledExecution.ts) reads plain properties
 * as they are and never calls them.
 */
export const connectionFields = {
  totalCount: (connection: Connection<unknown>) => connection.countAll(),
};
