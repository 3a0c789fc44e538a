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
 * Only the embedded store has a worker: the worker opens its own read-only connection to the
 * same file. Neo4j is read over the network by the driver's own I/O, and its input is computed in
 * the serving thread as before. `ANALYSIS_WORKER=0` turns the worker off (everything in-thread).
 */
export interface AnalysisPool {
  /** One analysis answer, as data (analysisWorker.ts `job`). */
  run(task: Omit<JobTask, 'dataDir' | 'kind'>): Promise<JobAnswer>;
  /** A whole analyses-only GraphQL request, answered as the response's bytes (analysisWorker.ts `graphql`). */
  runGraphQL(task: Omit<GraphQLTask, 'dataDir' | 'kind'>): Promise<GraphQLAnswer>;
}

export function analysisPoolFor(config: StoreConfig | null): AnalysisPool | null {
  if (config?.kind !== 'sqlite' || process.env.ANALYSIS_WORKER === '0') return null;
  const { dataDir } = config;
  return {
    run: (task) => sharedPool().run({ ...task, kind: 'job', dataDir } satisfies JobTask) as Promise<JobAnswer>,
    runGraphQL: (task) => sharedPool().run({ ...task, kind: 'graphql', dataDir } satisfies GraphQLTask) as Promise<GraphQLAnswer>,
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
