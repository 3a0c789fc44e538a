import { META_LABEL, NODE_LABELS, STAGED_LABEL, STATEMENT_SEARCH_INDEX, TARGET_LABEL } from './labels.js';

/**
 * Constraints and indexes, by name. Each statement is `IF NOT EXISTS`, so running one twice is
 * harmless; cypherRunner.ts runs only those whose name the database lacks, so a store starting
 * on a prepared database spends two SHOW queries, not twenty schema transactions. Schema
 * commands cannot share a transaction with data writes, hence single statements outside
 * `replaceGraph`.
 */
export interface SchemaItem {
  readonly name: string;
  readonly kind: 'constraint' | 'index';
  readonly cypher: string;
}

export const SCHEMA: readonly SchemaItem[] = [
  // A uniqueness constraint per label: ids are the MERGE keys, and the constraint's index makes
  // every lookup by id (getXByIds, relationship endpoints) an index seek.
  ...NODE_LABELS.map((label) => unique(`${lower(label)}_id`, label)),
  // Positions point at a target by id whatever its kind; two kinds sharing an id would be ambiguous.
  unique('target_id', TARGET_LABEL),
  unique('graphMeta_id', META_LABEL),
  // replaceGraph's staged copy: a duplicate id fails here, as it would under the live labels.
  unique('staged_stageKey', STAGED_LABEL, 'stageKey'),
  // Keyset paging orders by sortKey and seeks past the cursor.
  range('position_sortKey', 'Position', 'sortKey'),
  range('statement_sortKey', 'Statement', 'sortKey'),
  // The filters of listPositions / listStatements (port.ts), on properties the model denormalises.
  range('position_statementId', 'Position', 'statementId'),
  range('position_actorId', 'Position', 'actorId'),
  range('position_targetId', 'Position', 'targetId'),
  range('position_meetingId', 'Position', 'meetingId'),
  range('position_agendaItemId', 'Position', 'agendaItemId'),
  range('position_documentId', 'Position', 'documentId'),
  range('statement_actorId', 'Statement', 'actorId'),
  range('statement_meetingId', 'Statement', 'meetingId'),
  range('statement_agendaItemId', 'Statement', 'agendaItemId'),
  range('statement_documentId', 'Statement', 'documentId'),
  range('agendaItem_meetingId', 'AgendaItem', 'meetingId'),
  // A page filtered by actor or meeting seeks (property, sortKey > $after) in one index instead of
  // seeking the property and reading each match's sortKey (PROFILE at 20,000 positions, the busiest
  // actor: 1,956 fewer db hits). In addition to the single-property indexes, which counts need:
  // with only the composite, `count(p) WHERE p.actorId IN $ids` became a label scan.
  composite('position_actorId_sortKey', 'Position', ['actorId', 'sortKey']),
  composite('position_meetingId_sortKey', 'Position', ['meetingId', 'sortKey']),
  // "Who opposes this target": a target and a stance, in sort-key order (one target, one stance
  // become equalities, filters.ts), so the page reads its hundred rows in order, not every
  // position on the target.
  composite('position_targetId_stance_sortKey', 'Position', ['targetId', 'stance', 'sortKey']),
  // Full-text search over the shared token text (graph/model/searchText.ts), split on whitespace
  // only: Lucene's standard analyzer would re-tokenise it and disagree with SQLite's FTS5 on
  // apostrophes and digits. Queries use the same normalised terms (luceneQuery.ts).
  {
    name: STATEMENT_SEARCH_INDEX,
    kind: 'index',
    cypher: `CREATE FULLTEXT INDEX ${STATEMENT_SEARCH_INDEX} IF NOT EXISTS FOR (n:Statement) ON EACH [n.searchText]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
  },
];

/**
 * The indexes no constraint backs (range, composite, full-text). A load into an empty store drops
 * them and builds each once at the end (loadIntoEmpty.ts): filling an index from 300,000 nodes at
 * once is several times faster than updating it at every commit (at 50,000 positions: 41 s of
 * load and 6.5 s of index build against 101 s with the indexes kept, same machine and load).
 * The constraints stay: loads find relationship ends by id, and duplicates must still fail.
 */
export const DEFERRABLE_INDEXES: readonly SchemaItem[] = SCHEMA.filter((item) => item.kind === 'index');

export function dropIndexCypher(item: SchemaItem): string {
  return `DROP INDEX ${item.name} IF EXISTS`;
}

/** Names already in the database (a constraint's backing index shows under SHOW INDEXES too). */
export const SHOW_SCHEMA_NAMES = ['SHOW CONSTRAINTS YIELD name RETURN name', 'SHOW INDEXES YIELD name RETURN name'] as const;

/** Waits for new indexes to come online before the first query relies on them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// Private:

function unique(name: string, label: string, property = 'id'): SchemaItem {
  return { name, kind: 'constraint', cypher: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE` };
}

function range(name: string, label: string, property: string): SchemaItem {
  return { name, kind: 'index', cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})` };
}

function composite(name: string, label: string, properties: readonly string[]): SchemaItem {
  return { name, kind: 'index', cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (${properties.map((p) => `n.${p}`).join(', ')})` };
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
