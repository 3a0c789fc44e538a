import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { divergences, loadAnalysisInput, type GraphStore } from '../../graph/index.js';
import { createStore } from '../../graph/store/createStore.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';

const DIVERGENCES = '{ divergences { target { id } supporting { id } opposing { id } qualifying { id } } }';

/** What the API must answer: the analysis computed afresh from what the store holds now. */
async function expectedDivergences(store: GraphStore) {
  return divergences(await loadAnalysisInput(store)).map((d) => ({
    target: { id: d.targetId },
    supporting: d.supporting.map((id) => ({ id })),
    opposing: d.opposing.map((id) => ({ id })),
    qualifying: d.qualifying.map((id) => ({ id })),
  }));
}

describe('analyses cached between requests', () => {
  let dataDir: string;
  let store: GraphStore;
  let server: RunningServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-analysis-cache-'));
    store = createSqliteStore({ dataDir });
    await store.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 1 }));
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('answer the same twice, and follow the graph when it is replaced', async () => {
    const first = await postGraphQL(server.url, DIVERGENCES);
    expect(first.data.divergences).toEqual(await expectedDivergences(store));
    expect((await postGraphQL(server.url, DIVERGENCES)).data).toEqual(first.data);

    await store.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 2 }));
    const after = await postGraphQL(server.url, DIVERGENCES);
    expect(after.data.divergences).toEqual(await expectedDivergences(store));
    expect(after.data).not.toEqual(first.data);
  });

  test('do not remember an error', async () => {
    const query = 'query($t: ID!) { consensus(targetId: $t) { score } }';
    expect((await postGraphQL(server.url, query, { t: 'no-such-target' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await postGraphQL(server.url, query, { t: 'no-such-target' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

// A store made by createStore computes its analyses in the worker thread (server/schema/analysisPool.ts),
// through its own read-only connection: the answers must be the same as computed here, errors keep
// their kind, and a write is seen by the next request.
describe('analyses computed in the worker thread', () => {
  let dataDir: string;
  let store: GraphStore;
  let server: RunningServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-analysis-worker-'));
    store = await createStore({ kind: 'sqlite', dataDir });
    await store.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 1 }));
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('answer as the analysis computed in this thread does, and follow a replaced graph', async () => {
    expect((await postGraphQL(server.url, DIVERGENCES)).data.divergences).toEqual(await expectedDivergences(store));
    await store.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 2 }));
    expect((await postGraphQL(server.url, DIVERGENCES)).data.divergences).toEqual(await expectedDivergences(store));
  });

  test('a request for analyses only is answered whole by the worker; a mix by this thread', async () => {
    const ask = (query: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const alone = await ask('{ blocs(seed: 7) { modularity } __typename }');
    expect(alone.headers.get('server-timing')).toMatch(/^analysis-worker;dur=\d/);
    const mixed = await ask('{ blocs(seed: 7) { modularity } counts { positions } }');
    expect(mixed.headers.get('server-timing')).toBeNull();
    expect((await mixed.json()).data.blocs).toEqual((await alone.json()).data.blocs);
    // Refused there by the same validation, with the same error format and status.
    const invalid = await ask('{ divergences { noSuchField } }');
    expect(invalid.headers.get('server-timing')).toMatch(/^analysis-worker/);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors?.[0]).toMatchObject({ message: expect.stringContaining('noSuchField'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  test('keep the kind of an error raised in the worker', async () => {
    const answer = await postGraphQL(server.url, '{ agreement(scope: { meetingIds: ["no-such-meeting"] }) { pairs { kappa } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions?.argument).toBe('scope.meetingIds');
  });
});
