import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { loadSeeds } from '../../graph/index.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';

/**
 * `npm start` as an operator runs it, stopped with SIGTERM while a request is in flight: the
 * request completes, the process exits 0 after closing the store, and graph.sqlite alone (copied
 * without its -wal file) is the complete database.
 */

let child: ChildProcessWithoutNullStreams | undefined;
let scratch: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('SIGTERM lets an in-flight request finish, closes the store and leaves graph.sqlite complete', async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cpg-shutdown-'));
  const dataDir = path.join(scratch, 'data');
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/main.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR },
  });
  child = server;
  const output = collect(server);
  const url = (await output.waitFor(/Serving GraphQL at (http:\/\/\S+)\/graphql/))[1]!;

  // A request whose headers are in but whose body is not: in flight when the signal arrives.
  const body = JSON.stringify({ query: '{ counts { positions } }' });
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    request.on('error', reject);
  });
  request.flushHeaders();
  await new Promise<void>((resolve) => request.once('continue', () => resolve()));
  server.kill('SIGTERM');
  await output.waitFor(/SIGTERM: no longer accepting requests/);
  request.end(body);

  const answer = await response;
  expect(answer.status).toBe(200);
  const positions = (await loadSeeds({ seedsDir: SEEDS_DIR })).positions.length;
  expect(JSON.parse(answer.text).data.counts.positions).toBe(positions);

  // It may have exited already, right after answering.
  const exitCode = server.exitCode ?? (await new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code))));
  expect(exitCode).toBe(0);
  expect(output.text()).toContain('Stopped: store closed.');

  const copy = path.join(scratch, 'copy.sqlite');
  await copyFile(path.join(dataDir, 'graph.sqlite'), copy);
  const db = new Database(copy, { readonly: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM positions').pluck().get()).toBe(positions);
  } finally {
    db.close();
  }
}, 240_000); // a child process that loads the seeds: slow on a shared machine

/** The child's stdout and stderr as they arrive, with a wait for a line matching a pattern. */
function collect(process: ChildProcessWithoutNullStreams) {
  let text = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = text.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  process.stdout.on('data', onData);
  process.stderr.on('data', onData);
  return {
    text: () => text,
    waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
      const match = text.match(pattern);
      if (match) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        process.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing ${pattern}:\n${text}`)));
      });
    },
  };
}
