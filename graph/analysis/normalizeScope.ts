import { RELIABILITY_TIERS, type ReliabilityTier } from '../model/index.js';
import type { AnalysisScope } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';

/**
 * `scope` with each list deduplicated and sorted (ids by id, tiers most reliable first), and empty
 * lists dropped: one spelling per scope, so that it can key a cache (server/schema/analysisCache.ts).
 */
export function normalizeScope(scope: AnalysisScope): AnalysisScope {
  const normalized: {
    meetingIds?: string[];
    agendaItemIds?: string[];
    actorIds?: string[];
    sourceDocumentIds?: string[];
    sourceTiers?: ReliabilityTier[];
    includeExtracted?: boolean;
  } = {};
  for (const key of ['meetingIds', 'agendaItemIds', 'actorIds', 'sourceDocumentIds'] as const) {
    const ids = scope[key];
    if (ids !== undefined && ids.length > 0) normalized[key] = [...new Set(ids)].sort(compareIds);
  }
  if (scope.sourceTiers !== undefined && scope.sourceTiers.length > 0) {
    // Unknown tiers sort last and are kept, for loadAnalysisInput to reject by name.
    const rank = (tier: string) => (RELIABILITY_TIERS.includes(tier as ReliabilityTier) ? RELIABILITY_TIERS.indexOf(tier as ReliabilityTier) : RELIABILITY_TIERS.length);
    normalized.sourceTiers = [...new Set(scope.sourceTiers)].sort((a, b) => rank(a) - rank(b) || compareIds(a, b));
  }
  if (scope.includeExtracted === true) normalized.includeExtracted = true;
  return normalized;
}

/** A normalised scope as one string: equal for scopes that select the same positions and States. */
export function scopeKeyOf(scope: AnalysisScope): string {
  return JSON.stringify(normalizeScope(scope));
}
