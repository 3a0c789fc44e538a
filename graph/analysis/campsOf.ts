import type { ActorStance } from './indexInput.js';

/**
 * The participating States on one target, by net stance and, within QUALIFIES, by reservation kind
 * (see `netReservation`). Each State sits in exactly one camp; every list is ordered by id.
 */
export interface Camps {
  /** Net SUPPORTS: accepts without reservation. */
  readonly supporting: readonly string[];
  /** Net OPPOSES: objects. */
  readonly opposing: readonly string[];
  /** Net QUALIFIES with a contestation (or an uncoded reservation): holds it unsettled. */
  readonly contesting: readonly string[];
  /** Net QUALIFIES, every reservation a conditional acceptance: accepts, on its stated terms. */
  readonly reserving: readonly string[];
  /** Net QUERIES: only asked. */
  readonly querying: readonly string[];
}

/** The camps of `stateStances` (participating States only, as `stancesByTarget` orders them). */
export function campsOf(stateStances: readonly ActorStance[]): Camps {
  const ids = (keep: (s: ActorStance) => boolean) => stateStances.filter(keep).map((s) => s.actorId);
  return {
    supporting: ids((s) => s.net === 'SUPPORTS'),
    opposing: ids((s) => s.net === 'OPPOSES'),
    contesting: ids((s) => s.net === 'QUALIFIES' && s.netReservation !== 'CONDITIONAL_ACCEPTANCE'),
    reserving: ids((s) => s.net === 'QUALIFIES' && s.netReservation === 'CONDITIONAL_ACCEPTANCE'),
    querying: ids((s) => s.net === 'QUERIES'),
  };
}
