import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, syncSeeds, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { DEFAULT_QUERY_LIMITS } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { runCli } from '../support/runCli.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * One case per probe of an operator's pre-exposure check (issue 12): each is refused with its
 * error code before the work it asks for, and the server still answers a cheap query afterwards.
 */

let server: RunningServer;
let store: GraphStore;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let positionCount: number;
const limits = DEFAULT_QUERY_LIMITS;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  positionCount = (await loadSeeds({ seedsDir: SEEDS_DIR })).positions.length;
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await data?.remove();
});
afterEach(async () => {
  // After every probe the server answers a cheap query, correctly.
  const { status, body } = await post({ query: '{ counts { positions } }' });
  expect(status).toBe(200);
  expect(body.data.counts.positions).toBe(positionCount);
});

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly body: any;
}

async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // asserted by the callers through contentType/text
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body: parsed };
}

const post = (request: { query: string; variables?: Record<string, unknown> }) => send(JSON.stringify(request));

function onlyError(answer: Answer) {
  expect(answer.body?.errors).toHaveLength(1);
  expect(answer.body.data ?? null).toBeNull();
  return answer.body.errors[0] as { message: string; extensions: { code: string; limit?: { name: string; max: number; found?: number } } };
}

/** `{ a0: field a1: field ... }` */
const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('query shape limits', () => {
  test('a query four levels deep through the schema cycles is refused by the depth limit', async () => {
    const level = (inner: string) => `positions(first: 100) { edges { node { actor { ${inner} } } } }`;
    const answer = await post({ query: `{ ${level(level(level(level('id'))))} }` });
    const error = onlyError(answer);
    expect(answer.status).toBe(400);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions.limit).toMatchObject({ name: 'maxDepth', max: limits.maxDepth });
    expect(error.message).toContain(String(limits.maxDepth));
  });

  test('three levels of 100-item pages fit the depth limit but are refused by the cost limit', async () => {
    const query = `{ positions(first: 100) { edges { node { actor { positions(first: 100) { edges { node {
      actor { positions(first: 100) { edges { node { id } } } } } } } } } } } }`;
    const error = onlyError(await post({ query }));
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions.limit).toMatchObject({ name: 'maxCost', max: limits.maxCost });
    expect(error.extensions.limit!.found).toBeGreaterThan(100 * 100 * 100);
  });

  test('1,000 aliased zero drafts are refused before any draft is computed', async () => {
    const error = onlyError(await post({ query: aliased(1000, 'zeroDraft(format: JSON)') }));
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toContain(`${limits.maxTokens} tokens`);
  });

  test('aliases under the token limit are refused by the alias limit', async () => {
    const error = onlyError(await post({ query: aliased(limits.maxAliases + 1, 'counts { positions }') }));
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions.limit).toEqual({ name: 'maxAliases', max: limits.maxAliases, found: limits.maxAliases + 1 });
  });

  test('15,000 aliased document texts are refused while parsing', async () => {
    const error = onlyError(await post({ query: aliased(15_000, 'documents { text }') }));
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a response over the size cap is replaced by one RESPONSE_TOO_LARGE error', async () => {
    const small = await startServer({ store, port: 0, limits: { ...limits, maxResponseBytes: 4096 } });
    try {
      const response = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { text } }' }),
      });
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: { name: 'maxResponseBytes', max: 4096 } });
      expect(body.data).toBeUndefined();
    } finally {
      await small.close();
    }
  });

  test('an unknown mutation is a validation error, not an internal one', async () => {
    const error = onlyError(await post({ query: 'mutation { deleteEverything }' }));
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('read-only');
  });
});

