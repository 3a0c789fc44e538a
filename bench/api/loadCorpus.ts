import { splitBundle, syncUnits, type GraphBundle, type GraphStore } from '../../graph/index.js';

/**
 * How the benchmark loads its corpus:
 * - 'replace': one `replaceGraph` (the default): one transaction on SQLite; on Neo4j a staged copy
 *   written in bounded transactions and then switched in (graph/store/neo4j/replaceGraph.ts), so
 *   any size loads within the launcher's default `dbms.memory.transaction.total.max`.
 * - 'units': the catalog, then one `putDocument` transaction per document (`syncUnits`, as a
 *   start with changed seeds does): each transaction bounded by one document; ~20 round trips each.
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
