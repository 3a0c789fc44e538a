import type {
  Actor,
  AgendaItem,
  Document,
  Meeting,
  Participation,
  Position,
  ReliabilityTier,
  Target,
} from '../model/index.js';
import type { StatementSource } from '../store/port.js';

/**
 * What an analysis looks at. Lists combine with AND, each list is an OR over its ids, and an
 * absent or empty list does not filter (the same convention as the store's `PositionFilter`).
 */
export interface AnalysisScope {
  readonly meetingIds?: readonly string[];
  readonly agendaItemIds?: readonly string[];
  /** Actors whose positions count; participating States are narrowed to these too. */
  readonly actorIds?: readonly string[];
  /**
   * Only positions recorded in these documents: a meeting report (its statements) or a research
   * dataset (its coded cells; a dataset is a document of tier SECONDARY whose id is the dataset's).
   * A coded cell counts as its dataset's even when its quote is located in another document. The
   * meetings in scope narrow to those the documents report on, as for `agendaItemIds`.
   */
  readonly sourceDocumentIds?: readonly string[];
  /**
   * Only positions recorded in a document of these reliability tiers (the same document as
   * `sourceDocumentIds`). Participating States are not narrowed: a tier is a property of sources,
   * not of who took part.
   */
  readonly sourceTiers?: readonly ReliabilityTier[];
  /**
   * Also count EXTRACTED positions nobody has reviewed yet. Off by default: an analysis a legal
   * adviser cites must rest on positions a person coded or accepted.
   */
  readonly includeExtracted?: boolean;
}

/**
 * Everything the analyses read, as plain immutable data: `loadAnalysisInput` builds it from a store,
 * tests write it by hand. Every analysis is a pure function of it, so both stores give identical
 * answers as long as they hand over identical data.
 *
 * Contents and order (each list ordered by id unless said otherwise):
 * - `scope`: normalised (ids deduplicated and sorted, empty lists dropped);
 * - `meetings`: the meetings in scope: those named, else those of the agenda items named, else all;
 * - `agendaItems`: every agenda item of those meetings, in meeting then agenda order;
 * - `participations`: of those meetings (and of the scoped actors, if any), by meeting then actor;
 * - `actors`, `targets`: the whole catalog, so that an id can be told apart from a typo and a
 *   target nobody spoke on still answers (with nobody on any side);
 * - `positions`: the positions in scope, in sort-key order;
 * - `statements`: of the positions, each as its source only (`StatementSource`: id and document),
 *   which is what scoping by source needs: their text, ~100 MB at 300,000 positions, is not kept;
 * - `documents`: those the positions and their statements cite (the text is what a zero draft's
 *   quotes are checked against).
 */
export type { StatementSource } from '../store/port.js';

export interface AnalysisInput {
  readonly scope: AnalysisScope;
  readonly meetings: readonly Meeting[];
  readonly agendaItems: readonly AgendaItem[];
  readonly participations: readonly Participation[];
  readonly actors: readonly Actor[];
  readonly targets: readonly Target[];
  readonly statements: readonly StatementSource[];
  readonly documents: readonly Document[];
  readonly positions: readonly Position[];
}
