import { loadVersionedInput, type AnalysisInput, type AnalysisScope, type GraphStore, type VersionedInput } from '../../graph/index.js';
import { storeConfigOf } from '../../graph/store/createStore.js';
import { runAnalysisJob, jobKey, type AnalysisJob } from './analysisJobs.js';
import { analysisPoolFor } from './analysisPool.js';
import { scopeKey } from './scopeKey.js';
import { deserializeError } from './workerError.js';

/**
 * Analysis inputs and results kept between requests, per store, keyed by the graph's version and
 * the normalised scope (and, for results, the analysis and its options). An analysis is a pure
 * function of its input (graph/analysis/AnalysisInput.ts), so an answer computed for a version
 * stays right until the version moves; every request asks the store for its current version first,
 * so a write by any process is seen by the next request (the server keeps no state the store
 * does not confirm). Memory is bounded: at most INPUTS inputs and RESULTS results, least recently
 * used dropped first; a new version drops everything older, except the most recently used input,
 * which the same scope's next read updates instead of reading the corpus again (only the documents
 * written since are read: loadVersionedInput).
 *
 * Jobs (analysisJobs.ts) of a store made by createStore run in the analysis worker thread
 * (analysisPool.ts), which holds the input; this thread holds only the answers. An answer the
 * worker computed at another graph version than this request's (a write came in between) is
 * returned but not kept.
 */
export interface AnalysisCache {
  /** The input for `scope` at the store's current version (read once per version and scope). */
  input(scope: AnalysisScope): Promise<AnalysisInput>;
  /** `compute(input)` for `scope`, remembered under `key` (the analysis name and its options). */
  result<T>(scope: AnalysisScope, key: string, compute: (input: AnalysisInput) => T): Promise<T>;
  /** The answer of `job` for `scope`, computed once per version (in the worker thread if there is one). */
  job(scope: AnalysisScope, job: AnalysisJob): Promise<unknown>;
  /** The store's current graph version (`getGraphVersion`, which advances on every write), emptying the cache when it moved. */
  version(): Promise<string>;
}

// Two: at 300,000 positions an input is ~250 MB, and the explorer asks for two scopes at most
// (with and without unreviewed suggestions).
const INPUTS = 2;
const RESULTS = 64;

export function analysisCacheOf(store: GraphStore): AnalysisCache {
  let cache = caches.get(store);
  if (cache === undefined) caches.set(store, (cache = createAnalysisCache(store)));
  return cache;
}

/**
 * Starts reading the default scope's input (every reviewed position) in the background, so that
 * the first analysis asked for after a start or a write does not wait for that read: at 300,000
 * positions it takes tens of seconds, and the explorer asks for an analysis as it opens. Small
 * graphs load on demand in a fraction of a second and are left alone. A failure is left to the
 * request that meets it.
 */
export async function warmAnalyses(store: GraphStore, minPositions = WARM_MIN_POSITIONS): Promise<void> {
  try {
    if ((await store.countGraph()).positions < minPositions) return;
    await analysisCacheOf(store).job({}, { name: 'basis' });
  } catch {
    // The same read fails again for the request that needs it, and is reported there.
  }
}

// Private:

const WARM_MIN_POSITIONS = 20_000;

const caches = new WeakMap<GraphStore, AnalysisCache>();

function createAnalysisCache(store: GraphStore): AnalysisCache {
  let version: string | null = null;
  const inputs = new LruMap<string, Promise<VersionedInput>>(INPUTS);
  const results = new LruMap<string, Promise<unknown>>(RESULTS);
  /** The most recently used input, by scope key; at a version change it becomes `previous`. */
  let latest: ScopedInput | null = null;
  /** The last version's most recently used input, until that scope is read again. */
  let previous: ScopedInput | null = null;

  /** Current version; when it moved, everything cached belongs to the old graph and goes. */
  const sync = async (): Promise<string> => {
    const current = await store.getGraphVersion();
    if (current !== version) {
      // One input kept, not all: at 300,000 positions each is ~250 MB (its update shares the rest).
      previous = latest;
      latest = null;
      inputs.clear();
      results.clear();
      version = current;
    }
    return current;
  };
  const remember = <T>(map: LruMap<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    map.set(key, made);
    // A failure (unknown id, store outage) is answered once, not remembered.
    made.catch(() => map.get(key) === made && map.delete(key));
    return made;
  };
  const pool = analysisPoolFor(storeConfigOf(store));
  const input = async (scope: AnalysisScope): Promise<AnalysisInput> => {
    const scoped = scopeKey(scope);
    const key = `${await sync()}\u0000${scoped}`;
    const loaded = remember(inputs, key, async () => {
      const before = previous?.scope === scoped ? previous.input : undefined;
      if (before !== undefined) previous = null;
      // A previous read that failed is no basis: read everything.
      return loadVersionedInput(store, scope, { argumentPrefix: 'scope.', previous: await before?.catch(() => undefined) });
    });
    latest = { scope: scoped, input: loaded };
    return (await loaded).input;
  };
  return {
    input,
    version: sync,
    async result<T>(scope: AnalysisScope, key: string, compute: (input: AnalysisInput) => T): Promise<T> {
      const full = `${await sync()}\u0000${scopeKey(scope)}\u0000${key}`;
      return remember(results, full, async () => compute(await input(scope))) as Promise<T>;
    },
    async job(scope: AnalysisScope, job: AnalysisJob): Promise<unknown> {
      const at = await sync();
      const full = `${at}\u0000${scopeKey(scope)}\u0000job:${jobKey(job)}`;
      const made = remember(results, full, async () => {
        if (pool === null) return { version: at, result: runAnalysisJob(await input(scope), job) };
        const answer = await pool.run({ scope, job });
        if ('error' in answer) throw deserializeError(answer.error);
        return answer;
      });
      const answer = (await made) as { version: string; result: unknown };
      if (answer.version !== at && results.get(full) === made) results.delete(full);
      return answer.result;
    },
  };
}

interface ScopedInput {
  readonly scope: string;
  readonly input: Promise<VersionedInput>;
}

/** A Map that keeps at most `limit` entries, dropping the least recently used. */
class LruMap<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly limit: number) {}
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value as K);
  }
  delete(key: K): void {
    this.#entries.delete(key);
  }
  clear(): void {
    this.#entries.clear();
  }
}
