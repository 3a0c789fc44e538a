import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { StoreConfig } from '../../graph/store/createStore.js';
import type { GraphQLAnswer, GraphQLTask, JobAnswer, JobTask } from './analysisWorker.js';

/**
 * Where cold analyses run: one worker thread per process (piscina), shared by every server and
 * store in it, so that reading a whole corpus and computing over it (seconds at 300,000 positions)
 * never holds the event loop that answers cheap requests. One thread, because the machines this
 * serves have few cores and an analysis is one long task; jobs queue in order. The worker is
 * unref'd when idle (piscina), so it never keeps a process alive.
 *
 * The worker opens its own connection to the store the server's was made from (createStore): a
 * read-only one to the embedded store's file, or a Neo4j driver of its own; decoding a whole
 * corpus from Bolt is as much main-thread work as reading it from SQLite. A store not made by
 * createStore (a test's wrapper) computes in the calling thread, as does every store with
 * `ANALYSIS_WORKER=0`.
 */
export interface AnalysisPool {
  /** One analysis answer, as data (analysisWorker.ts `job`). */
  run(task: Omit<JobTask, 'config' | 'kind'>): Promise<JobAnswer>;
  /** A whole analyses-only GraphQL request, answered as the response's bytes (analysisWorker.ts `graphql`). */
  runGraphQL(task: Omit<GraphQLTask, 'config' | 'kind'>): Promise<GraphQLAnswer>;
}

export function analysisPoolFor(config: StoreConfig | null): AnalysisPool | null {
  if (config === null || process.env.ANALYSIS_WORKER === '0') return null;
  return {
    run: (task) => sharedPool().run({ ...task, kind: 'job', config } satisfies JobTask) as Promise<JobAnswer>,
    runGraphQL: (task) => sharedPool().run({ ...task, kind: 'graphql', config } satisfies GraphQLTask) as Promise<GraphQLAnswer>,
  };
}

// Private:

let pool: Piscina | null = null;

function sharedPool(): Piscina {
  pool ??= new Piscina({
    filename: fileURLToPath(new URL('./analysisWorkerEntry.mjs', import.meta.url)),
    minThreads: 1,
    maxThreads: 1,
    // The worker keeps its analysis input between tasks; it is never retired for being idle.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Tasks are async (the store port is): no Atomics.wait parking between them.
    atomics: 'disabled',
  });
  return pool;
}
