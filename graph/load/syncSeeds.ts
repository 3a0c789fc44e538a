import type { GraphCounts, GraphStore } from '../store/port.js';
import { loadSeeds } from './loadSeeds.js';
import { splitBundle, type GraphUnits } from './splitBundle.js';

export interface SyncResult {
  /** Whether anything was written; false when the store already held these seeds. */
  readonly loaded: boolean;
  readonly counts: GraphCounts;
  /** Fingerprint of the seed files. */
  readonly fingerprint: string;
  /** Whether the shared catalog was written. */
  readonly catalogWritten: boolean;
  /** Ids of the documents put (new or changed), and of those removed (stored but gone from the seeds). */
  readonly put: readonly string[];
  readonly removed: readonly string[];
  /** The graph version after the sync. */
  readonly graphVersion: string;
}

/**
 * Brings a store up to date with a seeds folder: validates the seeds completely (invalid seeds
 * throw `AnnotationError` before anything is written), then writes only what changed, one unit per
 * transaction (`syncUnits`). `force` rewrites every unit.
 */
export async function syncSeeds(options: { store: GraphStore; seedsDir: string; force?: boolean }): Promise<SyncResult> {
  const bundle = await loadSeeds({ seedsDir: options.seedsDir });
  return syncUnits({ store: options.store, units: splitBundle(bundle), force: options.force });
}

/**
 * Writes the units whose fingerprint differs from the stored one, in an order that keeps every
 * intermediate state whole (every reference resolves between two transactions):
 * 1. the shared catalog, if changed: new entries exist before documents use them, and entries it
 *    dropped stay while a stored document still refers to them;
 * 2. documents stored but gone from `units` are removed (first, so their statement and position
 *    ids are free for a document that took them over);
 * 3. new and changed documents are put, in id order.
 * Each write is its own transaction: a failure stops the sync with the store holding every unit
 * written so far and nothing of the failed one; the next sync resumes from there. Limit: two
 * documents that swap statement or position ids cannot be put one after the other; remove one
 * first.
 */
export async function syncUnits(options: { store: GraphStore; units: GraphUnits; force?: boolean }): Promise<SyncResult> {
  const { store, units } = options;
  const force = options.force ?? false;
  const catalogWritten = force || (await store.getCatalogFingerprint()) !== units.catalog.fingerprint;
  if (catalogWritten) await store.putCatalog(units.catalog);

  const stored = new Map((await store.listDocumentFingerprints()).map((d) => [d.documentId, d.fingerprint]));
  const wanted = new Set(units.documents.map((d) => d.document.id));
  const removed: string[] = [];
  for (const documentId of stored.keys()) {
    if (wanted.has(documentId)) continue;
    await store.removeDocument(documentId);
    removed.push(documentId);
  }
  const put: string[] = [];
  for (const write of units.documents) {
    if (!force && stored.get(write.document.id) === write.fingerprint) continue;
    await store.putDocument(write);
    put.push(write.document.id);
  }
  return {
    loaded: catalogWritten || put.length > 0 || removed.length > 0,
    counts: await store.countGraph(),
    fingerprint: units.fingerprint,
    catalogWritten,
    put,
    removed,
    graphVersion: await store.getGraphVersion(),
  };
}
