import { ACTOR_KINDS, STANCES, type ActorKind, type ProvenanceMethod, type Stance } from '../model/kinds.js';

/** Which main view is showing. The overview is the landing page; the network is one view among several. */
export type View = 'overview' | 'divergences' | 'compare' | 'network' | 'matrix' | 'reader' | 'search';
export const VIEWS: readonly View[] = ['overview', 'divergences', 'compare', 'network', 'matrix', 'reader', 'search'];

/** How the matrix orders its targets. */
export type MatrixSort = 'agreed' | 'divided' | 'discussed' | 'name';
export const MATRIX_SORTS: readonly MatrixSort[] = ['agreed', 'divided', 'discussed', 'name'];

/** Filters on positions: AND across fields, OR within one; an empty list of ids means all. */
export interface Filters {
  readonly agendaItemIds: readonly string[];
  readonly stances: readonly Stance[];
  readonly actorKinds: readonly ActorKind[];
  /** Only these States (other actor kinds are governed by `actorKinds`); empty = every State. */
  readonly stateIds: readonly string[];
  /** Show actors and targets with no position in scope (in the network; off by default). */
  readonly showIsolated: boolean;
  /**
   * Show the positions the extractor suggested that nobody has reviewed (off by default: they are
   * not evidence until a person accepts them). Every analysis the explorer asks for then passes
   * `scope.includeExtracted: true`, every position list `provenance` with EXTRACTED.
   */
  readonly includeExtracted: boolean;
  /** Which reviewed kinds of position to show: coded by a person, imported from a dataset; both by default. */
  readonly provenance: readonly ReviewedProvenance[];
}

/** The provenance kinds a person stands behind; EXTRACTED is governed by `includeExtracted`. */
export type ReviewedProvenance = Exclude<ProvenanceMethod, 'EXTRACTED'>;
export const REVIEWED_PROVENANCE: readonly ReviewedProvenance[] = ['CURATED', 'IMPORTED'];

/** What the evidence panel explains. `stance` narrows it to one stance (an edge, a common-ground entry). */
export type Selection =
  | { readonly kind: 'actor'; readonly id: string; readonly stance: Stance | null }
  | { readonly kind: 'target'; readonly id: string; readonly stance: Stance | null }
  | { readonly kind: 'pair'; readonly actorId: string; readonly targetId: string; readonly stance: Stance | null }
  | { readonly kind: 'statement'; readonly id: string };

/** Everything a deep link restores. */
export interface ViewState {
  readonly view: View;
  readonly filters: Filters;
  readonly selection: Selection | null;
  /** The document the source reader shows (null: the first). */
  readonly documentId: string | null;
  /** The position whose quote the reader scrolls to and highlights. */
  readonly positionId: string | null;
  readonly sort: MatrixSort;
  /** States shown side by side in Compare States (two or more), by id. */
  readonly compare: readonly string[];
  /** Words searched in statement text (the API's `search`); empty: no search. */
  readonly query: string;
}

export const DEFAULT_FILTERS: Filters = {
  agendaItemIds: [],
  stances: STANCES,
  actorKinds: ACTOR_KINDS,
  stateIds: [],
  showIsolated: false,
  includeExtracted: false,
  provenance: REVIEWED_PROVENANCE,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  filters: DEFAULT_FILTERS,
  selection: null,
  documentId: null,
  positionId: null,
  sort: 'divided',
  compare: [],
  query: '',
};

/**
 * Whether the filters drop positions (agenda items, stances, a set of States). Such filters also
 * hide nodes left without a visible edge; unticking an actor kind only hides that kind's nodes.
 */
export function isNarrowing(filters: Filters): boolean {
  return filters.agendaItemIds.length > 0 || filters.stances.length < STANCES.length || filters.stateIds.length > 0;
}
