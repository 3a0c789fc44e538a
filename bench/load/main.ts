/**
 * Load benchmark (bounded, 127.0.0.1 only): the server runs as `npm start` would, in its own
 * process on a free port with a fresh embedded store; autocannon drives it from this process.
 * 1. Throughput and latency of pages, consensus and the zero draft.
 * 2. For each abuse probe (probes.ts), the latency of a cheap `{ counts { positions } }` while the
 *    probe is sent continuously alongside.
 * Figures are printed, never asserted.
 *   npm run bench:load                 (5 s per run, 4 connections)
 *   LOAD_SECONDS=2 LOAD_CONNECTIONS=2 npm run bench:load   (the size CI runs)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../../server/config.js';
import { PROBES } from './probes.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 4);

const WORKLOADS = [
  {
    name: 'positions page (first: 100)',
    query: '{ positions(first: 100) { edges { node { id stance actor { id name } target { id name } evidence { quote start end } } } } }',
  },
  { name: 'consensus', query: '{ consensus(targetId: "sovereignty") { score divergent sides { stance actors { id } } } }' },
  { name: 'zero draft (Markdown)', query: '{ zeroDraft }' },
];
const CHEAP = JSON.stringify({ query: '{ counts { positions } }' });

const scratch = await mkdtemp(path.join(os.tmpdir(), 'cpg-load-'));
const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/main.ts')], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(scratch, 'data'), RATE_LIMIT_PER_MINUTE: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Serving GraphQL at (http:\/\/\S+)\/graphql/.exec(out);
      if (match) resolve(`${match[1]}/graphql`);
    });
    server.once('exit', (code) => reject(new Error(`the server exited (${code}) before serving:\n${out}`)));
  });
  console.log(`Load benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections, server at ${url} (embedded store, Hangzhou seeds)\n`);

  console.log('workload'.padEnd(36), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(8));
  for (const workload of WORKLOADS) {
    await checkAnswers(url, workload.query);
    const result = await run({ url, body: JSON.stringify({ query: workload.query }), connections: CONNECTIONS });
    console.log(
      workload.name.padEnd(36),
      result.requests.average.toFixed(0).padStart(8),
      String(result.latency.p50).padStart(8),
      String(result.latency.p99).padStart(8),
      String(result.errors + result.non2xx).padStart(8),
    );
  }

  const rssBefore = await rssOf(server.pid);
  console.log(`\n${'cheap counts query during abuse'.padEnd(36)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'probes'.padStart(8)}${'non-2xx'.padStart(9)}`);
  const idle = await run({ url, body: CHEAP, connections: 1 });
  console.log('(no abuse)'.padEnd(36), String(idle.latency.p50).padStart(7), String(idle.latency.p99).padStart(7), String(idle.latency.max).padStart(7));
  for (const probe of PROBES) {
    const [cheap, abuse] = await Promise.all([
      run({ url, body: CHEAP, connections: 1 }),
      run({ url, body: probe.body, connections: 2 }),
    ]);
    console.log(
      probe.name.padEnd(36),
      String(cheap.latency.p50).padStart(7),
      String(cheap.latency.p99).padStart(7),
      String(cheap.latency.max).padStart(7),
      String(abuse.requests.total).padStart(7),
      String(abuse.non2xx).padStart(8),
      cheap.errors + cheap.non2xx > 0 ? `  (${cheap.errors + cheap.non2xx} cheap-query failures!)` : '',
    );
  }
  const health = (await fetch(url.replace(/\/graphql$/, '/healthz')).then((response) => response.json())) as { status: string };
  console.log(`\nAfter the abuse: /healthz says ${health.status}; server RSS ${rssBefore} MB before the abuse runs, ${await rssOf(server.pid)} MB after.`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  await rm(scratch, { recursive: true, force: true });
}

function run(options: { url: string; body: string; connections: number }): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.body,
    connections: options.connections,
    duration: SECONDS,
  });
}

/** A workload that errors would measure the error path: refuse to report it. */
async function checkAnswers(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`bench setup: ${query} answered errors: ${JSON.stringify(body.errors)}`);
}

/** Resident memory of a process in MB, from /proc (Linux); "?" elsewhere. */
async function rssOf(pid: number | undefined): Promise<string> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return (Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024).toFixed(0);
  } catch {
    return '?';
  }
}
