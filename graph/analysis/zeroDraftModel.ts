import type { ReliabilityTier, ReservationKind, Stance, TargetKind } from '../model/index.js';
import type { AnalysisScope } from './AnalysisInput.js';
import type { Citation } from './citationOf.js';

/** The shape of a zero draft, as `zeroDraft` builds it and `verifyZeroDraft` checks it. */

export interface ZeroDraftOptions {
  /** Least number of supporting States for a candidate principle. Default 2. */
  readonly minSupporters?: number;
  readonly title?: string;
}

/**
 * A non-paper in the sense the Hangzhou Chair proposed ("a non-paper and/or zero-draft reflecting
 * the consensual basic principles of international law applicable in cyberspace"): candidate
 * principles from common ground, each with its supporters' verbatim quotes; then the points of
 * divergence with each side's quotes; then the open questions States asked.
 */
export interface ZeroDraft {
  /** Version of the JSON shape (schemas/zero-draft.v1.schema.json); bumped on any breaking change. */
  readonly schemaVersion: 1;
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
  /** Every participating State whose net stance is SUPPORTS, by id, with its SUPPORTS quotes. */
  readonly supporters: readonly DraftVoice[];
  /**
   * Every participating State that accepts it conditionally, by id, with its QUALIFIES quotes: the
   * bracketed drafting notes a negotiator drafts around. Empty when the tier is AGREED.
   */
  readonly reservations: readonly DraftVoice[];
  /** Participating States that only asked about the target, with their questions. */
  readonly queriedBy: readonly DraftVoice[];
}

/**
 * Quotes a voice shows at most: the draft stays a document a person reads at any scale (193
 * States, 300,000 positions); the rest are counted, and every one is reachable through the API
 * (`consensus(targetId)` lists each side's citations in full).
 */
export const MAX_CITATIONS_PER_VOICE = 2;

export interface DraftVoice {
  readonly actorId: string;
  readonly actorName: string;
  /**
   * The actor's strongest positions with the stance the voice is listed under, at most
   * `MAX_CITATIONS_PER_VOICE`: from the most reliable document, then the most recent (see
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
  readonly voices: readonly DraftVoice[];
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
