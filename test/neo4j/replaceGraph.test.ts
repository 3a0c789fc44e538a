import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countsOfBundle } from '../../graph/store/countRelationships.js';
import { createCypherRunner } from '../../graph/store/neo4j/cypherRunner.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { stageGraph } from '../../graph/store/neo4j/stageGraph.js';
import { describeNeo4jSchema } from '../../graph/store/neo4j/describeSchema.js';
import { GraphIntegrityError } from '../../graph/store/neo4j/integrityError.js';
import type { GraphBundle, GraphStore } from '../../graph/store/port.js';
import { snapshotOf } from '../contract/fixtures/documentUnits.js';
import { editedBundle, smallBundle } from '../contract/fixtures/smallBundle.js';
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
      expect({ ...(await snapshotOf(batched)), graphVersion: null }).toStrictEqual({ ...atOnce, graphVersion: null });
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
});

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
