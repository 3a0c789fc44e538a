import type {
  Actor,
  AgendaItem,
  Document,
  Meeting,
  Participation,
  Position,
  Target,
} from '../model/index.js';

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
 * - `documents`: those the positions cite (their text is what a zero draft's quotes are checked
 *   against). Statements are not read: no analysis needs them, and at 300,000 positions their
 *   text alone was a hundred megabytes of the input.
 */
export interface AnalysisInput {
  readonly scope: AnalysisScope;
  readonly meetings: readonly Meeting[];
  readonly agendaItems: readonly AgendaItem[];
  readonly participations: readonly Participation[];
  readonly actors: readonly Actor[];
  readonly targets: readonly Target[];
  readonly documents: readonly Document[];
  readonly positions: readonly Position[];
}
