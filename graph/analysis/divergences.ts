import type { AnalysisInput } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { divergenceOf, type Divergence } from './divergenceOf.js';
import { indexInput } from './indexInput.js';

/**
 * Every target on which participating States conflict (see `Divergence`), most divided first:
 * larger smaller camp first, then smaller margin, then target id.
 */
export function divergences(input: AnalysisInput): Divergence[] {
  const index = indexInput(input);
  const found: Divergence[] = [];
  for (const [targetId, stances] of index.stancesByTarget) {
    const target = index.targetById.get(targetId);
    if (target === undefined) continue; // a position on an unknown target is the loader's to reject
    const divergence = divergenceOf(target, stances.filter((s) => index.isParticipatingState(s.actorId)));
    if (divergence !== null) found.push(divergence);
  }
  return found.sort(
    (a, b) => b.smallerCamp - a.smallerCamp || a.margin - b.margin || compareIds(a.targetId, b.targetId),
  );
}
