import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countsOfBundle } from '../../graph/store/countRelationships.js';
import type { ManagedTransaction } from 'neo4j-driver';
import { createCypherRunner, type CypherWriter } from '../../graph/store/neo4j/cypherRunner.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { stageGraph } from '../../graph/store/neo4j/stageGraph.js';
import { describeNeo4jSchema } from '../../graph/store/neo4j/describeSchema.js';
import { GraphIntegrityError } from '../../graph/store/neo4j/integrityError.js';
import { beginLoadIntoEmpty, loadIntoEmpty } from '../../graph/store/neo4j/loadIntoEmpty.js';
import { replaceGraphInBatches } from '../../graph/store/neo4j/replaceGraph.js';
import { StageClaimedError } from '../../graph/store/neo4j/stageClaimedError.js';
import type { GraphBundle, GraphStore } from '../../graph/store/port.js';
import { snapshotOf } from '../contract/fixtures/documentUnits.js';
import { editedBundle, smallBundle } from '../contract/fixtures/smallBundle.js';
import { emptyLists } from '../contract/port/replaceGraphCases.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';

/**
 * What only the Neo4j adapter has: its schema set-up, the error codes of its constraints, and the
 * count check that catches a relationship not drawn. The store-agnostic behaviour of replaceGraph
 * and the per-document writes is the port contract's (test/contract/definePortContract.ts).
 */
