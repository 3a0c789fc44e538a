import { STANCES, type ActorKind, type ReservationKind, type Stance, type TargetKind } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { campsOf } from './campsOf.js';
import { citationOf, type Citation } from './citationOf.js';
import { consensusTier, type ConsensusTier } from './consensusTier.js';
import { divergenceOf, type Divergence } from './divergenceOf.js';
import { getTarget } from './getTarget.js';
import { indexInput } from './indexInput.js';
import { mustGet } from './mustGet.js';

/** Where one target stands in scope. */
export interface Consensus {
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /** Always four sides, in `STANCES` order: SUPPORTS, OPPOSES, QUALIFIES, QUERIES. */
  readonly sides: readonly ConsensusSide[];
  /** Participating States in scope (see `InputIndex.participatingStateIds`), spoken or silent. */
  readonly participatingStates: number;
  /** Participating States that took any position on the target. */
  readonly statesSpoke: number;
  /** Participating States by net stance; they sum to `statesSpoke`. */
  readonly supporting: number;
  readonly opposing: number;
  readonly qualifying: number;
  readonly queryingOnly: number;
  /** Of `qualifying`: States holding the target unsettled (see `Camps.contesting`). */
  readonly contesting: number;
  /** Of `qualifying`: States accepting it on stated conditions (see `Camps.reserving`). */
  readonly reserving: number;
  /** Agreed, agreed with reservations, divergent, not supported, or nobody spoke (see `consensusTier`). */
  readonly tier: ConsensusTier;
  /**
   * (supporting − opposing − qualifying) / statesSpoke, in [−1, 1], each State counted once by its
   * net stance; a State that only asked a question counts in the denominator and nowhere else.
   * 1: every State that spoke supports without reservation. Null when no State spoke.
   */
  readonly score: number | null;
  readonly scoreNullReason: 'NO_STATE_SPOKE' | null;
  readonly divergent: boolean;
  readonly divergence: Divergence | null;
}

export interface ConsensusSide {
  readonly stance: Stance;
  /** Every actor (States, organisations, companies) that took this stance, ordered by id. */
  readonly actors: readonly SideActor[];
}

export interface SideActor {
  readonly actorId: string;
  readonly actorName: string;
  readonly actorKind: ActorKind;
  /** Only participating States count towards the score; others are shown for context. */
  readonly isParticipatingState: boolean;
  /** The actor's net stance on the target: it may sit on several sides but counts on one. */
  readonly netStance: Stance;
  /** When the net stance is QUALIFIES, which reservation it counts as (see `netReservation`). */
  readonly netReservation: ReservationKind | null;
  /** The positions with this side's stance, in sort-key order. */
  readonly evidence: readonly Citation[];
}

/**
 * Where `targetId` stands in scope. Throws `InvalidArgumentError` (argument `targetId`) for an id the
 * catalog does not hold; a known target nobody spoke on answers with empty sides and a null score.
 */
export function consensusOn(input: AnalysisInput, targetId: string): Consensus {
  const index = indexInput(input);
  const target = getTarget(index, targetId, 'targetId');
  const actorStances = index.stancesByTarget.get(target.id) ?? [];
  const stateStances = actorStances.filter((s) => index.isParticipatingState(s.actorId));
  const count = (net: Stance) => stateStances.filter((s) => s.net === net).length;
  const [supporting, opposing, qualifying, queryingOnly] = [
    count('SUPPORTS'),
    count('OPPOSES'),
    count('QUALIFIES'),
    count('QUERIES'),
  ];
  const statesSpoke = stateStances.length;
  const camps = campsOf(stateStances);
  const divergence = divergenceOf(target, stateStances);

  return {
    targetId: target.id,
    targetName: target.name,
    targetKind: target.kind,
    sides: STANCES.map((stance) => ({
      stance,
      actors: actorStances
        .filter((s) => s.stances.includes(stance))
        .map((s) => {
          const actor = mustGet(index.actorById, s.actorId, 'actor');
          return {
            actorId: actor.id,
            actorName: actor.name,
            actorKind: actor.kind,
            isParticipatingState: index.isParticipatingState(s.actorId),
            netStance: s.net,
            netReservation: s.netReservation,
            evidence: s.positions.filter((p) => p.stance === stance).map((p) => citationOf(p, index)),
          };
        }),
    })),
    participatingStates: index.participatingStateIds.length,
    statesSpoke,
    supporting,
    opposing,
    qualifying,
    queryingOnly,
    contesting: camps.contesting.length,
    reserving: camps.reserving.length,
    tier: consensusTier(camps),
    score: statesSpoke === 0 ? null : (supporting - opposing - qualifying) / statesSpoke,
    scoreNullReason: statesSpoke === 0 ? 'NO_STATE_SPOKE' : null,
    divergent: divergence !== null,
    divergence,
  };
}
