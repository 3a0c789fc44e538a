import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphBundle } from '../port.js';
import type { CypherWriter } from './cypherRunner.js';
import { advanceGraphVersion } from './graphMeta.js';
import { META_ID, META_LABEL, NODE_LABELS, STAGED_LABEL, TARGET_LABEL, stagedLabelOf, type NodeLabel } from './labels.js';
import { StageClaimedError } from './stageClaimedError.js';
import { stageGraph, TARGET_KINDS } from './stageGraph.js';

/**
 * replaceGraph on Neo4j without a transaction that grows with the corpus (Neo4j holds a
 * transaction's changes in memory, capped by `dbms.memory.transaction.total.max`: one transaction
 * stopped fitting the launcher's default past ~40,000 positions). Stage, then switch:
 *
 * 1. Finish a switch an earlier call left half-done (below), then delete what a failed earlier
 *    load left staged, and claim the stage (`stageId` on `:GraphMeta`).
 * 2. `stageGraph`: the bundle written as a staged copy no read sees, `rowsPerTransaction` rows per
 *    transaction, its counts checked. Any failure here (a duplicate id, a reference to nothing,
 *    a cut connection) leaves the live graph, its version and fingerprint untouched; the staged
 *    rows are deleted (or, if Neo4j is unreachable, by the next replaceGraph).
 * 3. The switch: delete the live graph and relabel the staged copy live. When both together fit
 *    one transaction's bound (nodes and relationships, counted from the count store) it is one
 *    transaction, so a small graph swaps atomically as before. Otherwise it runs as server-side
 *    batches (`CALL { } IN TRANSACTIONS`) with its phase recorded on `:GraphMeta`: it only moves
 *    forward, and if it is cut off, the store's next call (this process or any other, at start)
 *    completes it before answering. Readers meanwhile see a graph being switched, under a graph
 *    version of its own that no answer of the finished graph shares.
 */
export async function replaceGraphInBatches(writer: CypherWriter, bundle: GraphBundle, rowsPerTransaction: number): Promise<void> {
  await finishSwitch(writer, rowsPerTransaction);
  await runEach(writer, DELETE_STAGED, rowsPerTransaction);
  const stageId = randomUUID();
  await writer.write((tx) => tx.run(`MERGE (m:${META_LABEL} {id: $id}) SET m.stageId = $stageId`, { id: META_ID, stageId }));
  try {
    await stageGraph(writer, bundle, rowsPerTransaction);
  } catch (error) {
    // Best effort: if Neo4j is unreachable, the next replaceGraph deletes them (step 1).
    await dropOwnStage(writer, stageId, rowsPerTransaction).catch(() => {});
    throw error;
  }
  await switchToStaged(writer, { stageId, fingerprint: bundle.fingerprint, rowsPerTransaction });
}

/**
 * Completes a batched switch left half-done (a cut connection, a stopped process); nothing when
 * none is. Run before a store answers its first call and at the start of every replaceGraph.
 */
export async function finishSwitch(writer: CypherWriter, rowsPerTransaction: number): Promise<void> {
  const phase = await writer.write(async (tx) => {
    const result = await tx.run(`MATCH (m:${META_LABEL} {id: $id}) RETURN m.switchPhase AS phase`, { id: META_ID });
    return (result.records[0]?.get('phase') as SwitchPhase | null | undefined) ?? null;
  });
  if (phase === null) return;
  if (phase === 'deleting') {
    await runEach(writer, DELETE_LIVE, rowsPerTransaction);
    await writer.write((tx) => tx.run(`MATCH (m:${META_LABEL} {id: $id}) SET m.switchPhase = 'relabeling'`, { id: META_ID }));
  }
  await runEach(writer, RELABEL_STAGED, rowsPerTransaction);
  await writer.write((tx) => endSwitch(tx));
}

// Private:

type SwitchPhase = 'deleting' | 'relabeling';

/** A set of nodes (`n`) and what to do with each: one statement, or one batch per `rowsPerTransaction` nodes. */
interface NodeStep {
  readonly match: string;
  readonly body: string;
}

