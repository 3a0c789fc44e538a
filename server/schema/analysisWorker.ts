import { loadAnalysisInput, type AnalysisInput, type AnalysisScope, type GraphStore } from '../../graph/index.js';
import { createReaderStore } from '../../graph/store/createStore.js';
import { runAnalysisJob, type AnalysisJob } from './analysisJobs.js';
import { scopeKey } from './scopeKey.js';
import { serializeError, type SerializedError } from './workerError.js';

/**
 * The analysis worker thread (run by analysisPool.ts through piscina): reads the analysis input
 * through its own read-only connection to the embedded store and computes jobs from it, so that
 * neither the whole-corpus read nor the computation holds the event loop that serves requests,
 * and the input (every position in scope) lives here, not in the serving thread. Inputs are kept
 * per graph version and scope, the two most recent, as analysisCache.ts kept them before.
 */
export interface WorkerTask {
  readonly dataDir: string;
  readonly scope: AnalysisScope;
  readonly job: AnalysisJob;
}

/** The answer, with the graph version it was computed at (the caller caches it only at its own). */
export type WorkerAnswer = { readonly version: string; readonly result: unknown } | { readonly version: string | null; readonly error: SerializedError };

export default async function runTask(task: WorkerTask): Promise<WorkerAnswer> {
  let version: string | null = null;
  try {
    const store = storeFor(task.dataDir);
    version = await store.getGraphVersion();
    const input = await inputFor(store, version, task.scope);
    return { version, result: runAnalysisJob(input, task.job) };
  } catch (error) {
    return { version, error: serializeError(error) };
  }
}

// Private:

const INPUTS = 2;
let opened: { dataDir: string; store: GraphStore } | null = null;
const inputs = new Map<string, Promise<AnalysisInput>>();

function storeFor(dataDir: string): GraphStore {
  if (opened?.dataDir !== dataDir) {
    void opened?.store.close();
    opened = { dataDir, store: createReaderStore({ kind: 'sqlite', dataDir })! };
    inputs.clear();
  }
  return opened.store;
}

function inputFor(store: GraphStore, version: string, scope: AnalysisScope): Promise<AnalysisInput> {
  const key = `${version}\u0000${scopeKey(scope)}`;
  let input = inputs.get(key);
  if (input === undefined) {
    // An input of an older version is never asked for again: drop those first.
    for (const old of [...inputs.keys()]) if (!old.startsWith(`${version}\u0000`)) inputs.delete(old);
    input = loadAnalysisInput(store, scope, { argumentPrefix: 'scope.' });
    input.catch(() => inputs.get(key) === input && inputs.delete(key));
    inputs.set(key, input);
    while (inputs.size > INPUTS) inputs.delete(inputs.keys().next().value as string);
  } else {
    inputs.delete(key);
    inputs.set(key, input);
  }
  return input;
}
