/**
 * Stable sort keys. Lists are paged with keyset cursors (Relay Cursor Connections,
 * https://relay.dev/graphql/connections.htm) that encode the sort key of the last item seen, so a
 * cursor keeps its place when data is added. A sort key is one ASCII string that orders
 * identically under SQLite's BINARY collation and Neo4j's string comparison:
 * chronological by document date, then document, then place in the document, then id.
 * `!` separates the parts because it sorts below every character an id may contain.
 */
const OFFSET_WIDTH = 9;

export function textSortKey(input: {
  documentDate: string;
  documentId: string;
  start: number;
  id: string;
}): string {
  return [input.documentDate, input.documentId, String(input.start).padStart(OFFSET_WIDTH, '0'), input.id].join('!');
}

/** Ids are restricted to this pattern so that sort keys stay ASCII and unambiguous. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * Whether `key` has the shape textSortKey gives (date!document!offset!id). Cursors carry a sort
 * key; the API refuses one of any other shape as forged or damaged rather than paging from it.
 */
export function isTextSortKey(key: string): boolean {
  const parts = key.split('!');
  return (
    parts.length === 4 &&
    key.length <= 600 &&
    /^\d{4}-\d{2}-\d{2}$/.test(parts[0]!) &&
    ID_PATTERN.test(parts[1]!) &&
    new RegExp(`^\\d{${OFFSET_WIDTH}}$`).test(parts[2]!) &&
    ID_PATTERN.test(parts[3]!)
  );
}
