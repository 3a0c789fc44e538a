import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnnotationError, loadSeeds, syncSeeds, type GraphBundle, type GraphCounts, type GraphStore } from '../../graph/index.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';
import { addSecondDocument } from '../support/secondDocument.js';
import { SEEDS_DIR, copySeeds } from '../support/tempSeeds.js';

const COUNT_QUERY = `{ positions(first: 1) { totalCount } }`;
/** A test that stops and restarts the JVM gets the time a server start gets (the hook timeout). */
const RESTART_TIMEOUT_MS = 180_000;

/**
 * Faults seen from the API: Neo4j going away under a running server, and loads that fail
 * half-way. The server keeps running and answers again when Neo4j is back; no failed load leaves
 * part of a document behind. Last, writes by another process, seen through the graph version lease.
 */
describe.skipIf(!canRunNeo4jTests())('the API on Neo4j, when things go wrong or another process writes', () => {
  let neo4j: TestNeo4j;
  let store: GraphStore;
  let server: RunningServer;
  let seeded: { counts: GraphCounts; graphVersion: string };

  beforeAll(async () => {
    neo4j = await startNeo4jForTests();
    store = createNeo4jStore({ uri: neo4j.uri, maxRetryTimeMs: 1_000 });
    const result = await syncSeeds({ store, seedsDir: SEEDS_DIR });
    seeded = { counts: result.counts, graphVersion: result.graphVersion };
    // No graph version lease: every request reaches Neo4j, so an outage is seen at once.
    server = await startServer({ store, port: 0, host: '127.0.0.1', http: { graphVersionLeaseMs: 0 } });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await neo4j?.stop();
  });

  test('while Neo4j is down, requests get SERVICE_UNAVAILABLE; once it is back they are answered again', async () => {
    const before = await postGraphQL(server.url, COUNT_QUERY);
    expect(before.data.positions.totalCount).toBe(seeded.counts.positions);

    await neo4j.halt();
    const during = await postGraphQL(server.url, COUNT_QUERY);
    expect(during.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);

    await neo4j.resume();
    expect(await postGraphQL(server.url, COUNT_QUERY)).toEqual(before);
  }, RESTART_TIMEOUT_MS);

  test('a bad annotation in the second of two documents loads nothing of either', async () => {
    const seeds = await copySeeds();
    try {
      await addSecondDocument(seeds, { breakQuote: true });
      await expect(syncSeeds({ store, seedsDir: seeds.dir })).rejects.toBeInstanceOf(AnnotationError);
      expect(await store.countGraph()).toEqual(seeded.counts);
      expect(await store.getGraphVersion()).toBe(seeded.graphVersion);
      expect(await store.getDocumentsByIds(['hangzhou-2019-b'])).toEqual([null]);
    } finally {
      await seeds.remove();
    }
  });

  test('a load whose connection is cut half-way leaves the previous graph, with no part of the new document', async () => {
    const seeds = await copySeeds();
    let twoDocuments: GraphBundle;
    try {
      await addSecondDocument(seeds);
      twoDocuments = await loadSeeds({ seedsDir: seeds.dir });
    } finally {
      await seeds.remove();
    }
    const load = store.replaceGraph(twoDocuments).then(
      () => 'committed',
      (error: unknown) => error,
    );
    // Cut the connection while the load's transaction is open: stop Neo4j under it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await neo4j.halt();
    const outcome = await load;
    await neo4j.resume();

    expect(outcome).not.toBe('committed');
    expect(await store.getGraphVersion()).toBe(seeded.graphVersion);
    expect(await store.countGraph()).toEqual(seeded.counts);
    expect(await store.getDocumentsByIds(['hangzhou-2019-b'])).toEqual([null]);
    const { items } = await store.listStatements({ documentIds: ['hangzhou-2019-b'] }, { first: 1, after: null });
    expect(items).toEqual([]);
  }, RESTART_TIMEOUT_MS);

  test('a write by another process is seen by the next request without a lease, within the lease with one', async () => {
    const withDefaultLease = await startServer({ store, port: 0, host: '127.0.0.1' });
    const withLongLease = await startServer({ store, port: 0, host: '127.0.0.1', http: { graphVersionLeaseMs: 600_000 } });
    const other = createNeo4jStore({ uri: neo4j.uri });
    const seeds = await copySeeds();
    try {
      for (const url of [server.url, withDefaultLease.url, withLongLease.url]) {
        expect((await postGraphQL(url, COUNT_QUERY)).data.positions.totalCount).toBe(seeded.counts.positions);
      }
      await addSecondDocument(seeds);
      const { counts } = await syncSeeds({ store: other, seedsDir: seeds.dir });
      expect(counts.positions).toBeGreaterThan(seeded.counts.positions);

      expect((await postGraphQL(server.url, COUNT_QUERY)).data.positions.totalCount).toBe(counts.positions);
      // Inside its lease, a server answers the repeated query from its response cache as before.
      expect((await postGraphQL(withLongLease.url, COUNT_QUERY)).data.positions.totalCount).toBe(seeded.counts.positions);
      // Neo4j's default lease (a second) runs out, and the write is seen.
      const giveUpAt = Date.now() + 60_000;
      let seen = (await postGraphQL(withDefaultLease.url, COUNT_QUERY)).data.positions.totalCount;
      while (seen !== counts.positions && Date.now() < giveUpAt) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = (await postGraphQL(withDefaultLease.url, COUNT_QUERY)).data.positions.totalCount;
      }
      expect(seen).toBe(counts.positions);
    } finally {
      await syncSeeds({ store: other, seedsDir: SEEDS_DIR });
      await Promise.all([withDefaultLease.close(), withLongLease.close(), other.close(), seeds.remove()]);
    }
  });
});
