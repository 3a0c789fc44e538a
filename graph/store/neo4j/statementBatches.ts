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
  /** Each position's properties as a list in POSITION_COLUMNS order (`valuesOf`): no property names per row. */
  readonly positions: readonly (readonly unknown[])[];
}

export interface StatementBatches {
  /** Batches of statements with their positions, each at most `rowsPerTransaction` nodes (or one statement with more positions than that). */
  readonly batches: StatementRow[][];
  /**
   * Positions whose statement is not in the bundle, as POSITION_COLUMNS lists: written by
   * `POSITIONS_WITHOUT_STATEMENT` (their `TAKES` is missing, and the count check says so).
   */
  readonly orphans: (readonly unknown[])[];
}

export function statementBatchesOf(
  statements: readonly NodeProperties[],
  positions: readonly NodeProperties[],
  rowsPerTransaction: number,
): StatementBatches {
  const byStatement = new Map<unknown, (readonly unknown[])[]>();
  for (const statement of statements) if (!byStatement.has(statement.id)) byStatement.set(statement.id, []);
  const orphans: (readonly unknown[])[] = [];
  for (const position of positions) {
    const list = byStatement.get(position.statementId);
    (list ?? orphans).push(POSITION_COLUMNS.valuesOf(position));
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
 * `$rows` of StatementRow. The properties carry the references (`documentId`, `agendaItemId`,
 * `actorId`, `speakerId`; `targetId`), as every node keeps them. Each far end is an OPTIONAL
 * MATCH (a unique-index seek) and its relationship a FOREACH over it or nothing, so a missing
 * end costs only its relationship. Measured against separate node and relationship statements
 * for the same 5,000 nodes in one transaction: 1.5 s of Neo4j CPU against 2.0 s; unit
 * subqueries (`CALL (s, row) { MATCH ... CREATE ... }`) cost 1.65 s.
 */
export const STATEMENTS_WITH_POSITIONS = `UNWIND $rows AS row
  OPTIONAL MATCH (d:Document {id: row.statement.documentId})
  OPTIONAL MATCH (i:AgendaItem {id: row.statement.agendaItemId})
  OPTIONAL MATCH (a:Actor {id: row.statement.actorId})
  OPTIONAL MATCH (sp:Person {id: row.statement.speakerId})
  CREATE (s:Statement) SET s = row.statement
  FOREACH (end IN CASE WHEN d IS NULL THEN [] ELSE [d] END | CREATE (s)-[:IN]->(end))
  FOREACH (end IN CASE WHEN i IS NULL THEN [] ELSE [i] END | CREATE (s)-[:UNDER]->(end))
  FOREACH (end IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (s)-[:MADE_BY]->(end))
  FOREACH (end IN CASE WHEN sp IS NULL THEN [] ELSE [sp] END | CREATE (s)-[:SPOKEN_BY]->(end))
  WITH s, row
  UNWIND row.positions AS position
  OPTIONAL MATCH (t:Target {id: ${POSITION_COLUMNS.valueOf('position', 'targetId')}})
  CREATE (s)-[:TAKES]->(p:Position) SET p = ${POSITION_COLUMNS.mapOf('position')}
  FOREACH (end IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (p)-[:ON]->(end))`;

/** `$rows` of positions (POSITION_COLUMNS lists) whose statement the bundle lacks (a load the count check will refuse). */
export const POSITIONS_WITHOUT_STATEMENT = `UNWIND $rows AS position
  OPTIONAL MATCH (t:Target {id: ${POSITION_COLUMNS.valueOf('position', 'targetId')}})
  CREATE (p:Position) SET p = ${POSITION_COLUMNS.mapOf('position')}
  FOREACH (end IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (p)-[:ON]->(end))`;
