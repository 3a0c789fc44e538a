/**
 * Orders ids by UTF-16 code unit, which for the ASCII ids of graph/model/sortKey.ts is the order of
 * SQLite's BINARY collation and Neo4j's string comparison. Never `localeCompare`: its order depends
 * on the host's ICU data, and the two stores must answer identically.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
