import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { CATALOG_OWNER } from '../catalogOwnership.js';
import { countsOfBundle } from '../countRelationships.js';
import type { GraphBundle, GraphCounts } from '../port.js';
import { chunksOf, createRelationshipsQuery } from './batches.js';
import { COUNT_QUERY, countsFromRow } from './countQuery.js';
import type { CypherWriter } from './cypherRunner.js';
import { nodeRowsOf } from './encode.js';
import { advanceGraphVersion } from './graphMeta.js';
import { GraphIntegrityError } from './integrityError.js';
import { CATALOG_LABELS, META_ID, META_LABEL, NODE_LABELS, STAGED_LABEL, TARGET_LABEL } from './labels.js';
import { relationshipBatchesOf } from './relationships.js';
import { POSITIONS_WITHOUT_STATEMENT, STATEMENTS_WITH_POSITIONS, statementBatchesOf } from './statementBatches.js';
import { AWAIT_INDEXES, DEFERRABLE_INDEXES, dropIndexCypher } from './schema.js';
import { StageClaimedError } from './stageClaimedError.js';

/**
 * replaceGraph into an empty store (no live node; the usual first load of a large corpus): the
 * bundle is written straight under its live labels, `rowsPerTransaction` rows per transaction,
 * with no staged copy to relabel afterwards (half the writes, and no `stageKey` index to keep).
 * The previous graph was empty, so undoing a failed load is deleting what it wrote.
 *
 * The indexes no constraint backs are dropped first and built once the graph is written and its
 * counts checked (schema.ts DEFERRABLE_INDEXES), before the load ends; whoever undoes a load, and
 * a store's schema set-up, creates any that are missing.
 *
 * Recorded on `:GraphMeta` while it runs: `loadPhase: 'direct'`, the claim (`stageId`, as a staged
 * load's) and `loadBeat` (the server's time at each batch). Every batch first locks `:GraphMeta`,
 * refreshes `loadBeat` and checks the claim, so once a later replaceGraph has claimed the store
 * no batch of this load commits (it fails with StageClaimedError). Readers meanwhile see a graph
 * being loaded, under a graph version of its own (advanced when the load starts and when it ends).
 *
 * If the load fails, it deletes what it wrote and clears the phase (the store is empty again, its
 * fingerprint null). If that is impossible (Neo4j unreachable, the process gone), the phase stays
 * and `undoInterruptedLoad` does it: every replaceGraph first, and a store's first call when the
 * load's `loadBeat` is older than `LOAD_LEASE_SECONDS` (a load in progress in another process
 * refreshes it far more often).
 */
export async function loadIntoEmpty(writer: CypherWriter, bundle: GraphBundle, stageId: string, rowsPerTransaction: number): Promise<void> {
  try {
    for (const item of DEFERRABLE_INDEXES) await writer.runAutoCommit(dropIndexCypher(item));
    await writeGraph(writer, bundle, stageId, rowsPerTransaction);
    const expected = countsOfBundle(bundle);
    const actual = await writer.write(async (tx) => countsFromRow((await tx.run(COUNT_QUERY)).records[0]!.toObject()));
    if ((Object.keys(expected) as (keyof GraphCounts)[]).some((key) => expected[key] !== actual[key])) {
      throw new GraphIntegrityError(expected, actual);
    }
    await writer.write((tx) => holdClaim(tx, stageId)); // a fresh beat: building the indexes writes none
    await buildDeferredIndexes(writer);
    await writer.write(async (tx) => {
      await holdClaim(tx, stageId);
      await endLoad(tx, bundle.fingerprint);
    });
  } catch (error) {
    // Best effort: if Neo4j is unreachable, the next replaceGraph (or a store's start once the lease has run out) undoes it.
    await undoLoad(writer, stageId, rowsPerTransaction, { release: true }).catch(() => {});
    throw error;
  }
}

/**
 * Starts a direct load if the live graph is empty and the bundle does not fit one transaction:
 * records the phase under the caller's claim and advances the graph version. Returns false (and
 * changes nothing) otherwise, or if another replaceGraph claimed the store meanwhile.
 */
