import { splitBundle, syncUnits, type GraphBundle, type GraphStore } from '../../graph/index.js';

/**
 * How the benchmark loads its corpus:
 * - 'replace': one `replaceGraph` transaction (the default; what the figures so far measured).
 *   Neo4j's transaction grows with the corpus and exceeds the launcher's default
 *   `dbms.memory.transaction.total.max` somewhere past 40,000 positions.
 * - 'units': the catalog, then one `putDocument` transaction per document (`syncUnits`, as a
 *   start with changed seeds does): each transaction bounded by one document, so any size loads.
 */
export type LoadMethod = 'replace' | 'units';

export const LOAD_METHODS: readonly LoadMethod[] = ['replace', 'units'];

/** Loads `bundle` into an empty store. */
export async function loadCorpus(store: GraphStore, bundle: GraphBundle, method: LoadMethod): Promise<void> {
  if (method === 'replace') await store.replaceGraph(bundle);
  else await syncUnits({ store, units: splitBundle(bundle) });
}

/**
 * What a start does with the same corpus again: compare fingerprints and write nothing
 * (`getFingerprint` for a replaced graph; every unit's fingerprint, by `syncUnits`, for units).
 */
export async function reloadUnchanged(store: GraphStore, bundle: GraphBundle, method: LoadMethod): Promise<void> {
  if (method === 'replace') {
    if ((await store.getFingerprint()) !== bundle.fingerprint) await store.replaceGraph(bundle);
    return;
  }
  const result = await syncUnits({ store, units: splitBundle(bundle) });
  if (result.loaded) throw new Error(`reload of an unchanged corpus wrote ${result.put.length} documents; expected none`);
}
