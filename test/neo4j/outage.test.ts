import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StoreUnavailableError } from '../../graph/errors/index.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import type { GraphCounts, GraphStore } from '../../graph/store/port.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';
import { smallBundle } from '../contract/fixtures/smallBundle.js';

/**
 * The store against a Neo4j that goes away and comes back: calls reject with the retriable
 * StoreUnavailableError (mapped to SERVICE_UNAVAILABLE by the API) instead of hanging or crashing,
 * and the very same store object answers again once Neo4j is back.
 */
describe.skipIf(!canRunNeo4jTests())('Neo4j store: outage and recovery', () => {
  let server: TestNeo4j;
  let store: GraphStore;
  let loaded: GraphCounts;

  beforeAll(async () => {
    server = await startNeo4jForTests();
    store = createNeo4jStore({ uri: server.uri, maxRetryTimeMs: 1_000 });
    loaded = await store.replaceGraph(smallBundle);
  });
  afterAll(async () => {
    await store?.close();
    await server?.stop();
  });

  test('while Neo4j is down, reads and writes reject promptly with StoreUnavailableError', async () => {
    await server.halt();

    const read = await store.countGraph().catch((error: unknown) => error);
    expect(read).toBeInstanceOf(StoreUnavailableError);
    expect(read).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retriable: true });

    await expect(store.listPositions({}, { first: 5, after: null })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.replaceGraph(smallBundle)).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  test('a store created while Neo4j is down fails the same way, without throwing at creation', async () => {
    const early = createNeo4jStore({ uri: server.uri, maxRetryTimeMs: 500 });
    await expect(early.getFingerprint()).rejects.toBeInstanceOf(StoreUnavailableError);
    await early.close();
  });

  test('once Neo4j is back, the same store answers again with the graph it held', async () => {
    await server.resume();
    expect(await store.countGraph()).toEqual(loaded);
    expect(await store.getFingerprint()).toBe(smallBundle.fingerprint);
    expect(await store.replaceGraph(smallBundle)).toEqual(loaded);
  });
});
