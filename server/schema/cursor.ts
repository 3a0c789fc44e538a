import { InvalidArgumentError, isTextSortKey } from '../../graph/index.js';

/**
 * Opaque connection cursors. A cursor is the base64url of a version tag and the item's stable
 * sort key, so it keeps its place when items are added (unlike graphql-relay's offset cursors,
 * `arrayConnection.ts`, which shift).
 */
const PREFIX = 'k1:';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(PREFIX + sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  // A cursor is opaque but not arbitrary: one whose sort key has not the shape this API writes
  // (graph/model/sortKey.ts) is forged or damaged, and refused rather than paged from.
  if (!decoded.startsWith(PREFIX) || !isTextSortKey(decoded.slice(PREFIX.length))) {
    const shown = cursor.length > 60 ? `${JSON.stringify(cursor.slice(0, 60))}… (${cursor.length} characters)` : JSON.stringify(cursor);
    throw new InvalidArgumentError(
      argument,
      `${argument}: ${shown} is not a cursor returned by this API; pass a pageInfo.endCursor or omit ${argument}`,
    );
  }
  return decoded.slice(PREFIX.length);
}

/** Largest page a client may ask for; bigger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

export function validatePageSize(first: number | null | undefined, argument = 'first'): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(argument, `${argument}: must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}
