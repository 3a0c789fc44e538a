import { afterAll, beforeAll, expect, test } from 'vitest';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { httpSettingsFromEnv, queryLimitsFromEnv } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/** The switches an operator sets before exposing the server: rate limit, introspection, limits from the environment. */

let store: GraphStore;
let server: RunningServer;
let data: Awaited<ReturnType<typeof tempDataDir>>;
const PER_MINUTE = 3;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  const http = httpSettingsFromEnv({ RATE_LIMIT_PER_MINUTE: String(PER_MINUTE), GRAPHQL_INTROSPECTION: 'false' });
  server = await startServer({ store, port: 0, http });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await data?.remove();
});

test('with introspection off, __schema is refused', async () => {
  const { errors } = await postGraphQL(server.url, '{ __schema { types { name } } }');
  expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('past RATE_LIMIT_PER_MINUTE from one address, requests get a JSON 429', async () => {
  const statuses: number[] = [];
  let last: any;
  for (let i = 0; i < PER_MINUTE + 1; i += 1) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ counts { positions } }' }),
    });
    statuses.push(response.status);
    last = await response.json();
  }
  // The introspection test above used one request of the budget when it ran first.
  expect(statuses.at(-1)).toBe(429);
  expect(last.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', limit: { name: 'rateLimitPerMinute', max: PER_MINUTE } });
});

test('limits and settings are read from the environment and a bad value names its variable', () => {
  expect(queryLimitsFromEnv({ GRAPHQL_MAX_DEPTH: '7' }).maxDepth).toBe(7);
  expect(() => queryLimitsFromEnv({ GRAPHQL_MAX_COST: 'lots' })).toThrow(/^GRAPHQL_MAX_COST: expected a whole number/);
  expect(() => httpSettingsFromEnv({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/^GRAPHQL_INTROSPECTION: expected true or false/);
  // Unset, the lease is the store's default (startServer); set, it is that many milliseconds.
  expect(httpSettingsFromEnv({}).graphVersionLeaseMs).toBeUndefined();
  expect(httpSettingsFromEnv({ GRAPH_VERSION_LEASE_MS: '0' }).graphVersionLeaseMs).toBe(0);
  expect(() => httpSettingsFromEnv({ GRAPH_VERSION_LEASE_MS: '-5' })).toThrow(/^GRAPH_VERSION_LEASE_MS: expected a whole number from 0 to 60000/);
  expect(httpSettingsFromEnv({ GRAPHQL_COMPILE_AFTER: '0' }).compileAfter).toBe(0);
  expect(() => httpSettingsFromEnv({ GRAPHQL_COMPILE_AFTER: 'never' })).toThrow(/^GRAPHQL_COMPILE_AFTER: expected a whole number/);
});
