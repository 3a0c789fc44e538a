import neo4j from 'neo4j-driver';
import { InvalidArgumentError } from '../../errors/index.js';
import type { Instrument, LegalPrinciple, Position, Proposal } from '../../model/index.js';
import { normalizeForMatch } from '../../model/index.js';
import type { GraphStore, Page } from '../port.js';
import { childReads } from './childReads.js';
import { createCypherRunner, type CypherRow } from './cypherRunner.js';
import { groupByParent } from '../groupByParent.js';
import { COUNT_QUERY, countsFromRow } from './countQuery.js';
import * as decode from './decode.js';
import { positionCountByAgendaItemQuery, positionCountQuery, positionPageQuery, positionPageWithReferencesQuery, statementCountQuery, statementPageQuery } from './filters.js';
import { META_LABEL, TARGET_LABEL, type NodeLabel } from './labels.js';
import { recoverInterruptedReplace, replaceGraphInBatches } from './replaceGraph.js';
import { checkDocumentWrite } from '../unresolvedReferences.js';
import { ACTOR_COLUMNS, POSITION_COLUMNS, TARGET_COLUMNS, type Columns } from './columns.js';
import { META_PARAMS, READ_META } from './graphMeta.js';
import { deleteDocument, writeCatalog, writeDocument } from './writeUnits.js';

export interface Neo4jStoreOptions {
  /** bolt:// or neo4j:// URI, e.g. bolt://127.0.0.1:7687 from `npm run neo4j:start`. */
  readonly uri: string;
  /** The development server runs without auth; its driver ignores these then. */
  readonly user?: string;
  readonly password?: string;
  /** Undefined: the server's default database ("neo4j"). */
  readonly database?: string | undefined;
  /**
   * How long the driver keeps retrying a transaction while Neo4j is unreachable before the call
   * rejects with StoreUnavailableError. Default 5 s: long enough to ride out a restart's gap,
   * short enough for a GraphQL request.
   */
  readonly maxRetryTimeMs?: number;
  /**
   * Longest a read transaction may run on the server before Neo4j aborts it; default none. Off by
   * default until its interaction with recovery after an outage is understood: with it set, the
   * outage test's recovery step ran past 60 s here (test/neo4j/outage.test.ts).
   */
  readonly readTimeoutMs?: number;
  /**
   * Most rows (nodes or relationships) one transaction of replaceGraph writes, deletes or relabels
   * (replaceGraph.ts); default 5,000. Bounds its transaction memory whatever the corpus; a graph
   * whose old and new copies together fit it is swapped in one transaction.
   */
  readonly rowsPerTransaction?: number;
}

/**
 * The Neo4j adapter of the store port: one driver (one connection pool) per store; nothing is
 * sent until the first call, which sets up the schema (schema.ts), so a store made while Neo4j is
 * down works as soon as it is up. README.md describes the graph it writes.
 */
