import type { GraphCounts, GraphStore } from '../store/port.js';
import { loadSeeds } from './loadSeeds.js';

export interface SyncResult {
  /** Whether the store was (re)loaded; false when it already held these seeds. */
  readonly loaded: boolean;
  readonly counts: GraphCounts;
  readonly fingerprint: string;
}

/**
 * Brings a store up to date with a seeds folder: validates the seeds, and replaces the stored graph
 * when the seeds' fingerprint differs from the stored one (or `force` is set). Invalid seeds throw
 * `AnnotationError` before anything is written.
 */
export async function syncSeeds(options: {
  store: GraphStore;
  seedsDir: string;
  force?: boolean;
}): Promise<SyncResult> {
  const bundle = await loadSeeds({ seedsDir: options.seedsDir });
  const stored = await options.store.getFingerprint();
  if (!options.force && stored === bundle.fingerprint) {
    return { loaded: false, counts: await options.store.countGraph(), fingerprint: bundle.fingerprint };
  }
  const counts = await options.store.replaceGraph(bundle);
  return { loaded: true, counts, fingerprint: bundle.fingerprint };
}
