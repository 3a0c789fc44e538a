/**
 * Times only the Neo4j load of the synthetic corpus (no API server, no reads):
 *   npx tsx bench/api/timeNeo4jLoad.ts --positions 20000 [--rows 5000] [--seed 1] [--once] [--embedded] [--warm]
 * A fresh private Neo4j with the launcher's default memory; prints the load, an unchanged reload
 * (fingerprint compare), a second full load over the first (not with --once), and the JVM's peak RSS.
 * `--embedded` first times `replaceGraph` of the same corpus into a fresh embedded SQLite store,
 * back to back with the Neo4j load, and prints the ratio. `--warm` then empties the store and
 * times the same load again in the same JVM: a long-running server's figure, without a fresh JVM's
 * query planning and JIT warm-up. Neo4j's CPU is also shown by what its threads do (JIT compiler,
 * GC, Bolt workers where queries run and commit, index population, other).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { reloadUnchanged } from './loadCorpus.js';
import { startBenchNeo4j } from './startBenchNeo4j.js';

const { values } = parseArgs({
  options: { positions: { type: 'string', default: '20000' }, rows: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, once: { type: 'boolean', default: false }, warm: { type: 'boolean', default: false }, embedded: { type: 'boolean', default: false } },
});
const bundle = generateCorpus({ positions: Number(values.positions), seed: Number(values.seed) });
let embeddedSeconds: number | null = null;
if (values.embedded) {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'cpg-load-'));
  const sqlite = createSqliteStore({ dataDir });
  try {
    const started = performance.now();
    await sqlite.replaceGraph(bundle);
    embeddedSeconds = (performance.now() - started) / 1000;
    console.log(`embedded load (replaceGraph, SQLite): ${embeddedSeconds.toFixed(1)} s (load average ${os.loadavg()[0]!.toFixed(1)})`);
  } finally {
    await sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const neo4j = await startBenchNeo4j();
const store = createNeo4jStore({ uri: neo4j.uri, rowsPerTransaction: Number(values.rows) });
// CPU seconds (Neo4j's JVM, this process) beside the wall time: on a shared machine they vary far less.
const timed = async (what: string, work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  const [jvm, kinds, own] = [neo4j.cpuSeconds(), neo4j.cpuByKind(), process.cpuUsage()];
  await work();
  const seconds = (performance.now() - started) / 1000;
  const ownCpu = process.cpuUsage(own);
  const after = neo4j.cpuByKind();
  const byKind = (Object.keys(after) as (keyof typeof after)[]).map((kind) => `${kind} ${(after[kind] - kinds[kind]).toFixed(1)}`).join(', ');
  const cpu = `CPU: Neo4j ${(neo4j.cpuSeconds() - jvm).toFixed(1)} s (${byKind}), client ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)} s`;
  console.log(`${what}: ${seconds.toFixed(1)} s (${cpu}; load average ${os.loadavg()[0]!.toFixed(1)})`);
  return seconds;
};
try {
  console.log(`${bundle.positions.length} positions, ${bundle.statements.length} statements, rows per transaction ${values.rows}`);
  await timed('schema', () => store.countGraph());
  const loadSeconds = await timed('load (replaceGraph)', () => store.replaceGraph(bundle));
  if (embeddedSeconds !== null) console.log(`Neo4j / embedded load: ${(loadSeconds / embeddedSeconds).toFixed(1)} ×`);
  await timed('reload unchanged', () => reloadUnchanged(store, bundle, 'replace'));
  if (!values.once) await timed('load again over it', () => store.replaceGraph({ ...bundle, fingerprint: `${bundle.fingerprint}-again` }));
  if (values.warm) {
    const emptied = Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, Array.isArray(value) ? [] : value]));
    await store.replaceGraph({ ...(emptied as unknown as typeof bundle), fingerprint: 'empty' });
    const warmSeconds = await timed('load again into the emptied store, warm JVM', () => store.replaceGraph(bundle));
    if (embeddedSeconds !== null) console.log(`Neo4j (warm JVM) / embedded load: ${(warmSeconds / embeddedSeconds).toFixed(1)} ×`);
  }
  console.log(`counts: ${JSON.stringify(await store.countGraph())}`);
  const rss = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${neo4j.pid}/status`, 'utf8'))?.[1];
  console.log(`Neo4j JVM peak RSS: ${Math.round(Number(rss) / 1024)} MiB`);
} finally {
  await store.close();
  await neo4j.stop();
}
