import type { Filters } from '../state/ViewState.js';
import type { AnalysisScope } from './loadServerAnalysis.js';

/**
 * The analysis scope the overview, divergences and compare views ask the API for: the agenda-item
 * and State filters and whether unreviewed suggestions count (what `AnalysisScope` can say), null
 * for everything reviewed. Stance, actor-kind and reviewed-provenance filters do not narrow these
 * views: their figures are the API's, for every stance (the views say so).
 */
export function viewScopeOf(filters: Filters): AnalysisScope | null {
  if (filters.agendaItemIds.length === 0 && filters.stateIds.length === 0 && !filters.includeExtracted) return null;
  return {
    ...(filters.agendaItemIds.length > 0 ? { agendaItemIds: [...filters.agendaItemIds].sort() } : {}),
    ...(filters.stateIds.length > 0 ? { actorIds: [...filters.stateIds].sort() } : {}),
    ...(filters.includeExtracted ? { includeExtracted: true } : {}),
  };
}

/** `($scope: AnalysisScope)` and `(scope: $scope)` fragments, or empty when there is no scope. */
export function scopeParts(scope: AnalysisScope | null): { declaration: string; argument: string; variables: Record<string, unknown> } {
  return scope ? { declaration: '($scope: AnalysisScope)', argument: '(scope: $scope)', variables: { scope } } : { declaration: '', argument: '', variables: {} };
}
