import type { AnalysisScope } from '../../graph/index.js';

/** The cache key of a normalised scope: each list deduplicated and sorted, so equal scopes share it. */
export function scopeKey(scope: AnalysisScope): string {
  const ids = (list: readonly string[] | undefined) => [...new Set(list ?? [])].sort().join(',');
  return `${ids(scope.meetingIds)}|${ids(scope.agendaItemIds)}|${ids(scope.actorIds)}|${scope.includeExtracted === true ? 'extracted' : ''}`;
}
