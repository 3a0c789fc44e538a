/**
 * The closed vocabularies of the graph. Each is a literal union with its list of values, so that
 * validation (zod), GraphQL enums and exhaustive `switch`es are all derived from one place.
 */

/** A statement's stance on a target. */
export const STANCES = ['SUPPORTS', 'OPPOSES', 'QUALIFIES', 'QUERIES'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What sort of reservation a QUALIFIES position expresses. Consensus is the absence of objection,
 * and negotiators draft around reservations with brackets, so the two must not be counted alike:
 * - CONDITIONAL_ACCEPTANCE: the State accepts the target and states a condition, limit or manner of
 *   application ("case by case", "subject to consent", "taking note of the peculiarities", "security
 *   is the prerequisite"). It objects to nothing; a drafter brackets its words as a note.
 * - CONTESTATION: the State holds the target, or how it applies, unsettled: "unsettled", "not
 *   clear", "premature", "debates exist", "needs further study", "should be further considered".
 *   It withholds agreement, so it divides a meeting as an objection does.
 * A QUALIFIES position not yet coded either way (null) is read as CONTESTATION: without a coder's
 * judgement that a State accepts, its reservation must not be counted as agreement.
 */
export const RESERVATION_KINDS = ['CONDITIONAL_ACCEPTANCE', 'CONTESTATION'] as const;
export type ReservationKind = (typeof RESERVATION_KINDS)[number];

/** What an actor is. States carry an ISO 3166-1 alpha-3 code. */
export const ACTOR_KINDS = ['STATE', 'ORGANIZATION', 'COMPANY'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The role a person plays at a meeting. */
export const PERSON_ROLES = [
  'CHAIR',
  'RAPPORTEUR',
  'PANELIST',
  'DELEGATE',
  'OBSERVER',
  'SECRETARY_GENERAL',
  'HOST',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** How far a document can be relied on, most reliable first. */
export const RELIABILITY_TIERS = [
  'OFFICIAL_RECORD',
  'STATE_PUBLISHED',
  'UNOFFICIAL_SUMMARY',
  'MACHINE_SUMMARY',
  'SECONDARY',
] as const;
export type ReliabilityTier = (typeof RELIABILITY_TIERS)[number];

/**
 * What a position can be about. A QUESTION is a yes/no legal question about a principle or
 * instrument: SUPPORTS answers yes, OPPOSES answers no, QUALIFIES answers "it depends" or "unsettled",
 * QUERIES asks it.
 */
export const TARGET_KINDS = ['PRINCIPLE', 'INSTRUMENT', 'PROPOSAL', 'QUESTION'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** How a position came to be in the graph (see Provenance in entities.ts). */
export const PROVENANCE_METHODS = ['CURATED', 'EXTRACTED', 'IMPORTED'] as const;
export type ProvenanceMethod = (typeof PROVENANCE_METHODS)[number];

/** What sort of instrument an Instrument node is. */
export const INSTRUMENT_TYPES = [
  'TREATY',
  'TREATY_PROVISION',
  'DECLARATION',
  'RESOLUTION',
  'MANUAL',
  'MODEL_LAW',
  'NATIONAL_LAW',
  'REPORT',
  'FRAMEWORK',
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

/**
 * How an actor took part in a meeting. CODED: the "meeting" is a research dataset (seeds/datasets/)
 * and the actor is one whose positions it codes; nobody met.
 */
export const PARTICIPATION_STATUSES = ['MEMBER_STATE', 'OBSERVER', 'HOST', 'SECRETARIAT', 'GUEST', 'CODED'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** What a meeting decided on a proposal. */
export const DECISION_OUTCOMES = ['ADOPTED', 'REJECTED', 'DEFERRED', 'NOTED', 'PENDING'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Thrown by the `default` branch of a `switch` that handled every member of a union. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
