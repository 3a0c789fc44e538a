import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitBundle, type DocumentWrite, type GraphBundle } from '../../graph/index.js';
import { createStore, type StoreConfig } from '../../graph/store/createStore.js';
import { loadCorpus, reloadUnchanged, type LoadMethod } from './loadCorpus.js';
import { summarise, timed, type Timing } from './measure.js';
import { post, postJson } from './post.js';
import { benchQueries, concurrentAnalyses, COUNTS_QUERY, subjectsOf } from './queries.js';
import { rssMiB, spawnServer } from './spawnServer.js';
import { startBenchNeo4j } from './startBenchNeo4j.js';
import type { WarmRequest, WarmResult } from './timeWarm.js';
import { waitUntilIdle, type IdleWait } from './waitUntilIdle.js';

export type BenchStoreKind = 'sqlite' | 'neo4j';

export interface StoreResult {
  readonly store: BenchStoreKind;
  readonly loadMs: number | null;
  readonly loadError: string | null;
  /** Loading the same corpus again the way a start does (fingerprint unchanged: nothing written). */
  readonly reloadUnchangedMs: number | null;
  /** First request of each analysis after load: what a cold cache costs. */
  readonly coldMs: ReadonlyMap<string, number>;
  readonly queries: ReadonlyMap<string, Timing>;
  /** Queries that failed (a GraphQL error, or the server gone), with the first line of the error. */
  readonly failures: ReadonlyMap<string, string>;
  readonly countsAlone: Timing | null;
  readonly countsUnderLoad: Timing | null;
  /** `{ counts }` while the first (cold) request of each query runs. */
  readonly countsBesideCold: Timing | null;
  readonly serverRssMiB: number | null;
  /** The server's peak resident memory over the run (VmHWM). */
  readonly serverPeakRssMiB: number | null;
  /** The server's peak RSS once it has also taken in another process's write (Neo4j only): the update reads beside the input it replaces. */
  readonly serverPeakAfterWriteMiB: number | null;
  /** Size of the zero draft as served, in bytes (UTF-8): Markdown and JSON. */
  readonly zeroDraftBytes: { readonly markdown: number; readonly json: number } | null;
  readonly neo4jRssMiB: number | null;
  /**
   * Neo4j only: the first divergences request after another process put one document (one stance
   * changed) and the server has seen the new graph version, against its cold figure (a
   * whole-corpus read): the analysis input is brought up to date from that document alone. The
   * embedded store takes no writes while a server holds it.
   */
  readonly afterOneWriteMs: number | null;
  /** The wait for the server (and Neo4j) to come to rest between the cold requests and the warm runs. */
  readonly idleWait: IdleWait | null;
}

export interface BenchOptions {
  readonly bundle: GraphBundle;
  readonly store: BenchStoreKind;
  readonly runs: number;
  readonly log: (line: string) => void;
  /** How the corpus is loaded (loadCorpus.ts); default 'replace'. */
  readonly load?: LoadMethod;
}

/**
 * Loads `bundle` into a fresh store of `kind` (a temp SQLite folder, or a private Neo4j), serves it
 * from a child process, and times every query of `benchQueries` over HTTP, then the stall of a
 * cheap query while analyses run concurrently. Everything it started is stopped before it returns.
 */
