import type { ActorKind, PersonRole, Stance, TargetKind } from '../../model/index.js';

/** A statement the extractor suggests: who spoke, and the stretch of text they said. */
export interface SuggestedStatement {
  readonly id: string;
  readonly actorId: string;
  readonly actorKind: ActorKind;
  readonly actorName: string;
  /** False when the actor is not in the catalog yet (a State by its ISO code, a known group). */
  readonly actorInCatalog: boolean;
  readonly speakerId: string | null;
  readonly speakerRole: PersonRole;
  readonly deliveredBy: string | null;
  readonly agendaItemId: string | null;
  /** UTF-16 indices into the stored text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** The words that named the speaker. */
  readonly cue: string;
}

/** A position the extractor suggests, always EXTRACTED until a reviewer accepts it. */
export interface SuggestedPosition {
  readonly id: string;
  readonly statementId: string;
  readonly actorId: string;
  /** A catalog target id, or null for a candidate new target named by `targetName`. */
  readonly targetId: string | null;
  readonly targetKind: TargetKind | null;
  readonly targetName: string;
  readonly stance: Stance;
  /** UTF-16 indices of the quote in the stored text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly confidence: number;
  /** Every cue that fired: the speaker's, the target's words, the stance words. */
  readonly cues: readonly string[];
}

export interface Extraction {
  readonly statements: readonly SuggestedStatement[];
  readonly positions: readonly SuggestedPosition[];
}
