import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import type { GraphBundle } from '../../graph/index.js';
import { createStore } from '../../graph/store/createStore.js';
import { loadCorpus, type LoadMethod } from '../api/loadCorpus.js';
import { measure, type Timing } from '../api/measure.js';
import { post, postJson } from '../api/post.js';
import { MAIN_QUERY } from '../api/queries.js';
import { spawnServer } from '../api/spawnServer.js';
import { startServer } from '../../server/http/startServer.js';
import { startBenchNeo4j } from '../api/startBenchNeo4j.js';
import { CYPHER_MAIN_QUERY, PEER_MAIN_QUERY, PEER_TYPE_DEFS } from './peerTypeDefs.js';
import { serveHandCypher } from './serveHandCypher.js';

export interface PeerOptions {
  readonly bundle: GraphBundle;
  readonly runs: number;
  readonly log: (line: string) => void;
  readonly load?: LoadMethod;
}

/**
 * The project's main query (100 positions with actor, target and evidence) on one Neo4j, five
 * ways, in one run, alternating so that background load hits all alike: our API over HTTP (in its
 * own process, as deployed, and in this process, as the peer and the plain HTTP floor run),
 * @neo4j/graphql serving the same database over HTTP, one hand-written Cypher query through
 * the driver (no HTTP: the floor), and the same query behind plain HTTP (what HTTP and JSON add).
 * Every path executes every request (our response cache is off).
 * Returns a Markdown table with the ratios.
 */
export async function runPeerBench(options: PeerOptions): Promise<string> {
  options.log('peer: starting a private Neo4j...');
  const server = await startBenchNeo4j();
  const cleanups: (() => Promise<unknown>)[] = [() => server.stop()];
  try {
    const store = await createStore({ kind: 'neo4j', uri: server.uri, user: 'neo4j', password: '', database: undefined });
    options.log(`peer: loading ${options.bundle.positions.length} positions...`);
    await loadCorpus(store, options.bundle, options.load ?? 'replace');
    await store.close();

    // Response cache off: the other two paths execute every request, so ours must too (a repeated
    // query would otherwise be a graph-version read and cached bytes, not the main query).
    const ours = await spawnServer({ NEO4J_URI: server.uri, RESPONSE_CACHE_MB: '0' });
    cleanups.unshift(() => ours.stop());
    // Ours again, in this process, as @neo4j/graphql and the plain HTTP floor run: on 2 cores a
    // third process (client, server, Neo4j) pays for scheduling that the others do not.
    const oursHere = await startOursInProcess(server.uri);
    cleanups.unshift(oursHere.stop);
    const driver = neo4j.driver(server.uri, undefined, { logging: { level: 'error', logger: () => {} } });
    cleanups.unshift(() => driver.close());
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
    const apollo = new ApolloServer({ schema });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({}) });
    cleanups.unshift(() => apollo.stop());
    const peerUrl = url.replace(/\/$/, '');
    const floorOverHttp = await serveHandCypher(driver);
    cleanups.unshift(() => floorOverHttp.close());

    const runs: Record<string, () => Promise<unknown>> = {
      'our API (GraphQL over HTTP)': () => post(ours.url, MAIN_QUERY),
      'our API in this process (GraphQL over HTTP, as the peer runs)': () => post(oursHere.url, MAIN_QUERY),
      '@neo4j/graphql 7 (GraphQL over HTTP)': () => postPeer(peerUrl, PEER_MAIN_QUERY),
      'hand-written Cypher (driver, no HTTP)': () => driver.executeQuery(CYPHER_MAIN_QUERY, {}, { routing: 'READ' }),
      'hand-written Cypher over plain HTTP (JSON, no GraphQL)': () => postFloor(floorOverHttp.url),
    };
    // Our server starts reading the analysis input in its worker at start (graphs of 20,000+
    // positions): wait for it, by asking for an analysis, so the main query is not timed beside it.
    for (const url of [ours.url, oursHere.url]) await post(url, '{ divergences { margin } }');
    const rows = await Promise.all(Object.values(runs).map((run) => run())); // warm every path once
    if (rows.length !== Object.keys(runs).length) throw new Error('peer: a path failed to warm up');
    const timings = new Map<string, Timing>(Object.keys(runs).map((name) => [name, { p50: 0, p99: 0, max: 0, runs: 0 }]));
    // Interleaved rounds, a few runs each, so load spikes on the shared machine spread evenly.
    const perRound = Math.max(1, Math.floor(options.runs / 5));
    const samples = new Map<string, Timing[]>(Object.keys(runs).map((name) => [name, []]));
    for (let round = 0; round < 5; round += 1) {
      for (const [name, run] of Object.entries(runs)) samples.get(name)!.push(await measure(run, perRound));
    }
    for (const [name, list] of samples) {
      const p50s = list.map((t) => t.p50).sort((a, b) => a - b);
      timings.set(name, { p50: p50s[Math.floor(p50s.length / 2)]!, p99: Math.max(...list.map((t) => t.p99)), max: Math.max(...list.map((t) => t.max)), runs: perRound * list.length });
    }
    const ourP50 = timings.get('our API (GraphQL over HTTP)')!.p50;
    const ourHereP50 = timings.get('our API in this process (GraphQL over HTTP, as the peer runs)')!.p50;
    const lines = [
      `### Main query side by side on one Neo4j (${options.bundle.positions.length.toLocaleString('en')} positions)`,
      '',
      '| path | p50 ms | worst ms | our p50 / this p50 | our p50 in this process / this p50 |',
      '|---|---:|---:|---:|---:|',
      ...[...timings].map(
        ([name, t]) => `| ${name} | ${t.p50.toFixed(1)} | ${t.p99.toFixed(1)} | ${(ourP50 / t.p50).toFixed(2)} × | ${(ourHereP50 / t.p50).toFixed(2)} × |`,
      ),
      '',
      'Goals: our API ≤ 0.8 × @neo4j/graphql and ≤ 1.5 × the hand-written Cypher query (driver, no HTTP).',
    ];
    return lines.join('\n');
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}

/** Our server on its own Neo4j store in this process, the response cache off (read from the environment when the server starts). */
async function startOursInProcess(uri: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const store = await createStore({ kind: 'neo4j', uri, user: 'neo4j', password: '', database: undefined });
  const before = process.env.RESPONSE_CACHE_MB;
  process.env.RESPONSE_CACHE_MB = '0';
  try {
    const running = await startServer({ store, port: 0, host: '127.0.0.1' });
    return { url: running.url, stop: async () => { await running.close(); await store.close(); } };
  } finally {
    if (before === undefined) delete process.env.RESPONSE_CACHE_MB;
    else process.env.RESPONSE_CACHE_MB = before;
  }
}

async function postPeer(url: string, query: string): Promise<unknown> {
  const body = JSON.parse((await postJson(url, JSON.stringify({ query }))).text) as { data?: { positions?: unknown[] }; errors?: unknown[] };
  if (body.errors || body.data?.positions?.length !== 100) throw new Error(`@neo4j/graphql: ${JSON.stringify(body.errors ?? body.data).slice(0, 400)}`);
  return body.data;
}

async function postFloor(url: string): Promise<unknown> {
  const body = JSON.parse((await postJson(url, '{}')).text) as { data?: { positions?: unknown[] } };
  if (body.data?.positions?.length !== 100) throw new Error(`hand-written Cypher over HTTP: ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}
