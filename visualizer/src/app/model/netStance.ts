import { UnreachableCaseError, type Stance } from './kinds.js';

/**
 * The most reserved stance of a set, by OPPOSES > QUALIFIES > SUPPORTS > QUERIES: the rule of
 * graph/analysis/netStance.ts (consensus as the absence of objection), repeated here because the
 * explorer reads only the API. Null for an empty set.
 */
export function netStance(stances: Iterable<Stance>): Stance | null {
  let best: Stance | null = null;
  for (const stance of stances) {
    if (best === null || reserve(stance) > reserve(best)) best = stance;
  }
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
