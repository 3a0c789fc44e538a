import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * The compiled executor (server/schema/compiledExecution.ts) against graphql-js on what the
 * store contract does not record: refusals, errors inside a partial answer, directives and
 * operation names. Two servers on one store, one compiling every document on first sight, one
 * never compiling; each request must get the same status and the same bytes from both. (The
 * contract suite runs every query of the API compiled, against answers recorded with graphql-js.)
 */

let store: GraphStore;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let compiled: RunningServer;
let interpreted: RunningServer;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  compiled = await startServer({ store, port: 0, host: '127.0.0.1', http: { compileAfter: 0 } });
  interpreted = await startServer({ store, port: 0, host: '127.0.0.1', http: { compileAfter: Number.MAX_SAFE_INTEGER } });
});
afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
  await store?.close();
  await data?.remove();
});

interface Request {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

async function send(server: RunningServer, request: Request): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: await response.text() };
}

const PAGE = 'query($first: Int, $stances: [Stance!]) { positions(first: $first, filter: { stances: $stances }) { totalCount edges { node { id stance } } } }';

const CASES: ReadonlyArray<readonly [string, Request, (answer: { status: number; body: any }) => void]> = [
  ['an unknown id keeps its code and argument', { query: '{ positions(filter: { actorIds: ["NO-SUCH"] }) { totalCount } }' }, ({ body }) => {
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.actorIds' });
  }],
  ['a forged cursor is refused', { query: '{ positions(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }' }, ({ body }) => {
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }],
  ['a variable of the wrong type gets graphql-js\'s message and a 400', { query: PAGE, variables: { first: 'ten' } }, ({ status, body }) => {
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"');
  }],
  ['an enum variable outside the vocabulary', { query: PAGE, variables: { stances: ['AGREES'] } }, ({ status, body }) => {
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }],
  ['an error in one list item nulls what the schema says it must', { query: '{ documents { id length text(start: 0, end: 100000000) } }' }, ({ body }) => {
    expect(body.data).toBeNull();
    expect(body.errors[0].path).toEqual(['documents', 0, 'text']);
  }],
  ['@skip and @include follow their variables', {
    query: 'query($withActor: Boolean!, $noStance: Boolean!) { positions(first: 3) { edges { node { id stance @skip(if: $noStance) actor @include(if: $withActor) { id } } } } }',
    variables: { withActor: true, noStance: true },
  }, ({ body }) => {
    expect(Object.keys(body.data.positions.edges[0].node)).toEqual(['id', 'actor']);
  }],
  ['the named operation of several runs', {
    query: 'query Counts { counts { positions } } query Actors { actors(kinds: [STATE]) { id } }',
    operationName: 'Actors',
  }, ({ body }) => {
    expect(Object.keys(body.data)).toEqual(['actors']);
  }],
  ['an operation name the document lacks is refused', { query: 'query Counts { counts { positions } }', operationName: 'Nope' }, ({ body }) => {
    expect(body.errors[0].message).toMatch(/Nope/);
  }],
  ['a union and an interface resolve to their types', {
    query: '{ proposals { id proposedBy { __typename ... on Actor { id } ... on Person { name } } } principles { __typename id elementOf { __typename id } } }',
  }, ({ body }) => {
    expect(body.data.proposals.length).toBeGreaterThan(0);
    expect(body.data.principles[0].__typename).toBe('LegalPrinciple');
  }],
  ['the introspection query GraphiQL sends', { query: getIntrospectionQuery() }, ({ body }) => {
    expect(body.data.__schema.queryType.name).toBe('Query');
  }],
];

describe('compiled and graphql-js execution give the same answer', () => {
  test.each(CASES)('%s', async (_name, request, check) => {
    const [fromCompiled, fromInterpreted] = [await send(compiled, request), await send(interpreted, request)];
    expect(fromCompiled).toEqual(fromInterpreted);
    check({ status: fromCompiled.status, body: JSON.parse(fromCompiled.body) });
  });

});