describe.skipIf(!canRunNeo4jTests())('Neo4j store: replaceGraph', () => {
  let server: TestNeo4j;
  let store: GraphStore;

  beforeAll(async () => {
    server = await startNeo4jForTests();
    store = createNeo4jStore({ uri: server.uri });
  });
  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  test('setting up the schema twice, from two stores, leaves the same constraints and indexes', async () => {
    await store.countGraph(); // a first call sets up the schema
    const first = await describeNeo4jSchema({ uri: server.uri });
    const other = createNeo4jStore({ uri: server.uri });
    await other.countGraph();
    await other.close();
    const second = await describeNeo4jSchema({ uri: server.uri });
    expect(second).toEqual(first);
    expect(first.constraints).toContain('statement_id');
    expect(first.indexes).toContain('statementSearchText');
  });

  test('a load that violates a constraint midway fails with the constraint code and leaves the previous graph intact', async () => {
    const before = await store.replaceGraph(smallBundle);
    const clash: GraphBundle = {
      ...editedBundle(),
      fingerprint: 'clash',
      // An instrument with a principle's id: the Target uniqueness constraint fails after the
      // actors, persons, meetings, agenda items and principles were already written.
      instruments: [...smallBundle.instruments, { ...smallBundle.instruments[0]!, id: 'sovereignty' }],
    };
    await expect(store.replaceGraph(clash)).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    expect(await store.countGraph()).toEqual(before);
    expect(await store.getFingerprint()).toBe('fixture-v1');
    expect(await store.getPersonsByIds(['p-new'])).toEqual([null]);
    expect((await store.getStatementsByIds(['st-rus-1']))[0]?.id).toBe('st-rus-1');
  });

  test('a load whose references do not resolve is refused with the counts that differ, and rolled back', async () => {
    const before = await store.replaceGraph(smallBundle);
    const dangling: GraphBundle = {
      ...smallBundle,
      fingerprint: 'dangling',
      positions: smallBundle.positions.map((p, i) => (i === 0 ? { ...p, targetId: 'no-such-target' } : p)),
    };
    const error = await store.replaceGraph(dangling).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphIntegrityError);
    expect(error).toMatchObject({ code: 'GRAPH_INTEGRITY', expected: { relationships: 49 }, actual: { relationships: 48 } });
    expect(await store.countGraph()).toEqual(before);
    expect(await store.getFingerprint()).toBe('fixture-v1');
  });

  test('with a bound of 7 rows per transaction, a load is staged and switched in batches and stores what one transaction would', async () => {
    await store.replaceGraph(editedBundle());
    const atOnce = await snapshotOf(store);
    const batched = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
    try {
      await batched.replaceGraph(smallBundle);
      expect(await batched.replaceGraph(editedBundle())).toEqual(countsOfBundle(editedBundle()));
      expect(versionFree(await snapshotOf(batched))).toStrictEqual(versionFree(atOnce));
      // Staged rows are gone: the live counts are the whole database.
      expect(await countAll(server.uri)).toEqual({ nodes: countNodes(editedBundle()) + 1, relationships: countsOfBundle(editedBundle()).relationships });
    } finally {
      await batched.close();
    }
  });

  test('a batched switch cut off half-way is completed by the next store to start, before it answers', async () => {
    await store.replaceGraph(smallBundle);
    // What a replaceGraph leaves when its process dies mid-switch: the new graph staged, the phase recorded.
    const driver = neo4j.driver(server.uri);
    const writer = createCypherRunner({ driver, uri: server.uri, database: undefined });
    try {
      await writer.write((tx) => tx.run(`MATCH (m:GraphMeta {id: 'graph'}) SET m.stageId = 'cut'`));
      await stageGraph(writer, editedBundle(), 7);
      await writer.write((tx) =>
        tx.run(`MATCH (m:GraphMeta {id: 'graph'}) SET m.switchPhase = 'deleting', m.switchFingerprint = 'fixture-v2'`),
      );
    } finally {
      await writer.close();
    }
    const next = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
    try {
      expect(await next.countGraph()).toEqual(countsOfBundle(editedBundle()));
      expect(await next.getFingerprint()).toBe('fixture-v2');
      expect(await store.getPersonsByIds(['p-new'])).not.toEqual([null]);
    } finally {
      await next.close();
    }
  });

  describe('into an empty store, a load larger than one transaction goes straight to the live labels', () => {
    const emptyStore = async () => {
      await store.replaceGraph({ ...emptyLists(), fingerprint: 'empty' });
      expect(await countAll(server.uri)).toEqual({ nodes: 1, relationships: 0 });
    };

    test('it writes no staged copy and stores what the staged path stores', async () => {
      await store.replaceGraph(smallBundle); // one transaction (the default bound), staged
      const staged = await snapshotOf(store);
      await emptyStore();
      const schema = await describeNeo4jSchema({ uri: server.uri });
      const { writer, queries, close } = recordingWriter(server.uri);
      try {
        await replaceGraphInBatches(writer, smallBundle, 7);
      } finally {
        await close();
      }
      expect(queries.some((query) => query.includes('CREATE (n:$($labels))'))).toBe(true);
      expect(queries.filter((query) => query.includes(':Staged') && /\bCREATE\b/.test(query))).toEqual([]);
      // The indexes it dropped to load faster are all back.
      expect(queries.some((query) => query.startsWith('DROP INDEX'))).toBe(true);
      expect(await describeNeo4jSchema({ uri: server.uri })).toEqual(schema);
      expect(versionFree(await snapshotOf(store))).toStrictEqual(versionFree(staged));
      expect(await store.getFingerprint()).toBe(smallBundle.fingerprint);
      expect(await metaPhase(server.uri)).toEqual({ loadPhase: null, stageId: null, loadBeat: null });
      // A second load over it is staged and switched, and stores the same again.
      const batched = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
      try {
        expect(await batched.replaceGraph(editedBundle())).toEqual(countsOfBundle(editedBundle()));
      } finally {
        await batched.close();
      }
    });

    test('a direct load whose references do not resolve is refused and leaves the store empty', async () => {
      await emptyStore();
      const batched = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
      try {
        const dangling: GraphBundle = {
          ...smallBundle,
          fingerprint: 'dangling',
          positions: smallBundle.positions.map((p, i) => (i === 0 ? { ...p, targetId: 'no-such-target' } : p)),
        };
        const error = await batched.replaceGraph(dangling).catch((caught: unknown) => caught);
        expect(error).toMatchObject({ code: 'GRAPH_INTEGRITY', expected: { relationships: 49 }, actual: { relationships: 48 } });
        expect(await countAll(server.uri)).toEqual({ nodes: 1, relationships: 0 });
        expect(await batched.getFingerprint()).toBeNull();
        expect(await metaPhase(server.uri)).toEqual({ loadPhase: null, stageId: null, loadBeat: null });
      } finally {
        await batched.close();
      }
    });

    test('a direct load cut off half-way is undone by the next store to start once its lease has run out, and by any replaceGraph at once', async () => {
      await emptyStore();
      await cutOffDirectLoad(server.uri, editedBundle());
      const partial = await countAll(server.uri);
      expect(partial.nodes).toBeGreaterThan(1);
      expect(await metaPhase(server.uri)).toMatchObject({ loadPhase: 'direct', stageId: 'cut' });

      // A store starting while the load's beat is fresh leaves it alone: another process may still be writing it.
      const early = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
      try {
        await early.countGraph();
        expect(await countAll(server.uri)).toEqual(partial);
      } finally {
        await early.close();
      }

      // Its beat older than the lease: the next store to start undoes it before answering.
      await runCypher(server.uri, `MATCH (m:GraphMeta {id: 'graph'}) SET m.loadBeat = datetime() - duration({minutes: 10})`);
      const next = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
      try {
        expect(Object.values(await next.countGraph()).every((n) => n === 0)).toBe(true);
        expect(await next.getFingerprint()).toBeNull();
        expect(await countAll(server.uri)).toEqual({ nodes: 1, relationships: 0 });
        expect(await metaPhase(server.uri)).toEqual({ loadPhase: null, stageId: null, loadBeat: null });
      } finally {
        await next.close();
      }

      // A replaceGraph does not wait for the lease: it claims the store, undoes the partial load and loads its own.
      await cutOffDirectLoad(server.uri, editedBundle());
      const batched = createNeo4jStore({ uri: server.uri, rowsPerTransaction: 7 });
      try {
        expect(await batched.replaceGraph(smallBundle)).toEqual(countsOfBundle(smallBundle));
        expect(await batched.getFingerprint()).toBe(smallBundle.fingerprint);
        expect(await countAll(server.uri)).toEqual({ nodes: countNodes(smallBundle) + 1, relationships: countsOfBundle(smallBundle).relationships });
        expect((await describeNeo4jSchema({ uri: server.uri })).indexes).toContain('position_actorId_sortKey');
      } finally {
        await batched.close();
      }
    });

    test('a direct load whose claim another replaceGraph took commits no further batch and fails with REPLACE_SUPERSEDED', async () => {
      await emptyStore();
      const { writer, close } = recordingWriter(server.uri, {
        // After a few batches, another replaceGraph claims the store.
        beforeWrite: async (count) => {
          if (count === 4) await runCypher(server.uri, `MATCH (m:GraphMeta {id: 'graph'}) SET m.stageId = 'later'`);
        },
      });
      try {
        await writer.write((tx) => tx.run(`MATCH (m:GraphMeta {id: 'graph'}) SET m.stageId = 'first'`));
        expect(await beginLoadIntoEmpty(writer, editedBundle(), 'first', 7)).toBe(true);
        const written = await countAll(server.uri);
        const error = await loadIntoEmpty(writer, editedBundle(), 'first', 7).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(StageClaimedError);
        expect(error).toMatchObject({ code: 'REPLACE_SUPERSEDED' });
        // It wrote its batches before the claim passed and none after; the later load undoes them (below).
        expect((await countAll(server.uri)).nodes).toBeGreaterThan(written.nodes);
        expect(await metaPhase(server.uri)).toMatchObject({ loadPhase: 'direct', stageId: 'later' });
        const nodesAfter = (await countAll(server.uri)).nodes;
        expect(nodesAfter).toBeLessThan(countNodes(editedBundle()) + 1);
      } finally {
        await close();
      }
      expect(await store.replaceGraph(smallBundle)).toEqual(countsOfBundle(smallBundle));
      expect(await countAll(server.uri)).toEqual({ nodes: countNodes(smallBundle) + 1, relationships: countsOfBundle(smallBundle).relationships });
    });
  });
});

