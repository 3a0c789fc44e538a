import { POSITION_COLUMNS } from './columns.js';
import type { NodeProperties } from './encode.js';

/**
 * A direct load's statements and positions (loadIntoEmpty.ts), the bulk of a corpus, written each
 * statement with its positions and all six relationships they draw, in one statement per batch:
 * `TAKES` joins nodes the same row creates, and `IN`, `UNDER`, `MADE_BY`, `SPOKEN_BY`, `ON` look
 * up only their far end. Separate node and relationship passes looked up both ends of about 2.4
 * relationships per node and committed three times as many transactions.
 *
 * A reference that does not resolve leaves its relationship undrawn and the node written, as the
 * separate passes did, so the load's count check reports the same counts (`GraphIntegrityError`).
 */
export interface StatementRow {
  readonly statement: NodeProperties;
  readonly positions: readonly NodeProperties[];
}

export interface StatementBatches {
  /** Batches of statements with their positions, each at most `rowsPerTransaction` nodes (or one statement with more positions than that). */
  readonly batches: StatementRow[][];
  /** Positions whose statement is not in the bundle: written by `POSITIONS_WITHOUT_STATEMENT` (their `TAKES` is missing, and the count check says so). */
  readonly orphans: NodeProperties[];
}

export function statementBatchesOf(
  statements: readonly NodeProperties[],
  positions: readonly NodeProperties[],
  rowsPerTransaction: number,
): StatementBatches {
  const byStatement = new Map<unknown, NodeProperties[]>();
  for (const statement of statements) if (!byStatement.has(statement.id)) byStatement.set(statement.id, []);
  const orphans: NodeProperties[] = [];
  for (const position of positions) {
    const list = byStatement.get(position.statementId);
    if (list) list.push(position);
    else orphans.push(position);
  }
  const batches: StatementRow[][] = [];
  let batch: StatementRow[] = [];
  let nodes = 0;
  for (const statement of statements) {
    // A duplicate statement id takes no positions: the statement_id constraint fails the load anyway.
    const own = byStatement.get(statement.id) ?? [];
    byStatement.set(statement.id, []);
    const size = 1 + own.length;
    if (batch.length > 0 && nodes + size > rowsPerTransaction) {
      batches.push(batch);
      batch = [];
      nodes = 0;
    }
    batch.push({ statement, positions: own });
    nodes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, orphans };
}

/**
 * The properties a direct load sends, in one fixed order: every node travels as a list of values
 * (absent as null) instead of a map, as pages are read (columns.ts). The driver encodes each map
 * key as a string of its own, and Neo4j decodes and hashes it again, for ~20 keys per node; the
 * statement's map is rebuilt from the list in Cypher (`SET s = {id: v[0], ...}`, where a null sets
 * nothing, as a property left out of a map did). test/neo4j/statementBatches.test.ts checks that
 * encode.ts writes no property these lists lack; `wireRowsOf` refuses a row that has one.
 */
export const STATEMENT_LOAD_COLUMNS = [
  'id',
  'documentId',
  'meetingId',
  'agendaItemId',
  'actorId',
  'speakerId',
  'speakerRole',
  'start',
  'end',
  'text',
  'sortKey',
  'searchText',
] as const;
export const POSITION_LOAD_COLUMNS: readonly string[] = POSITION_COLUMNS.names;

/** `[statement values, [position values, ...]]` per row: what `STATEMENTS_WITH_POSITIONS` unwinds. */
export function wireRowsOf(batch: readonly StatementRow[]): unknown[] {
  return batch.map(({ statement, positions }) => [valuesOf(statement, STATEMENT_LOAD_COLUMNS), positions.map((p) => valuesOf(p, POSITION_LOAD_COLUMNS))]);
}

/** Position values per row: what `POSITIONS_WITHOUT_STATEMENT` unwinds. */
export function wirePositionsOf(positions: readonly NodeProperties[]): unknown[] {
  return positions.map((p) => valuesOf(p, POSITION_LOAD_COLUMNS));
}

