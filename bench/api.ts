/**
 * API benchmark: N copies of the Hangzhou report (renamed ids, so the graph really grows) loaded
 * into the store the environment selects, then the main queries timed over real HTTP.
 *   npx tsx bench/api.ts --copies 100 [--runs 5]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeeds, type GraphBundle } from '../graph/index.js';
import { createStore, storeConfigFromEnv } from '../graph/store/createStore.js';
import { seedsDirFromEnv } from '../server/config.js';
import { startServer } from '../server/http/startServer.js';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '50' }, runs: { type: 'string', default: '5' } } });
const copies = Number(values.copies);
const runs = Number(values.runs);

/** The seed bundle repeated `copies` times, every id of a document's statements and positions renamed. */
function multiply(bundle: GraphBundle, times: number): GraphBundle {
  const documents = [];
  const statements = [];
  const positions = [];
  for (let copy = 0; copy < times; copy += 1) {
    const suffix = copy === 0 ? '' : `-copy${copy}`;
    const rename = (id: string) => id.replace(/^hangzhou-2019/, `hangzhou-2019${suffix}`);
    for (const d of bundle.documents) documents.push({ ...d, id: rename(d.id) });
    for (const s of bundle.statements) {
      statements.push({ ...s, id: rename(s.id), documentId: rename(s.documentId), sortKey: s.sortKey.replaceAll('hangzhou-2019', `hangzhou-2019${suffix}`) });
    }
    for (const p of bundle.positions) {
      positions.push({
        ...p,
        id: rename(p.id),
        statementId: rename(p.statementId),
        evidence: { ...p.evidence, documentId: rename(p.evidence.documentId) },
        sortKey: p.sortKey.replaceAll('hangzhou-2019', `hangzhou-2019${suffix}`),
      });
    }
  }
  const bySortKey = <T extends { sortKey: string }>(items: T[]) => items.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
  return { ...bundle, documents, statements: bySortKey(statements), positions: bySortKey(positions), fingerprint: `bench-${times}` };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const config = storeConfigFromEnv(process.env);
const dataDir = config.kind === 'sqlite' ? await mkdtemp(path.join(os.tmpdir(), 'cpg-bench-')) : null;
const store = await createStore(dataDir ? { kind: 'sqlite', dataDir } : config);
const bundle = multiply(await loadSeeds({ seedsDir: seedsDirFromEnv(process.env) }), copies);
const [counts, loadMs] = await timed(() => store.replaceGraph(bundle));
const server = await startServer({ store, port: 0, host: '127.0.0.1' });

const QUERIES: Record<string, () => Promise<unknown>> = {
  'positions, first page of 100': () => post(server.url, '{ positions(first: 100) { edges { node { stance actor { name } target { name } evidence { quote } } } } }'),
  'positions, all pages of 100': async () => {
    let after: string | null = null;
    for (;;) {
      const data = await post(server.url, 'query($after: String) { positions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id actor { id } target { id } } } } }', { after });
      if (!data.positions.pageInfo.hasNextPage) return;
      after = data.positions.pageInfo.endCursor;
    }
  },
  'search "sovereignty", 50 hits': () => post(server.url, '{ search(query: "sovereignty", first: 50) { totalCount edges { node { id } } } }'),
  'consensus on non-intervention': () => post(server.url, '{ consensus(targetId: "non-intervention") { score sides { stance actors { id } } } }'),
  'zero draft (Markdown)': () => post(server.url, '{ zeroDraft }'),
};

console.log(`store: ${store.kind}; ${copies} copies of the report: ${counts.statements} statements, ${counts.positions} positions, ${counts.relationships} relationships`);
console.log(`replaceGraph: ${loadMs.toFixed(0)} ms`);
for (const [name, run] of Object.entries(QUERIES)) {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(run))[1]);
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(32)} median ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(8)} ms   min ${times[0]!.toFixed(1).padStart(8)} ms   (${runs} runs)`);
}
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

await server.close();
await store.close();
if (dataDir) await rm(dataDir, { recursive: true, force: true });
