import type { Target, TargetKind } from '../model/index.js';
import { campsOf } from './campsOf.js';
import { compareIds } from './compareIds.js';
import type { ActorStance } from './indexInput.js';

/**
 * States in conflict on one target: at least one participating State's net stance is SUPPORTS while
 * another objects (OPPOSES) or contests (QUALIFIES, holding it unsettled: China calls coercion as an
 * element of intervention "unsettled" where Japan calls it "essential"; Japan praises the Budapest
 * Convention, China criticises it). A State that accepts with a condition (Japan: sovereignty
 * infringements "determined on a case by case basis") is not in conflict with the supporters: it is
 * listed under `reserving` and counts in neither camp. Nor are two States that both contest, or one
 * that opposes and one that contests: neither supports.
 */
export interface Divergence {
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /** Participating States whose net stance is SUPPORTS, by id. */
  readonly supporting: readonly string[];
  /** ...OPPOSES. */
  readonly opposing: readonly string[];
  /** ...QUALIFIES: `contesting` and `reserving` together, by id. */
  readonly qualifying: readonly string[];
  /** ...QUALIFIES with a contestation (or an uncoded reservation): the dissenting qualifiers. */
  readonly contesting: readonly string[];
  /** ...QUALIFIES, accepting conditionally: in neither camp. */
  readonly reserving: readonly string[];
  /**
   * min(|supporting|, |opposing| + |contesting|): the size of the smaller camp. The first key of
   * "most divided first": a 4–5 split divides a meeting more than a 1–1 split.
   */
  readonly smallerCamp: number;
  /** | |supporting| − (|opposing| + |contesting|) |: the second key, closer splits first. */
  readonly margin: number;
}

/** The divergence on `target` among `stateStances` (participating States only), or null. */
export function divergenceOf(target: Target, stateStances: readonly ActorStance[]): Divergence | null {
  const { supporting, opposing, contesting, reserving } = campsOf(stateStances);
  const dissenting = opposing.length + contesting.length;
  if (supporting.length === 0 || dissenting === 0) return null;
  return {
    targetId: target.id,
    targetName: target.name,
    targetKind: target.kind,
    supporting,
    opposing,
    qualifying: [...contesting, ...reserving].sort(compareIds),
    contesting,
    reserving,
    smallerCamp: Math.min(supporting.length, dissenting),
    margin: Math.abs(supporting.length - dissenting),
  };
}
