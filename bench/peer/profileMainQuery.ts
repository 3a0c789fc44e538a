/**
 * Where the main query's time goes on Neo4j, one layer at a time, interleaved so load hits each
 * alike (figures only):
 *   npx tsx bench/peer/profileMainQuery.ts --positions 20000 [--runs 40]
 * 1. the hand-written Cypher query through the driver (the peer benchmark's floor);
 * 2. the store's `listPositionsWithReferences` (our Cypher query and the decoding into model objects);
 * 3. the graph version read every request starts with (responseCache.ts);
 * 4. our API over HTTP with the response cache off (every request executed);
 * 5. our API over HTTP with the response cache on (a repeated query: a version read and the bytes).
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { measure, type Timing } from '../api/measure.js';
import { post } from '../api/post.js';
import { MAIN_QUERY } from '../api/queries.js';
import { spawnServer } from '../api/spawnServer.js';
import { startBenchNeo4j } from '../api/startBenchNeo4j.js';
import { CYPHER_MAIN_QUERY } from './peerTypeDefs.js';

const { values } = parseArgs({ options: { positions: { type: 'string', default: '20000' }, runs: { type: 'string', default: '40' } } });
const bundle = generateCorpus({ positions: Number(values.positions), seed: 1 });
const runs = Number(values.runs);
const server = await startBenchNeo4j();
const store = createNeo4jStore({ uri: server.uri });
const driver = neo4j.driver(server.uri, undefined, { logging: { level: 'error', logger: () => {} } });
const stops: (() => Promise<unknown>)[] = [() => server.stop(), () => store.close(), () => driver.close()];
try {
  await store.replaceGraph(bundle);
  const uncached = await spawnServer({ NEO4J_URI: server.uri, RESPONSE_CACHE_MB: '0' });
  stops.unshift(() => uncached.stop());
  const cached = await spawnServer({ NEO4J_URI: server.uri });
  stops.unshift(() => cached.stop());
  const page = { first: 100, after: null };
  const paths: Record<string, () => Promise<unknown>> = {
    'hand-written Cypher (driver)': () => driver.executeQuery(CYPHER_MAIN_QUERY, {}, { routing: 'READ' }),
    'store.listPositionsWithReferences': () => store.listPositionsWithReferences({}, page, { actors: true, targets: true, documents: true }),
    'store.getGraphVersion': () => store.getGraphVersion(),
    'our API, response cache off': () => post(uncached.url, MAIN_QUERY),
    'our API, response cache on': () => post(cached.url, MAIN_QUERY),
  };
  for (const run of Object.values(paths)) await run(); // warm each path (plans, JIT, caches)
  const samples = new Map<string, Timing[]>(Object.keys(paths).map((name) => [name, []]));
  for (let round = 0; round < 5; round += 1) {
    for (const [name, run] of Object.entries(paths)) samples.get(name)!.push(await measure(run, Math.max(1, Math.floor(runs / 5))));
  }
  const references = await store.listPositionsWithReferences({}, page, { actors: true, targets: true, documents: true });
  // The page carries its documents without their texts; what it leaves out, for the record.
  const texts = await store.getDocumentsByIds(references.references.documents.map((d) => d.id));
  const textBytes = texts.reduce((sum, d) => sum + Buffer.byteLength(d?.text ?? ''), 0);
  console.log(`| path (${bundle.positions.length.toLocaleString('en')} positions) | p50 ms | worst round p99 ms |\n|---|---:|---:|`);
  for (const [name, list] of samples) {
    const p50s = list.map((t) => t.p50).sort((a, b) => a - b);
    console.log(`| ${name} | ${p50s[Math.floor(p50s.length / 2)]!.toFixed(1)} | ${Math.max(...list.map((t) => t.p99)).toFixed(1)} |`);
  }
  console.log(`\nthe page names ${references.references.documents.length} documents, whose texts (${Math.round(textBytes / 1024)} KiB) it does not carry`);
} finally {
  for (const stop of stops) await stop().catch(() => {});
}