describe('argument caps', () => {
  test('a 140,000-word search is refused by the string length limit, quoting only an excerpt', async () => {
    const words = Array.from({ length: 140_000 }, (_, i) => `w${(i % 100_000).toString(36)}`).join(' ');
    const answer = await post({ query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: words } });
    const error = onlyError(answer);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.limit).toMatchObject({ name: 'maxStringLength', max: limits.maxStringLength, found: words.length });
    expect(answer.text.length).toBeLessThan(1000);
  });

  test('a search with more words than the limit is refused', async () => {
    const words = Array.from({ length: limits.maxSearchTerms + 1 }, (_, i) => `word${i}`).join(' ');
    const error = onlyError(await post({ query: `{ search(query: ${JSON.stringify(words)}) { totalCount } }` }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.limit).toEqual({ name: 'maxSearchTerms', max: limits.maxSearchTerms, found: limits.maxSearchTerms + 1 });
  });

  test('an unknown id of a million characters is refused without a suggestion search and echoed only in part', async () => {
    const id = 'X'.repeat(1_000_000);
    const answer = await post({ query: 'query($id: ID!) { actor(id: $id) { id } }', variables: { id } });
    const error = onlyError(answer);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.limit).toMatchObject({ name: 'maxIdLength', max: limits.maxIdLength, found: id.length });
    expect(answer.text.length).toBeLessThan(1000);
  });

  test('a 100,000-character id reused by ten aliases is refused once, before any lookup', async () => {
    const query = `query($id: ID!) ${aliased(10, 'positions(filter: { actorIds: [$id] }) { totalCount }').replace(/^\{/, '{')}`;
    const answer = await post({ query, variables: { id: 'Y'.repeat(100_000) } });
    const error = onlyError(answer);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.limit).toMatchObject({ name: 'maxIdLength' });
  });

  test('an unknown id within the length limit still gets its did-you-mean', async () => {
    const error = onlyError(await post({ query: '{ positions(filter: { actorIds: ["JPNN"] }) { totalCount } }' }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Did you mean "JPN"?');
  });

  test('40,000 ids in one list argument are refused by the list length limit', async () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `ID${i}`);
    const error = onlyError(await post({ query: 'query($ids: [ID!]) { positions(filter: { actorIds: $ids }) { totalCount } }', variables: { ids } }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.limit).toEqual({ name: 'maxListLength', max: limits.maxListLength, found: 40_000 });
  });

  test('text(start: -10) is refused instead of counting from the end', async () => {
    const answer = await post({ query: '{ documents { text(start: -10) } }' });
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].extensions.argument).toBe('start');
  });

  test('text(start:, end:) past the end of the document is refused', async () => {
    const answer = await post({ query: '{ documents { length text(start: 0, end: 100000000) } }' });
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a forged cursor is refused', async () => {
    const forged = Buffer.from("k1:' OR 1=1 --", 'utf8').toString('base64url');
    const answer = await post({ query: `{ positions(after: "${forged}") { totalCount } }` });
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  test('a cursor the API returned still pages', async () => {
    const first = await post({ query: '{ positions(first: 2) { pageInfo { endCursor } } }' });
    const after = first.body.data.positions.pageInfo.endCursor;
    const next = await post({ query: `{ positions(first: 2, after: "${after}") { edges { node { id } } } }` });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.positions.edges).toHaveLength(2);
  });
});

describe('HTTP', () => {
  test('malformed JSON gets a JSON 400 without HTML, stack or paths', async () => {
    const answer = await send('{"query": "{ counts { positions } }"');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.text).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\//i);
  });

  test('an oversized body gets a JSON 413 without HTML, stack or paths', async () => {
    const answer = await send(JSON.stringify({ query: '{ counts { positions } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.text).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\//i);
  });

  test('responses carry security headers and no X-Powered-By', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('command line', () => {
  test('report --out into a missing folder prints a clear error, not a stack', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'cpg-report-'));
    try {
      const out = path.join(scratch, 'missing', 'draft.md');
      const result = await runCli(['report', '--out', out], { DATA_DIR: path.join(scratch, 'data') });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`--out: cannot write ${out}: the folder ${path.dirname(out)} does not exist`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