/**
 * `$rows` of `wireRowsOf`. The properties carry the references (`documentId`, `agendaItemId`,
 * `actorId`, `speakerId`; `targetId`), as every node keeps them. Each far end is an OPTIONAL
 * MATCH (a unique-index seek) and its relationship a FOREACH over it or nothing, so a missing
 * end costs only its relationship. Measured against separate node and relationship statements
 * for the same 5,000 nodes in one transaction: 1.5 s of Neo4j CPU against 2.0 s; unit
 * subqueries (`CALL (s, row) { MATCH ... CREATE ... }`) cost 1.65 s.
 */
export const STATEMENTS_WITH_POSITIONS = `UNWIND $rows AS row
  WITH row[0] AS st, row[1] AS positions
  OPTIONAL MATCH (d:Document {id: st[${col(STATEMENT_LOAD_COLUMNS, 'documentId')}]})
  OPTIONAL MATCH (i:AgendaItem {id: st[${col(STATEMENT_LOAD_COLUMNS, 'agendaItemId')}]})
  OPTIONAL MATCH (a:Actor {id: st[${col(STATEMENT_LOAD_COLUMNS, 'actorId')}]})
  OPTIONAL MATCH (sp:Person {id: st[${col(STATEMENT_LOAD_COLUMNS, 'speakerId')}]})
  CREATE (s:Statement) SET s = ${mapOf(STATEMENT_LOAD_COLUMNS, 'st')}
  FOREACH (end IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (s)-[:IN]->(end))
  FOREACH (end IN CASE WHEN i IS NULL THEN [] ELSE [i] END | CREATE (s)-[:UNDER]->(end))
  FOREACH (end IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (s)-[:MADE_BY]->(end))
  FOREACH (end IN CASE WHEN sp IS NULL THEN [] ELSE [sp] END | CREATE (s)-[:SPOKEN_BY]->(end))
  WITH s, positions
  UNWIND positions AS pv
  OPTIONAL MATCH (t:Target {id: pv[${col(POSITION_LOAD_COLUMNS, 'targetId')}]})
  CREATE (s)-[:TAKES]->(p:Position) SET p = ${mapOf(POSITION_LOAD_COLUMNS, 'pv')}
  FOREACH (end IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (p)-[:ON]->(end))`;

/** `$rows` of `wirePositionsOf`, positions whose statement the bundle lacks (a load the count check will refuse). */
export const POSITIONS_WITHOUT_STATEMENT = `UNWIND $rows AS pv
  OPTIONAL MATCH (t:Target {id: pv[${col(POSITION_LOAD_COLUMNS, 'targetId')}]})
  CREATE (p:Position) SET p = ${mapOf(POSITION_LOAD_COLUMNS, 'pv')}
  FOREACH (end IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (p)-[:ON]->(end))`;

// Private:

/** The node's values in `columns` order, null for an absent one; throws if it has a property `columns` lacks (it would not be stored). */
function valuesOf(node: NodeProperties, columns: readonly string[]): unknown[] {
  const values = new Array<unknown>(columns.length);
  let present = 0;
  for (let i = 0; i < columns.length; i += 1) {
    const value = node[columns[i]!];
    if (value !== undefined) present += 1;
    values[i] = value ?? null;
  }
  if (present !== Object.keys(node).length) {
    const missing = Object.keys(node).filter((key) => !columns.includes(key));
    throw new Error(`a direct load sends no column for ${missing.map((key) => JSON.stringify(key)).join(', ')}: add it to STATEMENT_LOAD_COLUMNS or POSITION_LOAD_COLUMNS (graph/store/neo4j/statementBatches.ts)`);
  }
  return values;
}

function col(columns: readonly string[], name: string): number {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`no load column ${name}`);
  return index;
}

/** Cypher map literal `{id: v[0], ...}` of `columns` from the list `variable`. */
function mapOf(columns: readonly string[], variable: string): string {
  return `{${columns.map((name, i) => `\`${name}\`: ${variable}[${i}]`).join(', ')}}`;
}
