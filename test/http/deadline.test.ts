import { setTimeout as elapsed } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * A request past its deadline stops at the next field instead of running to the end: the store
 * sees no further calls, and the client gets one REQUEST_TIMEOUT error. Under both executors
 * (server/schema/compiledExecution.ts): graphql-js, which runs a document the first time, and the
 * compiled one, which runs it from then on.
 */

const DEADLINE_MS = 300;

describe.each([
  ['graphql-js', Number.MAX_SAFE_INTEGER],
  ['compiled', 0],
])('executed by %s', (_executor, compileAfter) => {
  let store: GraphStore;
  let server: RunningServer;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  /** The real store with its listPositions held at a gate the test opens, and its calls recorded. */
  let gate: { calls: number; reached: Promise<void>; open: () => void };

  beforeAll(async () => {
    data = await tempDataDir();
    const real = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store: real, seedsDir: SEEDS_DIR });
    store = real;
    let reached!: () => void;
    let opened!: () => void;
    const opening = new Promise<void>((resolve) => (opened = resolve));
    gate = { calls: 0, reached: new Promise((resolve) => (reached = resolve)), open: () => opened() };
    const gated: GraphStore = {
      ...real,
      async listPositions(filter, request) {
        gate.calls += 1;
        reached();
        await opening;
        return real.listPositions(filter, request);
      },
    };
    server = await startServer({ store: gated, port: 0, http: { requestTimeoutMs: DEADLINE_MS, compileAfter } });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await data?.remove();
  });

  test('a request past its deadline stops before its nested fields and answers REQUEST_TIMEOUT', async () => {
    const answer = postGraphQL(server.url, '{ positions(first: 5) { edges { node { actor { positions(first: 5) { totalCount } } } } } }');
    await gate.reached;
    // The condition waited for is the deadline itself passing while the store call is held.
    await elapsed(DEADLINE_MS * 2);
    gate.open();
    const { data: result, errors } = await answer;
    expect(result).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', timeoutMs: DEADLINE_MS, retriable: true });
    // The five actors' own positions were never asked for.
    expect(gate.calls).toBe(1);

    const after = await postGraphQL(server.url, '{ counts { positions } }');
    expect(after.errors).toBeUndefined();
  });
});
