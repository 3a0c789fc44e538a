import { scopeKeyOf, type AnalysisScope } from '../../graph/index.js';

/** Every scope field, normalised (graph/analysis scopeKeyOf): two spellings of one scope share an entry. */
export function scopeKey(scope: AnalysisScope): string {
  return scopeKeyOf(scope);
}