export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore {
  const maxRetryTimeMs = options.maxRetryTimeMs ?? 5_000;
  if (!Number.isFinite(maxRetryTimeMs) || maxRetryTimeMs < 0) {
    throw new InvalidArgumentError('maxRetryTimeMs', `maxRetryTimeMs: expected a number of milliseconds >= 0, got ${String(maxRetryTimeMs)}`);
  }
  const rowsPerTransaction = options.rowsPerTransaction ?? 5_000;
  if (!Number.isInteger(rowsPerTransaction) || rowsPerTransaction < 1) {
    throw new InvalidArgumentError('rowsPerTransaction', `rowsPerTransaction: expected a whole number >= 1, got ${String(rowsPerTransaction)}`);
  }
  const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
  const driver = neo4j.driver(options.uri, auth, {
    // Every count, offset and year fits a JS number; the model wants numbers, not Integer objects.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: maxRetryTimeMs,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // The driver logs warnings for each failed attempt; the store reports the outcome instead.
    logging: { level: 'error', logger: () => {} },
  });
  const cypher = createCypherRunner({
    driver,
    uri: options.uri,
    database: options.database,
    readTimeoutMs: options.readTimeoutMs,
    // A replaceGraph switch cut off half-way, here or in another process, completes before the first
    // answer; a direct load into an empty store cut off (its lease run out) is undone.
    prepare: (writer) => recoverInterruptedReplace(writer, rowsPerTransaction),
  });
  const children = childReads(cypher);

  /**
   * Nodes of one label by id, answered in input order with null for the unknown: one UNWIND of
   * one list parameter (an index seek per id), however many ids. `projection` (of `n`) narrows
   * what crosses the wire or changes its shape, with `from` to match; by default every property.
   */
  const byIds = async <T, V = decode.Props>(
    label: NodeLabel | typeof TARGET_LABEL,
    ids: readonly string[],
    from: (value: V) => T,
    projection = 'properties(n)',
  ): Promise<(T | null)[]> => {
    if (ids.length === 0) return [];
    const rows = await cypher.read(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${projection} AS n`, { ids: [...new Set(ids)] });
    const found = new Map(rows.map((row) => [row.id as string, from(row.n as V)]));
    return ids.map((id) => found.get(id) ?? null);
  };
  const byColumns = <T>(label: NodeLabel | typeof TARGET_LABEL, ids: readonly string[], columns: Columns<T>) =>
    byIds<T, unknown[]>(label, ids, columns.from, columns.cypher('n'));
  const list = async <T, V = decode.Props>(query: string, params: Record<string, unknown>, from: (value: V) => T): Promise<T[]> =>
    (await cypher.read(query, params)).map((row) => from(firstColumn(row) as V));
  const page = async <T, V = decode.Props>(query: { text: string; params: Record<string, unknown> }, first: number, from: (value: V) => T): Promise<Page<T>> => {
    const rows = await cypher.read(query.text, query.params);
    return { items: rows.slice(0, first).map((row) => from(firstColumn(row) as V)), hasNextPage: rows.length > first };
  };
  const count = async (query: { text: string; params: Record<string, unknown> }): Promise<number> =>
    Number((await cypher.read(query.text, query.params))[0]?.n ?? 0);
  /** `null` instead of an empty list: the queries below read `$x IS NULL` as "do not filter". */
  const orNull = (values: readonly string[] | undefined) => (values && values.length > 0 ? [...values] : null);

  return {
    kind: 'neo4j',

    async replaceGraph(bundle) {
      try {
        await replaceGraphInBatches(cypher, bundle, rowsPerTransaction);
      } catch (error) {
        cypher.reprepare(); // a switch cut off half-way completes on the next call
        throw error;
      }
      return countsFromRow((await cypher.read(COUNT_QUERY))[0]!);
    },
    async getFingerprint() {
      const rows = await cypher.read(READ_META, META_PARAMS);
      return (rows[0]?.fingerprint as string | null | undefined) ?? null;
    },
    async getGraphVersion() {
      return (await cypher.readRow(READ_META, META_PARAMS))!.version as string;
    },
    async putCatalog(write) {
      return { graphVersion: await cypher.write((tx) => writeCatalog(tx, write)) };
    },
    async getCatalogFingerprint() {
      const rows = await cypher.read(READ_META, META_PARAMS);
      return (rows[0]?.catalogFingerprint as string | null | undefined) ?? null;
    },
    async putDocument(write) {
      checkDocumentWrite(write);
      return { graphVersion: await cypher.write((tx) => writeDocument(tx, write)) };
    },
    async removeDocument(documentId) {
      const version = await cypher.write((tx) => deleteDocument(tx, documentId));
      return version === null ? { graphVersion: await this.getGraphVersion(), removed: false } : { graphVersion: version, removed: true };
    },
    async listDocumentFingerprints() {
      const rows = await cypher.read(
        'MATCH (d:Document) WITH d ORDER BY d.id RETURN d.id AS documentId, d.unitFingerprint AS fingerprint',
      );
      return rows.map((row) => ({ documentId: row.documentId as string, fingerprint: (row.fingerprint as string | null) ?? null }));
    },
    async listDocumentVersions() {
      const rows = await cypher.read(
        `OPTIONAL MATCH (m:${META_LABEL} {id: $id}) WITH m.replacedAt AS replacedAt
         MATCH (d:Document) WITH d, replacedAt ORDER BY d.id RETURN d.id AS documentId, coalesce(d.writtenAt, replacedAt) AS graphVersion`,
        META_PARAMS,
      );
      return rows.map((row) => ({ documentId: row.documentId as string, graphVersion: (row.graphVersion as string | null) ?? null }));
    },
    async countGraph() {
      const rows = await cypher.read(COUNT_QUERY);
      return countsFromRow(rows[0]!);
    },

    getActorsByIds: (ids) => byColumns('Actor', ids, ACTOR_COLUMNS),
    getPersonsByIds: (ids) => byIds('Person', ids, decode.personFrom),
    getTargetsByIds: (ids) => byColumns(TARGET_LABEL, ids, TARGET_COLUMNS),
    getStatementsByIds: (ids) => byIds('Statement', ids, decode.statementFrom),
    // Only the two properties cross the wire, not the statements' text.
    getStatementSourcesByIds: (ids) => byIds('Statement', ids, decode.statementSourceFrom, 'n {.id, .documentId}'),
    getPositionsByIds: (ids) => byColumns('Position', ids, POSITION_COLUMNS),
    getDocumentsByIds: (ids) => byIds('Document', ids, decode.documentFrom),
    getDocumentHeadsByIds: (ids) => byIds('Document', ids, decode.documentHeadFrom, decode.documentHeadProjection('n')),
    getMeetingsByIds: (ids) => byIds('Meeting', ids, decode.meetingFrom),
    getAgendaItemsByIds: (ids) => byIds('AgendaItem', ids, decode.agendaItemFrom),

    async listPositionsByStatementIds(ids) {
      if (ids.length === 0) return [];
      const rows = await cypher.read(
        `UNWIND $ids AS id MATCH (:Statement {id: id})-[:TAKES]->(p:Position) WITH p ORDER BY p.sortKey RETURN ${POSITION_COLUMNS.cypher('p')} AS p`,
        { ids: [...new Set(ids)] },
      );
      return groupByParent(ids, rows.map((row) => POSITION_COLUMNS.from(row.p as unknown[])), (position) => position.statementId);
    },

    listActors: (filter) =>
      list(
        `MATCH (a:Actor)
         WHERE ($kinds IS NULL OR a.kind IN $kinds)
           AND ($meetingIds IS NULL OR EXISTS { MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting) WHERE m.id IN $meetingIds })
           AND ($needle IS NULL OR a.matchText CONTAINS $needle)
         WITH a ORDER BY a.id RETURN ${ACTOR_COLUMNS.cypher('a')} AS a`,
        {
          kinds: orNull(filter.kinds),
          meetingIds: orNull(filter.meetingIds),
          needle: filter.query === undefined ? null : normalizeForMatch(filter.query),
        },
        ACTOR_COLUMNS.from,
      ),
    listTargets: (filter) =>
      list(
        `MATCH (t:Target) WHERE $kinds IS NULL OR t.kind IN $kinds WITH t ORDER BY t.id RETURN ${TARGET_COLUMNS.cypher('t')} AS t`,
        { kinds: orNull(filter.kinds) },
        TARGET_COLUMNS.from,
      ),
    listPrinciples: () =>
      list('MATCH (t:LegalPrinciple) WITH t ORDER BY t.id RETURN properties(t) AS t', {}, (p) => decode.targetFrom(p) as LegalPrinciple),
    listInstruments: () =>
      list('MATCH (t:Instrument) WITH t ORDER BY t.id RETURN properties(t) AS t', {}, (p) => decode.targetFrom(p) as Instrument),
    listProposals: () =>
      list('MATCH (t:Proposal) WITH t ORDER BY t.id RETURN properties(t) AS t', {}, (p) => decode.targetFrom(p) as Proposal),
    listMeetings: () => list('MATCH (m:Meeting) WITH m ORDER BY m.id RETURN properties(m) AS m', {}, decode.meetingFrom),
    listDocuments: () => list('MATCH (d:Document) WITH d ORDER BY d.id RETURN properties(d) AS d', {}, decode.documentFrom),
    listDocumentHeads: () => list(`MATCH (d:Document) WITH d ORDER BY d.id RETURN ${decode.documentHeadProjection('d')} AS d`, {}, decode.documentHeadFrom),
    ...children,
    // The single-meeting reads are the batch reads for one meeting: one copy of each query.
    listAgendaItems: async (meetingId) => (await children.listAgendaItemsByMeetingIds([meetingId]))[0]!,
    listParticipations: async (meetingId) => (await children.listParticipationsByMeetingIds([meetingId]))[0]!,
    listAttendances: async (meetingId) => (await children.listAttendancesByMeetingIds([meetingId]))[0]!,
    findTargets: (query, filter) =>
      list(
        `MATCH (t:Target) WHERE t.matchText CONTAINS $needle AND ($kinds IS NULL OR t.kind IN $kinds)
         WITH t ORDER BY t.id RETURN ${TARGET_COLUMNS.cypher('t')} AS t`,
        { needle: normalizeForMatch(query), kinds: orNull(filter.kinds) },
        TARGET_COLUMNS.from,
      ),

    listPositions: (filter, request) => page(positionPageQuery(filter, request), request.first, POSITION_COLUMNS.from),
    async listPositionsWithReferences(filter, request, include) {
      const query = positionPageWithReferencesQuery(filter, request, include);
      const rows = await cypher.read(query.text, query.params);
      // The references ride on the first row; an empty page has no row and no references.
      const first = rows[0] ?? { actors: [], targets: [], documents: [] };
      const positions = rows.map((row) => query.positionColumns.from(row.position as unknown[]));
      return {
        items: positions.slice(0, request.first),
        hasNextPage: positions.length > request.first,
        references: {
          actors: (first.actors as unknown[][]).map(ACTOR_COLUMNS.from),
          targets: (first.targets as unknown[][]).map(TARGET_COLUMNS.from),
          documents: (first.documents as decode.Props[]).map(decode.documentHeadFrom),
        },
      };
    },
    countPositions: (filter) => count(positionCountQuery(filter)),
    async countPositionsByAgendaItem(filter) {
      const query = positionCountByAgendaItemQuery(filter);
      const records = await cypher.read(query.text, query.params);
      return records.map((record) => ({ agendaItemId: String(record.id), positions: Number(record.n) }));
    },
    listStatements: (filter, request) => page(statementPageQuery(filter, request), request.first, decode.statementFrom),
    countStatements: (filter) => count(statementCountQuery(filter)),

    close: () => cypher.close(),
  };
}

function firstColumn(row: CypherRow): decode.Props {
  return Object.values(row)[0] as decode.Props;
}
