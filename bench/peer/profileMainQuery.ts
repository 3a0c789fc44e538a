/**
 * Where the main query's time goes on Neo4j, one layer at a time, interleaved so load hits each
 * alike (figures only):
 *   npx tsx bench/peer/profileMainQuery.ts --positions 20000 [--runs 40]
 * 1. the hand-written Cypher query through the driver (the peer benchmark's floor);
 * 2. the same query's rows as JSON behind plain HTTP (what HTTP alone adds);
 * 3. the store's `listPositionsWithReferences` (our Cypher query and the decoding into model objects);
 * 4. the graph version read every request starts with (responseCache.ts);
 * 5. our API over HTTP with the response cache off, the query executed by graphql-js every time
 *    (GRAPHQL_COMPILE_AFTER past the number of runs);
 * 6. the same, the query compiled by graphql-jit (the default from its second run:
 *    server/schema/compiledExecution.ts);
 * 7. our API over HTTP with the response cache on (a repeated query: a version read and the bytes).
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { measure, type Timing } from '../api/measure.js';
import { post } from '../api/post.js';
import { MAIN_QUERY } from '../api/queries.js';
import { spawnServer } from '../api/spawnServer.js';
import { processCpuSeconds, startBenchNeo4j } from '../api/startBenchNeo4j.js';
import { CYPHER_MAIN_QUERY } from './peerTypeDefs.js';
import { serveHandCypher } from './serveHandCypher.js';

const { values } = parseArgs({ options: { positions: { type: 'string', default: '20000' }, runs: { type: 'string', default: '40' } } });
const bundle = generateCorpus({ positions: Number(values.positions), seed: 1 });
const runs = Number(values.runs);
const server = await startBenchNeo4j();
const store = createNeo4jStore({ uri: server.uri });
const driver = neo4j.driver(server.uri, undefined, { logging: { level: 'error', logger: () => {} } });
const stops: (() => Promise<unknown>)[] = [() => server.stop(), () => store.close(), () => driver.close()];
try {
  await store.replaceGraph(bundle);
  const handOverHttp = await serveHandCypher(driver);
  stops.unshift(() => handOverHttp.close());
  const interpreted = await spawnServer({ NEO4J_URI: server.uri, RESPONSE_CACHE_MB: '0', GRAPHQL_COMPILE_AFTER: String(Number.MAX_SAFE_INTEGER) });
  stops.unshift(() => interpreted.stop());
  const uncached = await spawnServer({ NEO4J_URI: server.uri, RESPONSE_CACHE_MB: '0' });
  stops.unshift(() => uncached.stop());
  const cached = await spawnServer({ NEO4J_URI: server.uri });
  stops.unshift(() => cached.stop());
  const page = { first: 100, after: null };
  // `pid`: the API server whose own CPU per request is measured too. On a busy machine latency
  // moves with everything else on the two cores, the server's CPU time only with its own work.
  const paths: Record<string, { run: () => Promise<unknown>; pid?: number }> = {
    'hand-written Cypher (driver)': { run: () => driver.executeQuery(CYPHER_MAIN_QUERY, {}, { routing: 'READ' }) },
    'hand-written Cypher behind plain HTTP': { run: () => post(handOverHttp.url, '{}') },
    'store.listPositionsWithReferences': { run: () => store.listPositionsWithReferences({}, page, { actors: true, targets: true, documents: true }) },
    'store.getGraphVersion': { run: () => store.getGraphVersion() },
    'our API, response cache off, graphql-js': { run: () => post(interpreted.url, MAIN_QUERY), pid: interpreted.pid },
    'our API, response cache off, compiled': { run: () => post(uncached.url, MAIN_QUERY), pid: uncached.pid },
    'our API, response cache on': { run: () => post(cached.url, MAIN_QUERY), pid: cached.pid },
  };
  for (const { run } of Object.values(paths)) await run(); // warm each path (plans, JIT, caches, the compiled query)
  const samples = new Map<string, Timing[]>(Object.keys(paths).map((name) => [name, []]));
  const serverCpu = new Map<string, { seconds: number; requests: number }>();
  const perRound = Math.max(1, Math.floor(runs / 5));
  for (let round = 0; round < 5; round += 1) {
    for (const [name, { run, pid }] of Object.entries(paths)) {
      const before = pid ? processCpuSeconds(pid) : 0;
      samples.get(name)!.push(await measure(run, perRound));
      if (!pid) continue;
      const total = serverCpu.get(name) ?? { seconds: 0, requests: 0 };
      // + 1: measure's warm-up run, inside the CPU window too.
      serverCpu.set(name, { seconds: total.seconds + processCpuSeconds(pid) - before, requests: total.requests + perRound + 1 });
    }
  }
  const references = await store.listPositionsWithReferences({}, page, { actors: true, targets: true, documents: true });
  // The page carries its documents without their texts; what it leaves out, for the record.
  const texts = await store.getDocumentsByIds(references.references.documents.map((d) => d.id));
  const textBytes = texts.reduce((sum, d) => sum + Buffer.byteLength(d?.text ?? ''), 0);
  const median = (list: Timing[]) => list.map((t) => t.p50).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const floor = median(samples.get('hand-written Cypher (driver)')!);
  console.log(`| path (${bundle.positions.length.toLocaleString('en')} positions) | p50 ms | / hand-written | worst round p99 ms | server CPU ms per request |\n|---|---:|---:|---:|---:|`);
  for (const [name, list] of samples) {
    const cpu = serverCpu.get(name);
    const perRequest = cpu ? ((1000 * cpu.seconds) / cpu.requests).toFixed(2) : '';
    console.log(`| ${name} | ${median(list).toFixed(1)} | ${(median(list) / floor).toFixed(2)} × | ${Math.max(...list.map((t) => t.p99)).toFixed(1)} | ${perRequest} |`);
  }
  console.log(`\nthe page names ${references.references.documents.length} documents, whose texts (${Math.round(textBytes / 1024)} KiB) it does not carry`);
} finally {
  for (const stop of stops) await stop().catch(() => {});
}
