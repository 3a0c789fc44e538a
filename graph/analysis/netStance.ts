import { UnreachableCaseError, type Stance } from '../model/index.js';

/**
 * One actor's stance on one target, from every position it took on it in scope (one actor may hold
 * several: Iran calls non-intervention "uncontested" and its application to cyberspace "not clear").
 *
 * The net stance is the most reserved stance in the set, by the precedence
 * OPPOSES > QUALIFIES > SUPPORTS > QUERIES. Reason: consensus is the absence of objection (UNCLOS
 * art. 161(8)(e): "'consensus' means the absence of any formal objection"), so a State that both
 * endorses a principle and attaches a condition to it cannot be counted as an unconditional
 * supporter; a question alone commits a State to nothing, and a question asked beside a stance does
 * not change that stance.
 */
export function netStance(stances: Iterable<Stance>): Stance {
  let best: Stance | null = null;
  for (const stance of stances) {
    if (best === null || reserve(stance) > reserve(best)) best = stance;
  }
  if (best === null) throw new RangeError('netStance: an actor with no position has no stance');
  return best;
}

// Private:

function reserve(stance: Stance): number {
  switch (stance) {
    case 'OPPOSES':
      return 3;
    case 'QUALIFIES':
      return 2;
    case 'SUPPORTS':
      return 1;
    case 'QUERIES':
      return 0;
    default:
      throw new UnreachableCaseError(stance);
  }
}
