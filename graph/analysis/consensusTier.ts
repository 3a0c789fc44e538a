import type { Camps } from './campsOf.js';

/**
 * Where a target stands among the participating States that spoke on it, by the rule of
 * graph/analysis/README.md ("Three tiers"): consensus is the absence of objection, and a State that
 * accepts with a condition is drafted around with brackets, not counted as an objector.
 * - AGREED: supported, and nobody opposed, contested or reserved.
 * - AGREED_WITH_RESERVATIONS: supported, nobody opposed or contested, someone accepted conditionally.
 * - DIVERGENT: supported by some, opposed or contested by others.
 * - NOT_SUPPORTED: States spoke, but none supported it without reservation.
 * - NO_STATE_SPOKE: no participating State took a position on it.
 */
export const CONSENSUS_TIERS = ['AGREED', 'AGREED_WITH_RESERVATIONS', 'DIVERGENT', 'NOT_SUPPORTED', 'NO_STATE_SPOKE'] as const;
export type ConsensusTier = (typeof CONSENSUS_TIERS)[number];

/** The tier of a target from its camps. */
export function consensusTier(camps: Camps): ConsensusTier {
  const spoke = camps.supporting.length + camps.opposing.length + camps.contesting.length + camps.reserving.length + camps.querying.length;
  if (spoke === 0) return 'NO_STATE_SPOKE';
  if (camps.supporting.length === 0) return 'NOT_SUPPORTED';
  if (camps.opposing.length + camps.contesting.length > 0) return 'DIVERGENT';
  return camps.reserving.length > 0 ? 'AGREED_WITH_RESERVATIONS' : 'AGREED';
}
