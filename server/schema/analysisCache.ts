import { loadAnalysisInput, scopeKeyOf, type AnalysisInput, type AnalysisScope, type GraphStore } from '../../graph/index.js';

/**
 * Analysis inputs and results kept between requests, per store, keyed by the graph's version and
 * the normalised scope (and, for results, the analysis and its options). An analysis is a pure
 * function of its input (graph/analysis/AnalysisInput.ts), so an answer computed for a version
 * stays right until the version moves; every request asks the store for its current version first,
 * so a write by any process is seen by the next request (the server keeps no state the store
 * does not confirm). Memory is bounded: at most INPUTS inputs and RESULTS results, least recently
 * used dropped first; a new version drops everything older.
 */
export interface AnalysisCache {
  /** The input for `scope` at the store's current version (read once per version and scope). */
  input(scope: AnalysisScope): Promise<AnalysisInput>;
  /** `compute(input)` for `scope`, remembered under `key` (the analysis name and its options). */
  result<T>(scope: AnalysisScope, key: string, compute: (input: AnalysisInput) => T): Promise<T>;
  /** The store's current graph version (`getGraphVersion`, which advances on every write), emptying the cache when it moved. */
  version(): Promise<string>;
  /** A whole GraphQL response remembered for `key` at `version`, if any (see analysisResponseCache.ts). */
  response(version: string, key: string): unknown;
  /** Remembers a response of `size` characters; responses together stay under RESPONSE_CHARS. */
  rememberResponse(version: string, key: string, data: unknown, size: number): void;
}

const INPUTS = 4;
const RESULTS = 64;
/** About 64 MB of JSON text (UTF-16), the largest share of memory the cache may hold. */
const RESPONSE_CHARS = 32 * 1024 * 1024;

export function analysisCacheOf(store: GraphStore): AnalysisCache {
  let cache = caches.get(store);
  if (cache === undefined) caches.set(store, (cache = createAnalysisCache(store)));
  return cache;
}

// Private:

const caches = new WeakMap<GraphStore, AnalysisCache>();

function createAnalysisCache(store: GraphStore): AnalysisCache {
  let version: string | null = null;
  const inputs = new LruMap<string, Promise<AnalysisInput>>(INPUTS);
  const results = new LruMap<string, Promise<unknown>>(RESULTS);
  const responses = new LruMap<string, { data: unknown; size: number }>(Number.POSITIVE_INFINITY);
  let responseChars = 0;

  /** Current version; when it moved, everything cached belongs to the old graph and goes. */
  const sync = async (): Promise<string> => {
    const current = await store.getGraphVersion();
    if (current !== version) {
      inputs.clear();
      results.clear();
      responses.clear();
      responseChars = 0;
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
  const input = async (scope: AnalysisScope): Promise<AnalysisInput> => {
    const key = `${await sync()}\u0000${scopeKey(scope)}`;
    return remember(inputs, key, () => loadAnalysisInput(store, scope, { argumentPrefix: 'scope.' }));
  };
  return {
    input,
    version: sync,
    response: (at, key) => (at === version ? responses.get(key)?.data : undefined),
    rememberResponse(at, key, data, size) {
      if (at !== version || size > RESPONSE_CHARS / 4) return;
      responses.set(key, { data, size });
      responseChars += size;
      while (responseChars > RESPONSE_CHARS) {
        const oldest = responses.shift();
        if (oldest === undefined) break;
        responseChars -= oldest.size;
      }
    },
    async result<T>(scope: AnalysisScope, key: string, compute: (input: AnalysisInput) => T): Promise<T> {
      const full = `${await sync()}\u0000${scopeKey(scope)}\u0000${key}`;
      return remember(results, full, async () => compute(await input(scope))) as Promise<T>;
    },
  };
}

/** Every scope field, normalised (graph/analysis scopeKeyOf): two spellings of one scope share an entry. */
function scopeKey(scope: AnalysisScope): string {
  return scopeKeyOf(scope);
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
  /** Removes and returns the least recently used value. */
  shift(): V | undefined {
    const first = this.#entries.entries().next();
    if (first.done) return undefined;
    this.#entries.delete(first.value[0]);
    return first.value[1];
  }
  delete(key: K): void {
    this.#entries.delete(key);
  }
  clear(): void {
    this.#entries.clear();
  }
}
