import type { TargetKind } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { campsOf } from './campsOf.js';
import { citationOf, type Citation } from './citationOf.js';
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
  /** AGREED (nobody reserved) or AGREED_WITH_RESERVATIONS (someone accepted conditionally). */
  readonly tier: 'AGREED' | 'AGREED_WITH_RESERVATIONS';
  /** Participating States whose net stance is SUPPORTS, by id. */
  readonly supporters: readonly string[];
  /**
   * Participating States that accept it on stated conditions (net QUALIFIES, every reservation a
   * conditional acceptance), by id: a drafter brackets their words as drafting notes.
   */
  readonly reservedBy: readonly string[];
  /** The reserving States' QUALIFIES positions with their words: by State id, then document order. */
  readonly reservations: readonly Citation[];
  /** Participating States that only asked about it: they object to nothing, but are not counted. */
  readonly queriedBy: readonly string[];
}

export const DEFAULT_MIN_SUPPORTERS = 2;

/**
 * Targets supported by at least `minSupporters` participating States and neither opposed nor
 * contested by any of them (consensus as the absence of objection, UNCLOS art. 161(8)(e)). A State
 * that accepts with a condition does not block: the target is agreed with reservations and the
 * State is listed in `reservedBy`. A State holding SUPPORTS beside a contesting QUALIFIES nets to a
 * contestation and so blocks. Non-State actors neither count nor block. Ordered agreed before
 * agreed with reservations, then by number of supporters descending, then target id.
 */
export function commonGround(input: AnalysisInput, options: CommonGroundOptions = {}): CommonGround[] {
  const minSupporters = validateCount('minSupporters', options.minSupporters ?? DEFAULT_MIN_SUPPORTERS, 1);
  const index = indexInput(input);
  const found: CommonGround[] = [];
  for (const [targetId, stances] of index.stancesByTarget) {
    const target = index.targetById.get(targetId);
    const camps = campsOf(stances.filter((s) => index.isParticipatingState(s.actorId)));
    if (target === undefined || camps.opposing.length + camps.contesting.length > 0) continue;
    if (camps.supporting.length < minSupporters) continue;
    found.push({
      targetId,
      targetName: target.name,
      targetKind: target.kind,
      tier: camps.reserving.length > 0 ? 'AGREED_WITH_RESERVATIONS' : 'AGREED',
      supporters: camps.supporting,
      reservedBy: camps.reserving,
      reservations: stances
        .filter((s) => camps.reserving.includes(s.actorId))
        .flatMap((s) => s.positions.filter((p) => p.stance === 'QUALIFIES').map((p) => citationOf(p, index))),
      queriedBy: camps.querying,
    });
  }
  return found.sort(
    (a, b) =>
      Number(a.tier !== 'AGREED') - Number(b.tier !== 'AGREED') ||
      b.supporters.length - a.supporters.length ||
      compareIds(a.targetId, b.targetId),
  );
}