export async function runBench(options: BenchOptions): Promise<StoreResult> {
  const { bundle, log } = options;
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let config: StoreConfig;
    let neo4jPid: number | null = null;
    if (options.store === 'sqlite') {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-bench-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      config = { kind: 'sqlite', dataDir };
    } else {
      log('starting a private Neo4j...');
      const neo4j = await startBenchNeo4j();
      cleanups.push(() => neo4j.stop());
      neo4jPid = neo4j.pid;
      config = { kind: 'neo4j', uri: neo4j.uri, user: 'neo4j', password: '', database: undefined };
    }

    const store = await createStore(config);
    let loadMs: number | null = null;
    let loadError: string | null = null;
    let reloadUnchangedMs: number | null = null;
    try {
      log(`${options.store}: loading ${bundle.positions.length} positions...`);
      loadMs = (await timed(() => loadCorpus(store, bundle, options.load ?? 'replace')))[1];
      // What a start does with an unchanged corpus (syncSeeds): compare fingerprints, write nothing.
      reloadUnchangedMs = (await timed(() => reloadUnchanged(store, bundle, options.load ?? 'replace')))[1];
    } catch (error) {
      loadError = (error as Error).message.split('\n')[0]!.slice(0, 300);
    } finally {
      await store.close();
    }
    const empty = { loadMs, loadError, reloadUnchangedMs, coldMs: new Map(), queries: new Map(), failures: new Map(), countsAlone: null, countsUnderLoad: null, countsBesideCold: null, serverRssMiB: null, serverPeakRssMiB: null, serverPeakAfterWriteMiB: null, zeroDraftBytes: null, neo4jRssMiB: null, afterOneWriteMs: null, idleWait: null };
    if (loadError !== null) return { store: options.store, ...empty };

    const server = await spawnServer(config.kind === 'sqlite' ? { DATA_DIR: config.dataDir } : { NEO4J_URI: config.uri });
    cleanups.unshift(() => server.stop());
    const subjects = subjectsOf(bundle);
    const queries = benchQueries(subjects);
    const coldMs = new Map<string, number>();
    const failures = new Map<string, string>();
    // A failing query is reported in the table, not allowed to end the run.
    const attempt = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work();
      } catch (error) {
        // A socket error's message ("socket hang up") says less than its code (ECONNRESET).
        const code = (error as NodeJS.ErrnoException).code;
        const because = code ? ` (${code})` : '';
        failures.set(name, `${String((error as Error).message ?? error).split('\n')[0]!.slice(0, 160)}${because}`);
        log(`${options.store}: ${name} failed: ${failures.get(name)}`);
        return null;
      }
    };
    // The first request of each query, while `{ counts }` is sampled alongside: what a cold cache
    // costs, and whether computing it holds up a cheap request (answers read, not parsed here).
    const countsBesideCold = await attempt('counts beside cold analyses', () =>
      sampleCounts(server.url, async () => {
        for (const query of queries) {
          const cold = await attempt(query.name, () => timed(() => query.send(server.url)));
          if (cold !== null) coldMs.set(query.name, cold[1]);
        }
      }),
    );
    const idleWait = await waitUntilIdle(neo4jPid === null ? [server.pid] : [server.pid, neo4jPid]);
    log(`${options.store}: ${idleWait.settled ? 'at rest' : 'still busy'} after ${(idleWait.waitedMs / 1000).toFixed(1)} s; warm runs`);
    const results = new Map<string, Timing>();
    const warm = await attempt('warm runs', () =>
      timeWarm({ url: server.url, runs: options.runs, queries: queries.filter((q) => !failures.has(q.name)).map((q) => ({ name: q.name, ...q.request })) }),
    );
    for (const result of warm ?? []) {
      if ('error' in result) {
        failures.set(result.name, result.error);
        log(`${options.store}: ${result.name} failed: ${result.error}`);
        continue;
      }
      results.set(result.name, result.timing);
      log(`${options.store}: ${result.name} p50 ${result.timing.p50.toFixed(1)} ms, p99 ${result.timing.p99.toFixed(1)} ms`);
    }

    const countsAlone = await attempt('counts alone', async () => {
      const [result] = await timeWarm({ url: server.url, runs: Math.max(options.runs, 50), queries: [{ name: 'counts alone', query: COUNTS_QUERY, variables: {} }] });
      if (result === undefined || 'error' in result) throw new Error(result?.error ?? 'no answer from the warm timer');
      return result.timing;
    });
    const countsUnderLoad = await attempt('counts beside analyses', () =>
      stall(server.url, concurrentAnalyses(subjects).map((q) => () => q.send(server.url)), options.runs),
    );
    const serverRssMiB = await attempt('server RSS', async () => rssMiB(server.pid));
    const serverPeakRssMiB = await attempt('server peak RSS', async () => rssMiB(server.pid, 'VmHWM'));
    const zeroDraftBytes = await attempt('zero draft size', async () => {
      const size = async (query: string) => Buffer.byteLength((await post(server.url, query)).zeroDraft as string, 'utf8');
      return { markdown: await size('{ zeroDraft }'), json: await size('{ zeroDraft(format: JSON) }') };
    });

    const divergences = queries.find((q) => q.name === 'divergences')!;
    const afterOneWriteMs =
      config.kind !== 'neo4j'
        ? null
        : await attempt('divergences after one document write', async () => {
            const writer = await createStore(config);
            let written: string;
            try {
              written = (await writer.putDocument(oneStanceChanged(bundle))).graphVersion;
            } finally {
              await writer.close();
            }
            // A server sees another process's write within its graph version lease (a second on
            // Neo4j): wait until its answers say so (the Graph-Version header), so that the
            // request timed is the first to read the new input.
            for (let ask = 0; (await graphVersionServed(server.url)) !== written; ask += 1) {
              if (ask >= 600) throw new Error(`the server did not see graph version ${written} within a minute`);
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return (await timed(() => divergences.send(server.url)))[1];
          });
    const serverPeakAfterWriteMiB = afterOneWriteMs === null ? null : await attempt('server peak RSS after one write', async () => rssMiB(server.pid, 'VmHWM'));

    return {
      store: options.store,
      afterOneWriteMs,
      idleWait,
      loadMs,
      loadError,
      reloadUnchangedMs,
      coldMs,
      queries: results,
      failures,
      countsAlone,
      countsUnderLoad,
      countsBesideCold,
      serverRssMiB,
      serverPeakRssMiB,
      serverPeakAfterWriteMiB,
      zeroDraftBytes,
      neo4jRssMiB: neo4jPid === null ? null : rssMiB(neo4jPid),
    };
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

/** The graph version a server answers a cheap query at (its Graph-Version header). */
async function graphVersionServed(url: string): Promise<string | null> {
  const answer = await postJson(`${url}/graphql`, '{"query":"{ __typename }"}');
  const version = answer.headers['graph-version'];
  return typeof version === 'string' ? version : null;
}

/** The bundle's first document with a stance on it changed: a write as an ingest makes one. */
function oneStanceChanged(bundle: GraphBundle): DocumentWrite {
  const unit = splitBundle(bundle).documents[0]!;
  const positions = unit.positions.map((p, i) => (i === 0 ? { ...p, stance: p.stance === 'OPPOSES' ? ('SUPPORTS' as const) : ('OPPOSES' as const) } : p));
  return { ...unit, positions, fingerprint: `${unit.fingerprint}-edited` };
}

/**
 * Latency of `{ counts }` requests sent one after another while every analysis in `analyses` runs
 * `rounds` times in its own concurrent loop: how long a cheap request waits behind heavy ones.
 */
async function stall(url: string, analyses: readonly (() => Promise<unknown>)[], rounds: number): Promise<Timing> {
  return sampleCounts(url, () =>
    Promise.all(
      analyses.map(async (analysis) => {
        for (let i = 0; i < rounds; i += 1) await analysis();
      }),
    ),
  );
}

/** The warm runs of `request`, timed by a process of its own (timeWarm.ts: why). */
async function timeWarm(request: WarmRequest): Promise<WarmResult[]> {
  const timer = spawn(process.execPath, ['--import', 'tsx', WARM_TIMER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const output: string[] = [];
  createInterface({ input: timer.stdout! }).on('line', (line) => output.push(line));
  const exited = new Promise<void>((resolve, reject) =>
    timer.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`warm timer exited with code ${code}`)))),
  );
  timer.stdin!.end(`${JSON.stringify(request)}\n`);
  await exited;
  return (JSON.parse(output.join('')) as { results: WarmResult[] }).results;
}

