import type { ReliabilityTier, ReservationKind, Stance, TargetKind } from '../model/index.js';
import type { AnalysisScope } from './AnalysisInput.js';
import type { Citation } from './citationOf.js';

/** The shape of a zero draft, as `zeroDraft` builds it and `verifyZeroDraft` checks it. */

export interface ZeroDraftOptions {
  /** Least number of supporting States for a candidate principle. Default 2. */
  readonly minSupporters?: number;
  readonly title?: string;
  /** How much the draft quotes; each limit defaults to DEFAULT_QUOTING's. */
  readonly quoting?: Partial<DraftQuoting>;
}

/**
 * How much the draft quotes, so that it stays a document a person reads at any scale (193 States,
 * 300,000 positions: a quote per State on ~900 divergent targets made drafts of tens of megabytes).
 * Past each limit the draft counts the voices it leaves unquoted and names them by id in its JSON
 * form; every position stays reachable through the API (`consensus(targetId)` lists each side's
 * citations in full, `divergences` every State of each camp).
 */
export interface DraftQuoting {
  /** Supporting States quoted per candidate principle (the most representative: see zeroDraft.ts). */
  readonly supportersPerCandidate: number;
  /** Conditionally accepting States quoted per candidate in a drafting note. */
  readonly reservationsPerCandidate: number;
  /** States that only asked, quoted per candidate. */
  readonly askersPerCandidate: number;
  /** States quoted per side of a divergence. */
  readonly voicesPerSide: number;
  /** Divergences quoted, most divided first; the others give each side's count only. */
  readonly divergencesQuoted: number;
  /** Targets whose open questions are quoted, most asked first; the others are counted. */
  readonly questionTargetsQuoted: number;
  /** Actors quoted per target among the open questions. */
  readonly askersPerQuestion: number;
  /** Positions quoted per voice (its strongest); the rest are counted in `moreCitations`. */
  readonly citationsPerVoice: number;
}

export const DEFAULT_QUOTING: DraftQuoting = Object.freeze({
  supportersPerCandidate: 5,
  reservationsPerCandidate: 5,
  askersPerCandidate: 2,
  voicesPerSide: 2,
  divergencesQuoted: 20,
  questionTargetsQuoted: 20,
  askersPerQuestion: 2,
  citationsPerVoice: 2,
});

/** The voices of one list the draft does not quote: how many, and who (ordered by id). */
export interface UnquotedVoices {
  readonly count: number;
  readonly actorIds: readonly string[];
}

/**
 * A non-paper in the sense the Hangzhou Chair proposed ("a non-paper and/or zero-draft reflecting
 * the consensual basic principles of international law applicable in cyberspace"): candidate
 * principles from common ground, each with its supporters' verbatim quotes; then the points of
 * divergence with each side's quotes; then the open questions States asked.
 */
export interface ZeroDraft {
  /**
   * Version of the JSON shape (schemas/zero-draft.v1.schema.json); bumped on any breaking change.
   * Version 1.1 added, without changing any field of 1.0, `quoting` and the `other*` counts.
   */
  readonly schemaVersion: 1;
  /** The quoting limits the draft was built with (version 1.1). */
  readonly quoting: DraftQuoting;
  readonly title: string;
  readonly scope: AnalysisScope;
  readonly meetings: readonly DraftMeeting[];
  /**
   * The reliability tiers of the documents the positions in scope are recorded in (a statement's
   * report, an imported cell's dataset), most reliable first: within `scope.sourceTiers` when set.
   */
  readonly tiers: readonly ReliabilityTier[];
  readonly minSupporters: number;
  /** What the draft drew on: positions in scope by provenance, and whether unreviewed ones were let in. */
  readonly basis: DraftBasis;
  readonly principles: readonly DraftPrinciple[];
  readonly divergences: readonly DraftDivergence[];
  readonly openQuestions: readonly DraftQuestion[];
  /**
   * Per target with questions not quoted in `openQuestions` (version 1.1), in target id order: the
   * actors whose questions are only counted.
   */
  readonly unquotedQuestions: readonly DraftUnquotedQuestions[];
}

export interface DraftUnquotedQuestions {
  readonly targetId: string;
  readonly targetName: string;
  readonly askers: UnquotedVoices;
}

export interface DraftMeeting {
  readonly id: string;
  readonly name: string;
  readonly place: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface DraftPrinciple {
  /** 1-based, in `commonGround` order. */
  readonly number: number;
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /** AGREED, or AGREED_WITH_RESERVATIONS when some State accepts it on stated conditions. */
  readonly tier: 'AGREED' | 'AGREED_WITH_RESERVATIONS';
  /** See `draftSentence`. */
  readonly text: string;
  /**
   * Participating States whose net stance is SUPPORTS, with their SUPPORTS quotes: the most
   * representative `quoting.supportersPerCandidate` of them, by id; the others in `otherSupporters`.
   */
  readonly supporters: readonly DraftVoice[];
  readonly otherSupporters: UnquotedVoices;
  /**
   * Participating States that accept it conditionally, with their QUALIFIES quotes: the bracketed
   * drafting notes a negotiator drafts around (at most `quoting.reservationsPerCandidate`, the rest
   * in `otherReservations`). Both empty when the tier is AGREED.
   */
  readonly reservations: readonly DraftVoice[];
  readonly otherReservations: UnquotedVoices;
  /** Participating States that only asked about the target, with their questions. */
  readonly queriedBy: readonly DraftVoice[];
  readonly otherQueriedBy: UnquotedVoices;
}

/** Quotes a voice shows at most by default (`DraftQuoting.citationsPerVoice`). */
export const MAX_CITATIONS_PER_VOICE = DEFAULT_QUOTING.citationsPerVoice;

export interface DraftVoice {
  readonly actorId: string;
  readonly actorName: string;
  /**
   * The actor's strongest positions with the stance the voice is listed under, at most
   * `quoting.citationsPerVoice`: from the most reliable document, then the most recent (see
   * `strongestFirst` in zeroDraft.ts), in sort-key order.
   */
  readonly citations: readonly Citation[];
  /** How many more positions with that stance the actor holds on the target. */
  readonly moreCitations: number;
}

export interface DraftDivergence {
  readonly targetId: string;
  readonly targetName: string;
  readonly targetKind: TargetKind;
  /**
   * The non-empty sides, in this order: SUPPORTS, OPPOSES, QUALIFIES as contestation, QUALIFIES as
   * conditional acceptance; States by net stance and reservation.
   */
  readonly sides: readonly DraftSide[];
}

export interface DraftSide {
  readonly stance: Stance;
  /**
   * For a QUALIFIES side, which: CONTESTATION (a camp of the split) or CONDITIONAL_ACCEPTANCE (States
   * in neither camp, shown for completeness); null for the other stances.
   */
  readonly reservation: ReservationKind | null;
  /** The side's most representative States, quoted (none past `quoting.divergencesQuoted`), by id. */
  readonly voices: readonly DraftVoice[];
  /** The side's other States, counted. */
  readonly otherVoices: UnquotedVoices;
}

/** One actor's questions on one target: the strongest quoted, the others counted. */
export interface DraftQuestion {
  readonly targetId: string;
  readonly targetName: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly citation: Citation;
  /** How many more QUERIES positions the actor holds on the target. */
  readonly moreCitations: number;
}


export interface DraftBasis {
  readonly positions: number;
  readonly curated: number;
  readonly extracted: number;
  /** Coded by a research dataset (IMPORTED), never presented as curated. */
  readonly imported: number;
  readonly includesExtracted: boolean;
}