/**
 * A direct load of `bundle` with 7 rows per transaction into the (empty) store, cut off after its
 * fifth write as a dying process leaves it: part of the graph live, the phase recorded, nothing undone.
 */
async function cutOffDirectLoad(uri: string, bundle: GraphBundle): Promise<void> {
  const { writer, close } = recordingWriter(uri, {
    beforeWrite: async (count) => {
      if (count > 5) throw new Error('connection cut (simulated)');
    },
  });
  try {
    await writer.write((tx) => tx.run(`MATCH (m:GraphMeta {id: 'graph'}) SET m.stageId = 'cut'`));
    expect(await beginLoadIntoEmpty(writer, bundle, 'cut', 7)).toBe(true);
    await expect(loadIntoEmpty(writer, bundle, 'cut', 7)).rejects.toThrow('connection cut (simulated)');
  } finally {
    await close();
  }
}

/**
 * A CypherWriter on its own driver that records every query text, and runs `beforeWrite(n)`
 * before the n-th `write` call (1-based; transactions, not the auto-commit schema and delete
 * statements) to cut or interleave.
 */
function recordingWriter(
  uri: string,
  { beforeWrite }: { beforeWrite?: (count: number) => Promise<void> } = {},
): { writer: CypherWriter; queries: string[]; close: () => Promise<void> } {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const runner = createCypherRunner({ driver, uri, database: undefined });
  const queries: string[] = [];
  let count = 0;
  const recording = (tx: ManagedTransaction): ManagedTransaction =>
    ({
      run: (query: string, params?: Record<string, unknown>) => {
        queries.push(query);
        return tx.run(query, params);
      },
    }) as unknown as ManagedTransaction;
  const writer: CypherWriter = {
    async write(work) {
      count += 1;
      await beforeWrite?.(count);
      return runner.write((tx) => work(recording(tx)));
    },
    async runAutoCommit(query, params) {
      queries.push(query);
      return runner.runAutoCommit(query, params);
    },
  };
  return { writer, queries, close: () => runner.close() };
}

