import type { AnalysisScope } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';

/** `scope` with each list deduplicated and sorted by id, and empty lists dropped: one spelling per scope. */
export function normalizeScope(scope: AnalysisScope): AnalysisScope {
  const normalized: { meetingIds?: string[]; agendaItemIds?: string[]; actorIds?: string[]; includeExtracted?: boolean } = {};
  for (const key of ['meetingIds', 'agendaItemIds', 'actorIds'] as const) {
    const ids = scope[key];
    if (ids !== undefined && ids.length > 0) normalized[key] = [...new Set(ids)].sort(compareIds);
  }
  if (scope.includeExtracted === true) normalized.includeExtracted = true;
  return normalized;
}