const WARM_TIMER = fileURLToPath(new URL('./timeWarm.ts', import.meta.url));

/**
 * Latency of `{ counts }` requests sent one after another for as long as `work` runs, by a sampler
 * in its own process (sampleCounts.ts), so that this process's handling of the analyses' answers
 * is not counted as the server's stall.
 */
async function sampleCounts(url: string, work: () => Promise<unknown>): Promise<Timing> {
  const sampler = spawn(process.execPath, ['--import', 'tsx', SAMPLER, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: sampler.stdout! });
  const exited = new Promise<void>((resolve, reject) =>
    // 'close', not 'exit': its output is read to the end before the answer is parsed.
    sampler.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`stall sampler exited with code ${code}`)))),
  );
  const output: string[] = [];
  const ready = new Promise<void>((resolve) =>
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      else output.push(line);
    }),
  );
  await Promise.race([ready, exited]);
  try {
    await work();
  } finally {
    sampler.stdin!.end();
  }
  await exited;
  const { times, failed } = JSON.parse(output.join('')) as { times: number[]; failed: number };
  if (failed > 0) process.stderr.write(`counts beside analyses: ${failed} of ${failed + times.length} requests failed\n`);
  return summarise(times);
}

const SAMPLER = fileURLToPath(new URL('./sampleCounts.ts', import.meta.url));