export async function beginLoadIntoEmpty(writer: CypherWriter, bundle: GraphBundle, stageId: string, rowsPerTransaction: number): Promise<boolean> {
  const size = Object.values(countsOfBundle(bundle)).reduce((sum, n) => sum + n, 0);
  if (size <= rowsPerTransaction) return false; // one transaction: the staged path swaps it atomically
  return writer.write(async (tx) => {
    if (!(await holdClaim(tx, stageId, { orThrow: false }))) return false;
    const live = await tx.run(
      `RETURN COUNT { (n) } - COUNT { (:${STAGED_LABEL}) } - COUNT { (:${META_LABEL}) } AS nodes`,
    );
    if (Number(live.records[0]!.get('nodes')) > 0) return false;
    await tx.run(`MATCH (m:${META_LABEL} {id: $id}) SET m.loadPhase = 'direct', m.loadBeat = datetime()`, { id: META_ID });
    await advanceGraphVersion(tx, { fingerprint: null }, 'switching'); // answers read mid-load are cached under a version of their own
    return true;
  });
}

/**
 * Deletes what a direct load left when it was cut off (the store was empty before it), if one
 * did, and clears its phase. The load's claim passes to `stageId` first, so none of its batches
 * commits after this looked. `force`: always (replaceGraph, which has claimed the store for
 * itself already); otherwise only if the load's `loadBeat` is older than `LOAD_LEASE_SECONDS` (a
 * store's first call, which must not undo a load that another process is still running).
 */
export async function undoInterruptedLoad(
  writer: CypherWriter,
  { stageId, rowsPerTransaction, force }: { stageId: string; rowsPerTransaction: number; force: boolean },
): Promise<void> {
  const found = await writer.write(async (tx) => {
    await holdClaim(tx, stageId, { orThrow: false, beat: false }); // the lock, so the phase and beat read next are the latest committed
    const result = await tx.run(
      `MATCH (m:${META_LABEL} {id: $id}) WHERE m.loadPhase = 'direct'
         AND ($force OR m.loadBeat IS NULL OR m.loadBeat < datetime() - duration({seconds: $lease}))
       SET m.stageId = $stageId RETURN m.id`,
      { id: META_ID, force, lease: neo4j.int(LOAD_LEASE_SECONDS), stageId },
    );
    return result.records.length > 0;
  });
  // replaceGraph keeps its claim for the load it goes on to; a starting store lets go of it.
  if (found) await undoLoad(writer, stageId, rowsPerTransaction, { release: !force });
}

/**
 * How long a direct load may go without a beat before a starting store takes it for dead: far
 * above one batch (about a second here) or the index build at its end (tens of seconds at 300,000
 * positions on this 2-core machine).
 */
export const LOAD_LEASE_SECONDS = 300;

// Private:

/**
 * The catalog's nodes per label, then the statements with their positions and relationships
 * (statementBatches.ts), then the catalog's relationships; `rowsPerTransaction` rows per
 * transaction under the claim.
 */
async function writeGraph(writer: CypherWriter, bundle: GraphBundle, stageId: string, rowsPerTransaction: number): Promise<void> {
  const rows = nodeRowsOf(bundle);
  const write = (query: string, params: Record<string, unknown>) =>
    writer.write(async (tx) => {
      await holdClaim(tx, stageId);
      await tx.run(query, params);
    });
  for (const label of NODE_LABELS) {
    if (label === 'Statement' || label === 'Position') continue;
    const params = {
      labels: TARGET_KINDS_OF_LOAD.has(label) ? [label, TARGET_LABEL] : [label],
      // Catalog entries are owned by the shared catalog (catalogOwnership.ts); null sets nothing.
      owners: CATALOG_LABELS.has(label) ? [CATALOG_OWNER] : null,
    };
    for (const chunk of chunksOf(rows[label], rowsPerTransaction)) {
      await write(CREATE_NODES, { ...params, rows: chunk });
    }
  }
  const { batches, orphans } = statementBatchesOf(rows.Statement, rows.Position, rowsPerTransaction);
  for (const batch of batches) {
    await write(STATEMENTS_WITH_POSITIONS, { rows: batch });
  }
  for (const chunk of chunksOf(orphans, rowsPerTransaction)) await write(POSITIONS_WITHOUT_STATEMENT, { rows: chunk });
  for (const batch of relationshipBatchesOf(bundle)) {
    if (batch.from === 'Statement' || batch.from === 'Position') continue; // drawn with their nodes above
    const query = createRelationshipsQuery(batch, ', r.owners = $owners');
    // Participations and attendances are catalog entries too, owned like the nodes.
    const owners = batch.type === 'PARTICIPATED_IN' || batch.type === 'ATTENDED' ? [CATALOG_OWNER] : null;
    for (const chunk of chunksOf(batch.rows, rowsPerTransaction)) {
      await write(query, { rows: chunk, owners });
    }
  }
}

