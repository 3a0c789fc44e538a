import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { describeNeo4jSchema } from '../../graph/store/neo4j/describeSchema.js';
import { GraphIntegrityError } from '../../graph/store/neo4j/integrityError.js';
import type { GraphBundle, GraphStore } from '../../graph/store/port.js';
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
});
