import type { Filters } from '../state/ViewState.js';
import type { AnalysisCapabilities } from './detectAnalysis.js';
import { loadServerCommonGround, loadServerSummaries, type AnalysisScope, type ServerCommonGround, type ServerSummary } from './loadServerAnalysis.js';

/** The API's analysis for one scope, as far as the API serves it. */
export interface ServerAnalysis {
  readonly summaries: ReadonlyMap<string, ServerSummary> | null;
  readonly commonGround: readonly ServerCommonGround[] | null;
}

export interface AnalysisCache {
  /**
   * The API's analysis for these filters: the answer when it has arrived; null when the filters
   * cannot be said as an `AnalysisScope` (a stance filter, States unticked), when the API serves
   * no analysis, or while the request runs (then `onLoaded` fires when it lands).
   */
  get(filters: Filters): ServerAnalysis | null;
}

/**
 * Loads the API's consensus figures and common ground once per scope (agenda items and States:
 * what `AnalysisScope` can say), and keeps them. A failed request leaves that scope to the
 * browser's own computation.
 */
export function createAnalysisCache(options: { capabilities: AnalysisCapabilities; targetIds: readonly string[]; onLoaded: () => void }): AnalysisCache {
  const { capabilities, targetIds, onLoaded } = options;
  const cache = new Map<string, ServerAnalysis | 'loading' | 'failed'>();
  return {
    get(filters) {
      if (!capabilities.consensus && !capabilities.commonGround) return null;
      const scope = scopeOf(filters, capabilities);
      if (scope === undefined) return null;
      const key = JSON.stringify(scope);
      const entry = cache.get(key);
      if (entry === undefined) {
        cache.set(key, 'loading');
        void Promise.all([
          capabilities.consensus ? loadServerSummaries(targetIds, scope) : null,
          capabilities.commonGround ? loadServerCommonGround(scope) : null,
        ]).then(
          ([summaries, commonGround]) => {
            cache.set(key, { summaries, commonGround });
            onLoaded();
          },
          () => cache.set(key, 'failed'),
        );
        return null;
      }
      return typeof entry === 'string' ? null : entry;
    },
  };
}

// Private:

/** The scope for the filters: null for "everything", undefined when the filters cannot be said as a scope. */
function scopeOf(filters: Filters, capabilities: AnalysisCapabilities): AnalysisScope | null | undefined {
  if (filters.stances.length < 4 || !filters.actorKinds.includes('STATE')) return undefined;
  if (filters.agendaItemIds.length === 0 && filters.stateIds.length === 0 && !filters.includeExtracted) return null;
  if (!capabilities.scope) return undefined;
  return {
    ...(filters.agendaItemIds.length > 0 ? { agendaItemIds: [...filters.agendaItemIds].sort() } : {}),
    ...(filters.stateIds.length > 0 ? { actorIds: [...filters.stateIds].sort() } : {}),
    ...(filters.includeExtracted ? { includeExtracted: true } : {}),
  };
}