/** The live graph, positions and statements first so no batch detaches a high-degree actor's thousands of relationships. */
const DELETE_LIVE: readonly NodeStep[] = [
  ...(['Position', 'Statement', 'Document'] as const).map((label) => ({ match: `MATCH (n:${label})`, body: 'DETACH DELETE n' })),
  // Anything else is not part of the graph either ("holds exactly the bundle").
  { match: `MATCH (n) WHERE NOT n:${STAGED_LABEL} AND NOT n:${META_LABEL}`, body: 'DETACH DELETE n' },
];

const DELETE_STAGED: readonly NodeStep[] = [
  ...(['Position', 'Statement', 'Document'] as const).map((label) => ({ match: `MATCH (n:${stagedLabelOf(label)})`, body: 'DETACH DELETE n' })),
  { match: `MATCH (n:${STAGED_LABEL})`, body: 'DETACH DELETE n' },
];

const RELABEL_STAGED: readonly NodeStep[] = NODE_LABELS.map((label: NodeLabel) => ({
  match: `MATCH (n:${stagedLabelOf(label)})`,
  body: `REMOVE n:${STAGED_LABEL}:${stagedLabelOf(label)}, n.stageKey SET n:${label}${TARGET_KINDS.has(label) ? `:${TARGET_LABEL}` : ''}`,
}));

async function runEach(writer: CypherWriter, steps: readonly NodeStep[], rowsPerTransaction: number): Promise<void> {
  for (const { match, body } of steps) {
    await writer.runAutoCommit(`${match} CALL (n) { ${body} } IN TRANSACTIONS OF $rows ROWS`, { rows: neo4j.int(rowsPerTransaction) });
  }
}

async function runEachIn(tx: ManagedTransaction, steps: readonly NodeStep[]): Promise<void> {
  for (const { match, body } of steps) await tx.run(`${match} ${body}`);
}

/** Deletes the staged rows if the stage is still this call's (a later replaceGraph may have claimed it). */
async function dropOwnStage(writer: CypherWriter, stageId: string, rowsPerTransaction: number): Promise<void> {
  const own = await writer.write(async (tx) => {
    const result = await tx.run(`MATCH (m:${META_LABEL} {id: $id}) WHERE m.stageId = $stageId RETURN m.id`, { id: META_ID, stageId });
    return result.records.length > 0;
  });
  if (own) await runEach(writer, DELETE_STAGED, rowsPerTransaction);
}

async function switchToStaged(
  writer: CypherWriter,
  { stageId, fingerprint, rowsPerTransaction }: { stageId: string; fingerprint: string; rowsPerTransaction: number },
): Promise<void> {
  const begin = async (tx: ManagedTransaction): Promise<number> => {
    const result = await tx.run(
      `MATCH (m:${META_LABEL} {id: $id}) WHERE m.stageId = $stageId
       SET m.switchPhase = 'deleting', m.switchFingerprint = $fingerprint
       RETURN COUNT { (n) } + COUNT { ()-[]->() } AS size`,
      { id: META_ID, stageId, fingerprint },
    );
    if (result.records.length === 0) throw new StageClaimedError();
    return Number(result.records[0]!.get('size'));
  };
  const swappedAtOnce = await writer.write(async (tx) => {
    if ((await begin(tx)) > rowsPerTransaction) {
      await advanceGraphVersion(tx, { fingerprint: null }, 'switching'); // answers read mid-switch are cached under a version of their own
      return false;
    }
    // Small enough for one transaction: the swap is atomic, as a single-transaction load was.
    await runEachIn(tx, DELETE_LIVE);
    await runEachIn(tx, RELABEL_STAGED);
    await endSwitch(tx);
    return true;
  });
  if (!swappedAtOnce) await finishSwitch(writer, rowsPerTransaction);
}

/** Records the switched graph's fingerprint and version; nothing if another caller finished the switch first. */
async function endSwitch(tx: ManagedTransaction): Promise<void> {
  const result = await tx.run(
    `MATCH (m:${META_LABEL} {id: $id}) WHERE m.switchPhase IS NOT NULL WITH m, m.switchFingerprint AS fingerprint
     REMOVE m.switchPhase, m.switchFingerprint, m.stageId RETURN fingerprint`,
    { id: META_ID },
  );
  if (result.records.length === 0) return;
  await advanceGraphVersion(tx, { fingerprint: result.records[0]!.get('fingerprint') as string, catalogFingerprint: null }, 'done');
}