async function runCypher(uri: string, query: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery(query);
  } finally {
    await driver.close();
  }
}

/** What replaceGraph records on :GraphMeta while it runs (all null when nothing is in progress). */
async function metaPhase(uri: string): Promise<{ loadPhase: string | null; stageId: string | null; loadBeat: unknown }> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(
      `MATCH (m:GraphMeta {id: 'graph'}) RETURN m.loadPhase AS loadPhase, m.stageId AS stageId, m.loadBeat AS loadBeat`,
    );
    return records[0]!.toObject() as { loadPhase: string | null; stageId: string | null; loadBeat: unknown };
  } finally {
    await driver.close();
  }
}

/**
 * A snapshot without its graph version, each document's version told only as whether it is the
 * graph's (as after a replaceGraph): two loads of one bundle differ in nothing else.
 */
function versionFree(snapshot: Awaited<ReturnType<typeof snapshotOf>>) {
  const documentVersions = snapshot.documentVersions.map((d) => ({ ...d, graphVersion: d.graphVersion === snapshot.graphVersion ? 'the graph version' : d.graphVersion }));
  return { ...snapshot, graphVersion: null, documentVersions };
}

function countNodes(bundle: GraphBundle): number {
  const { relationships, ...nodes } = countsOfBundle(bundle);
  return Object.values(nodes).reduce((sum, n) => sum + n, 0);
}

/** Every node (the graph and :GraphMeta) and relationship in the database, staged or not. */
async function countAll(uri: string): Promise<{ nodes: number; relationships: number }> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS relationships');
    return records[0]!.toObject() as { nodes: number; relationships: number };
  } finally {
    await driver.close();
  }
}
