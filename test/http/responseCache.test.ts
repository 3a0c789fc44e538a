import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import type { GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { recording } from '../support/recordingStore.js';

const PAGE = '{ positions(first: 5) { totalCount edges { node { id stance } } } }';
/** The store call that reads a page of positions (one call with the references the query selects). */
const PAGE_READ = 'listPositionsWithReferences';

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, graphVersion: response.headers.get('graph-version'), etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

describe('the whole-response cache', () => {
  let dataDir: string;
  let inner: GraphStore;
  let recorded: ReturnType<typeof recording>;
  let server: RunningServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-response-cache-'));
    inner = createSqliteStore({ dataDir });
    await inner.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 1 }));
    recorded = recording(inner);
    server = await startServer({ store: recorded.store, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await inner.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('answers a repeated query with the same bytes, asking the store only for its version', async () => {
    const first = await post(server.url, PAGE);
    expect(recorded.calls).toContain(PAGE_READ);
    recorded.calls.length = 0;
    const again = await post(server.url, PAGE);
    expect(again).toEqual(first);
    expect(recorded.calls).toEqual(['getGraphVersion']);
  });

  test('gives a kept answer the ETag the executed one had, and every answer Cache-Control: no-cache', async () => {
    // Several bodies, so that hashes with '/' or '+' (where base64 and base64url differ) occur.
    for (let first = 1; first <= 8; first += 1) {
      const query = `{ positions(first: ${first}) { edges { node { id stance } } } }`;
      const executed = await post(server.url, query);
      const kept = await post(server.url, query);
      expect(kept.etag).toBe(executed.etag);
      expect(kept.cacheControl).toBe('no-cache');
      expect(executed.cacheControl).toBe('no-cache');
    }
  });

  test('keys on the variables, and reads afresh after a write; every answer names its graph version', async () => {
    const query = 'query($first: Int) { positions(first: $first) { edges { node { id } } } }';
    const three = JSON.parse((await post(server.url, query, { first: 3 })).body);
    const four = JSON.parse((await post(server.url, query, { first: 4 })).body);
    expect([three.data.positions.edges.length, four.data.positions.edges.length]).toEqual([3, 4]);

    const before = await post(server.url, PAGE);
    expect(before.graphVersion).toBe(await inner.getGraphVersion());
    expect((await post(server.url, PAGE)).graphVersion).toBe(before.graphVersion); // kept answer
    await inner.replaceGraph(generateCorpus({ positions: 300, meetings: 3, targets: 20, seed: 2 }));
    const written = await inner.getGraphVersion();
    recorded.calls.length = 0;
    const after = await post(server.url, PAGE);
    expect(recorded.calls).toContain(PAGE_READ);
    expect(JSON.parse(after.body).data.positions.totalCount).toBe(300);
    expect(after.body).not.toBe(before.body);
    expect(after.graphVersion).toBe(written);
    expect(written).not.toBe(before.graphVersion);
  });

  test('never keeps an answer that reads the graph version, which a client may poll to see a write', async () => {
    await post(server.url, '{ graphVersion }');
    recorded.calls.length = 0;
    await post(server.url, '{ graphVersion }');
    // The middleware's read, then the resolver's: the answer was executed, not kept.
    expect(recorded.calls).toEqual(['getGraphVersion', 'getGraphVersion']);
  });

  test('never keeps an answer with an error', async () => {
    const query = '{ positions(first: 5, filter: { actorIds: ["NO-SUCH-ACTOR"] }) { totalCount } }';
    expect(JSON.parse((await post(server.url, query)).body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    recorded.calls.length = 0;
    expect(JSON.parse((await post(server.url, query)).body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(recorded.calls.length).toBeGreaterThan(1);
  });
});
