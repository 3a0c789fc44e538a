import type { TargetKind } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { indexInput } from './indexInput.js';
import { validateCount } from './validateCount.js';

export interface CommonGroundOptions {
  /** Least number of supporting States. Default 2. */
  readonly minSupporters?: number;
}

export interface CommonGround {
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /** Participating States whose net stance is SUPPORTS, by id. */
  readonly supporters: readonly string[];
  /** Participating States that only asked about it: they object to nothing, but are not counted. */
  readonly queriedBy: readonly string[];
}

export const DEFAULT_MIN_SUPPORTERS = 2;

/**
 * Targets supported by at least `minSupporters` participating States and opposed or qualified by
 * none of them (consensus as the absence of objection, UNCLOS art. 161(8)(e)); a State holding
 * SUPPORTS beside QUALIFIES nets to QUALIFIES and so blocks. Non-State actors neither count nor
 * block. Ordered by number of supporters descending, then target id.
 */
export function commonGround(input: AnalysisInput, options: CommonGroundOptions = {}): CommonGround[] {
  const minSupporters = validateCount('minSupporters', options.minSupporters ?? DEFAULT_MIN_SUPPORTERS, 1);
  const index = indexInput(input);
  const found: CommonGround[] = [];
  for (const [targetId, stances] of index.stancesByTarget) {
    const target = index.targetById.get(targetId);
    const states = stances.filter((s) => index.isParticipatingState(s.actorId));
    if (target === undefined || states.some((s) => s.net === 'OPPOSES' || s.net === 'QUALIFIES')) continue;
    const supporters = states.filter((s) => s.net === 'SUPPORTS').map((s) => s.actorId);
    if (supporters.length < minSupporters) continue;
    found.push({
      targetId,
      targetName: target.name,
      targetKind: target.kind,
      supporters,
      queriedBy: states.filter((s) => s.net === 'QUERIES').map((s) => s.actorId),
    });
  }
  return found.sort((a, b) => b.supporters.length - a.supporters.length || compareIds(a.targetId, b.targetId));
}
