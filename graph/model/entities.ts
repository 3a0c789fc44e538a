import type {
  ActorKind,
  DecisionOutcome,
  InstrumentType,
  ParticipationStatus,
  PersonRole,
  ReliabilityTier,
  ReservationKind,
  Stance,
  TargetKind,
} from './kinds.js';

/**
 * Node and relationship types of the graph. Every node has a stable `id` that survives re-loading
 * (ids are ASCII: `[A-Za-z0-9][A-Za-z0-9._:-]*`, so that both stores sort them identically).
 */

export interface Document {
  readonly id: string;
  readonly title: string;
  /** The day the document was issued (ISO 8601 date). */
  readonly date: string;
  /** Actor id of the issuing body. */
  readonly issuedBy: string;
  readonly reliability: ReliabilityTier;
  /** Meeting the document reports on. */
  readonly meetingId: string;
  /** Path of the source file, relative to the seeds folder. */
  readonly sourcePath: string;
  /** The source text, byte-for-byte as shipped. Offsets are Unicode code points into it. */
  readonly text: string;
  /** SHA-256 of the source file (hex). */
  readonly sha256: string;
  /** Where the document is published, when known. */
  readonly sourceUrl: string | null;
  /** Who holds the rights in the text and on what terms it is shipped here, when stated. */
  readonly rights: string | null;
  /** How to cite the document (a dataset's preferred citation), when stated. */
  readonly citation: string | null;
  /**
   * The file the text was extracted from, when it was not itself the text (a PDF, a DOCX, a web
   * page taken in by `npm run ingest`); absent for texts shipped as they are.
   */
  readonly original?: OriginalFile | null;
}

/**
 * A document without its text: what a page of positions carries for its evidence (a page names two
 * or three documents of tens to hundreds of kilobytes each, and shows their titles). The text is
 * read where it is asked for.
 */
export type DocumentHead = Omit<Document, 'text'>;

/** The publisher's file, as received: what a citation can be checked against. */
export interface OriginalFile {
  readonly name: string;
  /** SHA-256 of the original bytes (hex). */
  readonly sha256: string;
  /** IANA media type, e.g. "application/pdf". */
  readonly mediaType: string;
}

export interface Meeting {
  readonly id: string;
  readonly name: string;
  /** Actor id of the convening organisation. */
  readonly organizationId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly place: string;
}

export interface AgendaItem {
  readonly id: string;
  readonly meetingId: string;
  /** 1-based position in the agenda. */
  readonly order: number;
  /** Label as the report numbers it, e.g. "Topic II.1". */
  readonly label: string;
  readonly title: string;
}

export interface Actor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  /** Other names under which the actor appears ("People's Republic of China", "PRC"). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-3 code, for States only. */
  readonly isoCode: string | null;
}

export interface Participation {
  readonly meetingId: string;
  readonly actorId: string;
  readonly status: ParticipationStatus;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly honorific: string | null;
}

/** A person's part in one meeting: their role, whom they represent, their title there. */
export interface Attendance {
  readonly meetingId: string;
  readonly personId: string;
  readonly role: PersonRole;
  readonly representsId: string;
  readonly affiliation: string | null;
}

interface TargetBase {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
}

export interface LegalPrinciple extends TargetBase {
  readonly kind: 'PRINCIPLE';
  /** The broader principle this one is an element of (e.g. coercion -> non-intervention). */
  readonly elementOfId: string | null;
  /** Instruments that enshrine the principle. */
  readonly enshrinedInIds: readonly string[];
}

export interface Instrument extends TargetBase {
  readonly kind: 'INSTRUMENT';
  readonly instrumentType: InstrumentType;
  /** The instrument this one is part of (Article 51 -> UN Charter). */
  readonly partOfId: string | null;
  readonly year: number | null;
}

export interface Decision {
  readonly outcome: DecisionOutcome;
  readonly unanimous: boolean;
  /** The report's words recording the decision. */
  readonly quote: string | null;
}

export interface Proposal extends TargetBase {
  readonly kind: 'PROPOSAL';
  readonly meetingId: string;
  /** Actor or person id who put the proposal. */
  readonly proposedById: string | null;
  readonly decision: Decision | null;
}

