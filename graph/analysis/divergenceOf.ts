import type { Target, TargetKind } from '../model/index.js';
import type { ActorStance } from './indexInput.js';

/**
 * States in conflict on one target: at least one participating State's net stance is SUPPORTS while
 * another's is OPPOSES or QUALIFIES (one treats coercion as essential to intervention, another calls
 * it unsettled; one praises the Budapest Convention, another criticises it). Two States that both
 * merely qualify, or one that opposes and one that qualifies, are not in conflict: neither supports.
 */
export interface Divergence {
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /** Participating States whose net stance is SUPPORTS, by id. */
  readonly supporting: readonly string[];
  /** ...OPPOSES. */
  readonly opposing: readonly string[];
  /** ...QUALIFIES. */
  readonly qualifying: readonly string[];
  /**
   * min(|supporting|, |opposing| + |qualifying|): the size of the smaller camp. The first key of
   * "most divided first": a 4–5 split divides a meeting more than a 1–1 split.
   */
  readonly smallerCamp: number;
  /** | |supporting| − (|opposing| + |qualifying|) |: the second key, closer splits first. */
  readonly margin: number;
}

/** The divergence on `target` among `stateStances` (participating States only), or null. */
export function divergenceOf(target: Target, stateStances: readonly ActorStance[]): Divergence | null {
  const withNet = (net: string) => stateStances.filter((s) => s.net === net).map((s) => s.actorId);
  const supporting = withNet('SUPPORTS');
  const opposing = withNet('OPPOSES');
  const qualifying = withNet('QUALIFIES');
  const dissenting = opposing.length + qualifying.length;
  if (supporting.length === 0 || dissenting === 0) return null;
  return {
    targetId: target.id,
    targetName: target.name,
    targetKind: target.kind,
    supporting,
    opposing,
    qualifying,
    smallerCamp: Math.min(supporting.length, dissenting),
    margin: Math.abs(supporting.length - dissenting),
  };
}
