import {
  STANCES,
  type Actor,
  type AgendaItem,
  type Document,
  type Meeting,
  type Position,
  type ReservationKind,
  type Stance,
  type Target,
} from '../model/index.js';
import type { AnalysisInput, StatementSource } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { netReservation } from './netReservation.js';
import { netStance } from './netStance.js';

/** Everything one actor said on one target in scope. */
export interface ActorStance {
  readonly actorId: string;
  readonly targetId: string;
  /** The distinct stances taken, in `STANCES` order. */
  readonly stances: readonly Stance[];
  /** See `netStance`: OPPOSES > QUALIFIES > SUPPORTS > QUERIES. */
  readonly net: Stance;
  /**
   * See `netReservation`: when `net` is QUALIFIES, CONDITIONAL_ACCEPTANCE if every QUALIFIES position
   * is a conditional acceptance, else CONTESTATION; null for the other net stances.
   */
  readonly netReservation: ReservationKind | null;
  /** The positions behind it, in sort-key order. */
  readonly positions: readonly Position[];
}

/** Lookups over an `AnalysisInput`, built once per input and shared by every analysis. */
export interface InputIndex {
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly targetById: ReadonlyMap<string, Target>;
  readonly statementById: ReadonlyMap<string, StatementSource>;
  readonly documentById: ReadonlyMap<string, Document>;
  readonly agendaItemById: ReadonlyMap<string, AgendaItem>;
  readonly meetingById: ReadonlyMap<string, Meeting>;
  readonly positionById: ReadonlyMap<string, Position>;
  /**
   * Participating States: actors of kind STATE with a Participation (of any status) in a meeting of
   * the input, narrowed to the scope's actors if it names any. Ordered by id.
   */
  readonly participatingStateIds: readonly string[];
  readonly isParticipatingState: (actorId: string) => boolean;
  /** Per target id, every actor's stance on it, ordered by actor id; targets nobody spoke on are absent. */
  readonly stancesByTarget: ReadonlyMap<string, readonly ActorStance[]>;
  /** One actor's stance on one target, or undefined if it took none (a lookup, not a scan). */
  readonly stanceOf: (targetId: string, actorId: string) => ActorStance | undefined;
  /** Per participating State id, its net stance per target id. */
  readonly netStancesByState: ReadonlyMap<string, ReadonlyMap<string, Stance>>;
}

/** The index of `input`, computed on first use and kept as long as the input is reachable. */
export function indexInput(input: AnalysisInput): InputIndex {
  let index = cache.get(input);
  if (index === undefined) {
    index = buildIndex(input);
    cache.set(input, index);
  }
  return index;
}

// Private:

const cache = new WeakMap<AnalysisInput, InputIndex>();

function buildIndex(input: AnalysisInput): InputIndex {
  const actorById = byId(input.actors);
  const meetingIds = new Set(input.meetings.map((meeting) => meeting.id));
  const scopedActors = input.scope.actorIds?.length ? new Set(input.scope.actorIds) : null;
  const participating = new Set(
    input.participations
      .filter((p) => meetingIds.has(p.meetingId) && (scopedActors === null || scopedActors.has(p.actorId)))
      .filter((p) => actorById.get(p.actorId)?.kind === 'STATE')
      .map((p) => p.actorId),
  );

  const { stancesByTarget, stanceByActorByTarget } = groupStances(input.positions);
  const netStancesByState = new Map<string, Map<string, Stance>>();
  for (const [targetId, stances] of stancesByTarget) {
    for (const stance of stances) {
      if (!participating.has(stance.actorId)) continue;
      let nets = netStancesByState.get(stance.actorId);
      if (nets === undefined) netStancesByState.set(stance.actorId, (nets = new Map()));
      nets.set(targetId, stance.net);
    }
  }

  // The two large maps (300,000 positions, 180,000 statements at UN scale: 0.3-0.5 s to build)
  // are built when an analysis first asks for one; most never do.
  let positionById: ReadonlyMap<string, Position> | null = null;
  let statementById: ReadonlyMap<string, StatementSource> | null = null;
  return {
    actorById,
    targetById: byId(input.targets),
    get statementById() {
      return (statementById ??= byId(input.statements));
    },
    documentById: byId(input.documents),
    agendaItemById: byId(input.agendaItems),
    meetingById: byId(input.meetings),
    get positionById() {
      return (positionById ??= byId(input.positions));
    },
    participatingStateIds: [...participating].sort(compareIds),
    isParticipatingState: (actorId) => participating.has(actorId),
    stancesByTarget,
    stanceOf: (targetId, actorId) => stanceByActorByTarget.get(targetId)?.get(actorId),
    netStancesByState,
  };
}

interface GroupedStances {
  readonly stancesByTarget: Map<string, readonly ActorStance[]>;
  /** The same stances by target id, then actor id (no key string per pair to build). */
  readonly stanceByActorByTarget: Map<string, Map<string, ActorStance>>;
}

function groupStances(positions: readonly Position[]): GroupedStances {
  const grouped = new Map<string, Map<string, Position[]>>();
  for (const position of [...positions].sort(bySortKey)) {
    let byActor = grouped.get(position.targetId);
    if (byActor === undefined) grouped.set(position.targetId, (byActor = new Map()));
    let list = byActor.get(position.actorId);
    if (list === undefined) byActor.set(position.actorId, (list = []));
    list.push(position);
  }
  const stancesByTarget = new Map<string, readonly ActorStance[]>();
  const stanceByActorByTarget = new Map<string, Map<string, ActorStance>>();
  for (const targetId of [...grouped.keys()].sort(compareIds)) {
    const byActor = grouped.get(targetId) ?? new Map<string, Position[]>();
    const stanceByActor = new Map<string, ActorStance>();
    const stances = [...byActor.keys()].sort(compareIds).map((actorId) => {
      const list = byActor.get(actorId) ?? [];
      const distinct = distinctStances(list);
      const net = netStance(distinct);
      const stance: ActorStance = { actorId, targetId, stances: distinct, net, netReservation: netReservation(net, list), positions: list };
      stanceByActor.set(actorId, stance);
      return stance;
    });
    stancesByTarget.set(targetId, stances);
    stanceByActorByTarget.set(targetId, stanceByActor);
  }
  return { stancesByTarget, stanceByActorByTarget };
}

/** The stances `positions` take, each once, in `STANCES` order (called for every actor × target pair: no Set per pair). */
function distinctStances(positions: readonly Position[]): Stance[] {
  const first = positions[0]?.stance;
  if (positions.every((p) => p.stance === first)) return first === undefined ? [] : [first];
  return STANCES.filter((stance) => positions.some((p) => p.stance === stance));
}

function bySortKey(a: Position, b: Position): number {
  return compareIds(a.sortKey, b.sortKey) || compareIds(a.id, b.id);
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  // A loop, not `new Map(items.map(...))`: no pair array per item (300,000 of them for positions).
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}