/**
 * A yes/no legal question ("Is coercion a required element of prohibited intervention?"), as
 * research datasets code State positions. `name` is its short name; `wording` the question as
 * asked; `proposition` the affirmative statement a "yes" answer accepts ("coercion is a required
 * element of prohibited intervention"), from which a zero draft phrases "States agree that …".
 */
export interface LegalQuestion extends TargetBase {
  readonly kind: 'QUESTION';
  readonly wording: string;
  /** Null for a question a dataset introduced without one: the draft then quotes the wording. */
  readonly proposition: string | null;
  /** The principles or instruments the question is about (at least one). */
  readonly aboutIds: readonly string[];
}

export type Target = LegalPrinciple | Instrument | Proposal | LegalQuestion;

export interface Statement {
  readonly id: string;
  readonly documentId: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  /** The actor the speaker spoke for. */
  readonly actorId: string;
  /** The named speaker, when the report names one. */
  readonly speakerId: string | null;
  readonly speakerRole: PersonRole;
  /** Code-point offsets of the statement's full span in the document, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Stable sort key: document order within a document (see graph/model/sortKey.ts). */
  readonly sortKey: string;
}

/**
 * Evidence anchored as the W3C Web Annotation Data Model anchors text
 * (https://www.w3.org/TR/annotation-model/#text-position-selector and #text-quote-selector):
 * a position selector (code-point offsets, end exclusive) and a quote selector (exact words with
 * up to 32 code points of context either side).
 */
export interface Evidence {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /**
   * Whether the quote was found in the text of the document it was said in. Curated and extracted
   * evidence always is. Imported evidence is when its source document is in the graph; otherwise
   * the selectors point into the dataset's own records (where the quote is written verbatim, or
   * where a cell without a quote is recorded, `quote` then empty) and `citation`/`sourceUrl` say
   * where the words were said.
   */
  readonly located: boolean;
  /** The dataset's citation of the source of the quote (imported evidence), if any. */
  readonly citation: string | null;
  /** The dataset's URL of the source of the quote (imported evidence), if any. */
  readonly sourceUrl: string | null;
}

/**
 * Where a position comes from. CURATED positions were coded or accepted by a person; EXTRACTED
 * ones were suggested by the extractor (graph/ingest) and nobody has reviewed them yet: analyses
 * leave them out unless asked, and they are never presented as curated.
 */
export type Provenance =
  | {
      readonly method: 'CURATED';
      readonly coder: string;
      readonly codedOn: string;
      /** Who accepted it in review, when it began as an extractor's suggestion. */
      readonly reviewer?: string | null;
      readonly reviewedOn?: string | null;
      /** The extractor that first suggested it, if any. */
      readonly suggestedBy?: string | null;
    }
  | {
      readonly method: 'EXTRACTED';
      readonly extractor: string;
      readonly confidence: number;
      /** The words that made the extractor suggest it (speaker, target, stance cues). */
      readonly cue?: readonly string[];
      readonly extractedOn?: string | null;
    }
  | {
      readonly method: 'IMPORTED';
      /** Id of the dataset (seeds/datasets/<id>) the position was imported from. */
      readonly dataset: string;
      /** 1-based row of the dataset file (header row included) and the column header of the cell. */
      readonly row: number;
      readonly column: string;
      /** Who coded the cell, when the dataset says. */
      readonly coder: string | null;
    };

export interface Position {
  readonly id: string;
  readonly statementId: string;
  readonly targetId: string;
  readonly targetKind: TargetKind;
  readonly stance: Stance;
  readonly evidence: Evidence;
  readonly provenance: Provenance;
  /** The curator's remark on why this stance was coded, if any. */
  readonly note: string | null;
  /**
   * For QUALIFIES only: conditional acceptance or contestation (see `RESERVATION_KINDS`); null (or
   * absent, for positions built before the field existed) when not coded, read as CONTESTATION.
   * Always null for the other stances.
   */
  readonly reservation?: ReservationKind | null;
  /** Denormalised from the statement, so positions filter and sort without a join. */
  readonly actorId: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  readonly sortKey: string;
}
