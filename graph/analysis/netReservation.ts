import type { Position, ReservationKind, Stance } from '../model/index.js';

/**
 * What reservation an actor whose net stance is QUALIFIES holds on a target, from all its QUALIFIES
 * positions on it: CONDITIONAL_ACCEPTANCE only when every one of them is coded a conditional
 * acceptance; otherwise CONTESTATION (an uncoded QUALIFIES counts as contestation: a reservation is
 * read as agreement only on a coder's judgement). Null when the net stance is not QUALIFIES.
 *
 * Reason: the net stance already takes the most reserved stance (see `netStance`); within QUALIFIES
 * contestation is the more reserved, so one "unsettled" beside one "case by case" withholds agreement.
 */
export function netReservation(net: Stance, positions: readonly Position[]): ReservationKind | null {
  if (net !== 'QUALIFIES') return null;
  const qualifying = positions.filter((p) => p.stance === 'QUALIFIES');
  return qualifying.length > 0 && qualifying.every((p) => p.reservation === 'CONDITIONAL_ACCEPTANCE')
    ? 'CONDITIONAL_ACCEPTANCE'
    : 'CONTESTATION';
}

/** The reservation kind a QUALIFIES position counts as: its coded kind, CONTESTATION when uncoded. */
export function reservationOf(position: Position): ReservationKind | null {
  return position.stance === 'QUALIFIES' ? (position.reservation ?? 'CONTESTATION') : null;
}