const TARGET_KINDS_OF_LOAD: ReadonlySet<string> = new Set(['LegalPrinciple', 'Instrument', 'Proposal', 'LegalQuestion']);

/** One text for every label (labels travel as a parameter, `$(...)`): a fresh JVM plans it once. */
const CREATE_NODES = `UNWIND $rows AS row CREATE (n:$($labels)) SET n = row, n.owners = $owners`;

/**
 * Locks `:GraphMeta` (a write, so the claim read after it is the latest committed: a claim is
 * written under the same lock), refreshes a direct load's `loadBeat` (`beat`) and tells whether
 * the claim is still `stageId`'s; throws StageClaimedError if not, unless `orThrow` is false.
 */
async function holdClaim(tx: ManagedTransaction, stageId: string, { orThrow = true, beat = true } = {}): Promise<boolean> {
  await tx.run(
    `MATCH (m:${META_LABEL} {id: $id}) SET m.loadBeat = CASE WHEN $beat AND m.loadPhase IS NOT NULL THEN datetime() ELSE m.loadBeat END`,
    { id: META_ID, beat },
  );
  const result = await tx.run(`MATCH (m:${META_LABEL} {id: $id}) RETURN m.stageId = $stageId AS own`, { id: META_ID, stageId });
  const own = result.records[0]?.get('own') === true;
  if (!own && orThrow) throw new StageClaimedError();
  return own;
}

/** Records the loaded graph's fingerprint and version and clears the phase, and the claim if `release`. */
async function endLoad(tx: ManagedTransaction, fingerprint: string | null, { release = true } = {}): Promise<void> {
  await tx.run(`MATCH (m:${META_LABEL} {id: $id}) REMOVE m.loadPhase, m.loadBeat`, { id: META_ID });
  if (release) await tx.run(`MATCH (m:${META_LABEL} {id: $id}) REMOVE m.stageId`, { id: META_ID });
  // A finished load is every document's version (replacedAt); an undone one leaves none to date.
  await advanceGraphVersion(tx, { fingerprint, catalogFingerprint: null }, fingerprint === null ? 'switching' : 'done');
}

/**
 * Deletes the live graph (what the load under `stageId` wrote: the store was empty before it) and
 * clears the phase, while the claim is still `stageId`'s; nothing if another replaceGraph holds it.
 */
async function undoLoad(writer: CypherWriter, stageId: string, rowsPerTransaction: number, { release }: { release: boolean }): Promise<void> {
  const own = await writer.write((tx) => holdClaim(tx, stageId, { orThrow: false }));
  if (!own) return;
  for (const match of DELETE_LIVE_MATCHES) {
    await writer.runAutoCommit(`${match} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $rows ROWS`, { rows: neo4j.int(rowsPerTransaction) });
  }
  await buildDeferredIndexes(writer);
  await writer.write(async (tx) => {
    if (await holdClaim(tx, stageId, { orThrow: false })) await endLoad(tx, null, { release });
  });
}

/** Creates the indexes a direct load dropped (`IF NOT EXISTS`: any already there are left) and waits until they are online. */
async function buildDeferredIndexes(writer: CypherWriter): Promise<void> {
  for (const item of DEFERRABLE_INDEXES) await writer.runAutoCommit(item.cypher);
  await writer.runAutoCommit(AWAIT_INDEXES);
}

/** Positions and statements first, so no batch detaches a high-degree actor's thousands of relationships. */
const DELETE_LIVE_MATCHES = [
  'MATCH (n:Position)',
  'MATCH (n:Statement)',
  'MATCH (n:Document)',
  `MATCH (n) WHERE NOT n:${STAGED_LABEL} AND NOT n:${META_LABEL}`,
];
