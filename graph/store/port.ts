import type {
  Actor,
  ActorKind,
  AgendaItem,
  Attendance,
  Document,
  DocumentHead,
  Instrument,
  LegalPrinciple,
  LegalQuestion,
  Meeting,
  Participation,
  Person,
  Position,
  Proposal,
  ProvenanceMethod,
  ReliabilityTier,
  Stance,
  Statement,
  Target,
  TargetKind,
} from '../model/index.js';
import type { PositionPart } from './positionParts.js';

/**
 * A complete, validated graph as the loader produces it. Every reference inside it resolves and
 * every quote is verbatim: stores may trust it and only persist it.
 */
export interface GraphBundle {
  readonly actors: readonly Actor[];
  readonly persons: readonly Person[];
  readonly meetings: readonly Meeting[];
  readonly agendaItems: readonly AgendaItem[];
  readonly participations: readonly Participation[];
  readonly attendances: readonly Attendance[];
  readonly principles: readonly LegalPrinciple[];
  readonly instruments: readonly Instrument[];
  readonly proposals: readonly Proposal[];
  readonly questions: readonly LegalQuestion[];
  readonly documents: readonly Document[];
  readonly statements: readonly Statement[];
  readonly positions: readonly Position[];
  /** Hash of the seed files the bundle was read from; stored so a start can tell they changed. */
  readonly fingerprint: string;
}

/**
 * The shared catalog: the entries every document may refer to (seeds/catalog and seeds/meetings),
 * without documents, statements or positions.
 */
export type GraphCatalog = Pick<
  GraphBundle,
  | 'actors'
  | 'persons'
  | 'meetings'
  | 'agendaItems'
  | 'participations'
  | 'attendances'
  | 'principles'
  | 'instruments'
  | 'proposals'
  | 'questions'
>;

/**
 * The shared catalog written as its own unit (`GraphStore.putCatalog`), with the fingerprint of
 * what it was built from so a later sync can tell it changed.
 */
export interface CatalogWrite extends GraphCatalog {
  readonly fingerprint: string;
}

/**
 * One document with everything that belongs to it, written as one unit (`GraphStore.putDocument`).
 * Like a bundle it is validated upstream: every reference resolves, either to the stored graph or
 * to an entry of `catalog`, and every quote is verbatim.
 */
export interface DocumentWrite {
  readonly document: Document;
  /** Every statement of the document (`statement.documentId === document.id`). */
  readonly statements: readonly Statement[];
  /** Every position of those statements. */
  readonly positions: readonly Position[];
  /**
   * Catalog entries the document brings with it (a meeting only it reports on, an actor only it
   * mentions), owned by the document: when the document is removed, or put again without one of
   * them, that entry is dropped unless the shared catalog or another document owns it or anything
   * still stored refers to it. Written only where no other owner holds the entry: the curated
   * catalog's content (and the first document's) wins over a later document's copy, which only
   * adds itself as an owner. Empty lists (or omitted) when the document only uses the shared
   * catalog.
   */
  readonly catalog?: Partial<GraphCatalog>;
  /** Fingerprint of what the document was built from, returned by `listDocumentFingerprints`. */
  readonly fingerprint: string;
}

/** A stored document's id and the fingerprint it was written with. */
export interface DocumentFingerprint {
  readonly documentId: string;
  /** Null for a document written by `replaceGraph`, which records one fingerprint for the whole graph. */
  readonly fingerprint: string | null;
}

/**
 * A stored document and the graph version of the write that last wrote it (`putDocument`, or the
 * `replaceGraph` that loaded it): the version changes whenever anything of the document (its
 * text, statements or positions) may have changed, and at no other time, so a reader holding
 * data read at an earlier version can re-read only the documents whose version moved
 * (graph/analysis/loadAnalysisInput.ts). Null when the store cannot tell (a document stored before
 * stores recorded it, or read while a large Neo4j switch is under way): treat it as changed.
 */
export interface DocumentVersion {
  readonly documentId: string;
  readonly graphVersion: string | null;
}

/** What a write leaves behind. */
export interface WriteResult {
  /** The graph version after the write (`GraphStore.getGraphVersion`). */
  readonly graphVersion: string;
}

/** Node counts by kind, and the relationship count, of what a store holds. */
export interface GraphCounts {
  readonly actors: number;
  readonly persons: number;
  readonly meetings: number;
  readonly agendaItems: number;
  readonly principles: number;
  readonly instruments: number;
  readonly proposals: number;
  readonly questions: number;
  readonly documents: number;
  readonly statements: number;
  readonly positions: number;
  readonly relationships: number;
}

/**
 * A statement as the record it belongs to: its id and the document it is recorded in, without its
 * text. What scoping by source needs, read for every statement in scope (a statement's text is
 * ~100 MB at 300,000 positions).
 */
export type StatementSource = Pick<Statement, 'id' | 'documentId'>;

/** Keyset page request: at most `first` items whose sort key is greater than `after`. */
export interface PageRequest {
  readonly first: number;
  /** Sort key of the last item already seen, or null for the first page. */
  readonly after: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
}

/**
 * Filters combine with AND; each list is an OR over its values; an absent or empty list does not
 * filter.
 */
export interface PositionFilter {
  readonly actorIds?: readonly string[];
  readonly actorKinds?: readonly ActorKind[];
  readonly targetIds?: readonly string[];
  readonly targetKinds?: readonly TargetKind[];
  readonly stances?: readonly Stance[];
  readonly meetingIds?: readonly string[];
  readonly agendaItemIds?: readonly string[];
  /** Positions whose evidence lies in these documents (`evidence.documentId`). */
  readonly documentIds?: readonly string[];
  readonly statementIds?: readonly string[];
  /** Positions curated by a person, or suggested by the extractor and not yet reviewed. */
  readonly provenanceMethods?: readonly ProvenanceMethod[];
  /**
   * Positions recorded in these documents: the document of the statement that takes the position
   * (a meeting report, or a research dataset for its coded cells, even when a cell's quote is
   * located in another document). What an analysis scoped to a source means.
   */
  readonly sourceDocumentIds?: readonly string[];
  /** Positions recorded in a document of these reliability tiers (the same document as `sourceDocumentIds`). */
  readonly sourceTiers?: readonly ReliabilityTier[];
}

/** One agenda item's count of positions (`countPositionsByAgendaItem`). */
export interface AgendaItemPositionCount {
  readonly agendaItemId: string;
  readonly positions: number;
}

/** What `listPositionsWithReferences` reads: which references of its positions, and which of their fields. */
export interface PositionPageSelection {
  /** `Position.actorId`. */
  readonly actors: boolean;
  /** `Position.targetId`. */
  readonly targets: boolean;
  /** `Position.evidence.documentId`. */
  readonly documents: boolean;
  /**
   * The fields of each position to read (positionParts.ts); undefined: all. Given, every store
   * returns exactly these fields and `id` and `sortKey`, the others absent (`withParts`): for a
   * reader that resolves only the fields it selected, such as a GraphQL page.
   */
  readonly parts?: readonly PositionPart[];
}

/** The entities a page of positions refers to (empty lists for kinds not asked for). */
export interface PositionReferences {
  readonly actors: readonly Actor[];
  readonly targets: readonly Target[];
  /** Without their texts (`DocumentHead`): `getDocumentsByIds` reads a text where it is needed. */
  readonly documents: readonly DocumentHead[];
}

export interface StatementFilter {
  readonly actorIds?: readonly string[];
  readonly meetingIds?: readonly string[];
  readonly agendaItemIds?: readonly string[];
  readonly documentIds?: readonly string[];
  /** Statements holding at least one position on one of these targets... */
  readonly targetIds?: readonly string[];
  /** ...with one of these stances (both conditions on the same position). */
  readonly stances?: readonly Stance[];
  /**
   * Full-text terms, already normalised by `graph/model/searchTerms.ts`: a statement matches when
   * its text holds every term as a whole token (a term ending in `*` matches as a prefix).
   */
  readonly textTerms?: readonly string[];
}

export interface TargetFilter {
  readonly kinds?: readonly TargetKind[];
}

export interface ActorFilter {
  readonly kinds?: readonly ActorKind[];
  /** Actors that took part in one of these meetings. */
  readonly meetingIds?: readonly string[];
  /** Actors whose name or an alias contains this text (case and accents ignored, `normalizeForMatch`). */
  readonly query?: string;
}

/**
 * What the application may ask of a graph store. Implemented by the embedded SQLite adapter and
 * the Neo4j adapter; one contract suite (test/contract/) demands identical answers from both.
 *
 * Conventions: `get*ByIds` answer in input order with `null` for unknown ids (DataLoader batch
 * functions) and take any number of ids (no query grows with the list: SQLite binds one JSON
 * array, Neo4j UNWINDs one list parameter); `list*` of catalog kinds answer ordered by id; paged
 * lists answer in sort-key order; filter id lists, likewise, may be of any length.
 * Every method rejects with `StoreUnavailableError` when the store cannot be reached.
 */
export interface GraphStore {
  /** Which adapter this is, for logs and health checks. */
  readonly kind: 'sqlite' | 'neo4j';

  /**
   * Replaces the whole stored graph with `bundle`: afterwards the store holds exactly the bundle;
   * on any failure before the switch (bad data, an outage while writing) it still holds exactly
   * what it held before. Loading the same bundle twice leaves every count unchanged. Every catalog
   * entry becomes owned by the shared catalog, and no document has a fingerprint. SQLite: one
   * transaction. Neo4j: the bundle is staged in bounded transactions, then switched in (one
   * transaction for a small graph; for a large one, bounded batches that the store's next call
   * completes if they are cut off: graph/store/neo4j/README.md). A corpus is kept up to date one
   * document at a time (`putDocument`, as `syncSeeds` does), each transaction bounded by one document.
   */
  replaceGraph(bundle: GraphBundle): Promise<GraphCounts>;
  /**
   * Fingerprint of the bundle last stored by `replaceGraph`, or null for an empty store or once a
   * per-unit write (`putCatalog`, `putDocument`, `removeDocument`) changed the graph since.
   */
  getFingerprint(): Promise<string | null>;
  countGraph(): Promise<GraphCounts>;

  /**
   * An opaque token that changes with every write (replaceGraph, putCatalog, putDocument, a
   * removeDocument that removed something), advanced inside the write's own transaction, and
   * never by a read. Cheap (one row / one node): caches key on it to tell the graph changed. Two
   * reads that answer the same version saw the same graph. Compare for equality only.
   */
  getGraphVersion(): Promise<string>;

  /**
   * Writes the shared catalog as one transaction: upserts every entry and makes it owned by the
   * catalog; entries the catalog owned before but no longer lists lose that ownership and are
   * dropped unless a document owns them or anything stored refers to them (they are then dropped
   * by the first later write after which nothing does). Documents are not touched.
   */
  putCatalog(write: CatalogWrite): Promise<WriteResult>;
  /** Fingerprint of the catalog last written by `putCatalog`, or null. */
  getCatalogFingerprint(): Promise<string | null>;

  /**
   * Puts one document in one transaction, all or nothing: afterwards the store holds exactly
   * `write`'s document, statements and positions under that document id (whatever it held under
   * that id before is replaced), its catalog entries upserted; nothing of any other document is
   * rewritten. On any failure (a statement or position id already used by another document, a
   * reference that does not resolve) it rejects and the store holds exactly what it held before.
   */
  putDocument(write: DocumentWrite): Promise<WriteResult>;
  /**
   * Removes one document, its statements and positions, in one transaction; catalog entries it
   * owned are dropped unless owned elsewhere or still referred to. Removing an unknown id changes
   * nothing (`removed: false`, version unchanged).
   */
  removeDocument(documentId: string): Promise<WriteResult & { readonly removed: boolean }>;
  /** Every stored document with its fingerprint, ordered by document id. */
  listDocumentFingerprints(): Promise<DocumentFingerprint[]>;
  /** Every stored document with the graph version that last wrote it, ordered by document id. */
  listDocumentVersions(): Promise<DocumentVersion[]>;

  getActorsByIds(ids: readonly string[]): Promise<(Actor | null)[]>;
  getPersonsByIds(ids: readonly string[]): Promise<(Person | null)[]>;
  getTargetsByIds(ids: readonly string[]): Promise<(Target | null)[]>;
  getStatementsByIds(ids: readonly string[]): Promise<(Statement | null)[]>;
  /** `getStatementsByIds` without the statements' text: id and document only. */
  getStatementSourcesByIds(ids: readonly string[]): Promise<(StatementSource | null)[]>;
  getPositionsByIds(ids: readonly string[]): Promise<(Position | null)[]>;
  getDocumentsByIds(ids: readonly string[]): Promise<(Document | null)[]>;
  /** `getDocumentsByIds` without the texts: what a check that ids exist, or a citation's title, needs. */
  getDocumentHeadsByIds(ids: readonly string[]): Promise<(DocumentHead | null)[]>;
  getMeetingsByIds(ids: readonly string[]): Promise<(Meeting | null)[]>;
  getAgendaItemsByIds(ids: readonly string[]): Promise<(AgendaItem | null)[]>;
  /** Positions of each statement, in input order, each list in sort-key order. */
  listPositionsByStatementIds(ids: readonly string[]): Promise<Position[][]>;

  listActors(filter: ActorFilter): Promise<Actor[]>;
  listTargets(filter: TargetFilter): Promise<Target[]>;
  listPrinciples(): Promise<LegalPrinciple[]>;
  listInstruments(): Promise<Instrument[]>;
  listProposals(): Promise<Proposal[]>;
  listMeetings(): Promise<Meeting[]>;
  listDocuments(): Promise<Document[]>;
  /**
   * Every document without its text, ordered by id: what a listing shows (titles, dates, sources),
   * without reading every text (hundreds of kilobytes each).
   */
  listDocumentHeads(): Promise<DocumentHead[]>;
  /** Agenda items of a meeting in agenda order. */
  listAgendaItems(meetingId: string): Promise<AgendaItem[]>;
  /** Actors' participation in a meeting, ordered by actor id. */
  listParticipations(meetingId: string): Promise<Participation[]>;
  /** Persons' attendance at a meeting, ordered by person id. */
  listAttendances(meetingId: string): Promise<Attendance[]>;

  // Per-parent batch reads, for DataLoaders (server/schema/loaders.ts): one query for any number of
  // parents, so a field resolved on every item of a list costs one store call, not one per item.
  // Each answers one list per id, in input order; an unknown or repeated id is answered like any
  // other (an empty list, a copy); each list ordered as its single-parent counterpart.

  /** `listAgendaItems` for each meeting: agenda items in agenda order. */
  listAgendaItemsByMeetingIds(meetingIds: readonly string[]): Promise<AgendaItem[][]>;
  /** `listParticipations` for each meeting: ordered by actor id. */
  listParticipationsByMeetingIds(meetingIds: readonly string[]): Promise<Participation[][]>;
  /** `listAttendances` for each meeting: ordered by person id. */
  listAttendancesByMeetingIds(meetingIds: readonly string[]): Promise<Attendance[][]>;
  /** For each principle, the principles that are its elements (`elementOfId`), ordered by id. */
  listElementsByPrincipleIds(principleIds: readonly string[]): Promise<LegalPrinciple[][]>;
  /** For each instrument, the instruments that are its provisions (`partOfId`), ordered by id. */
  listProvisionsByInstrumentIds(instrumentIds: readonly string[]): Promise<Instrument[][]>;
  /** For each instrument, the principles enshrined in it (`enshrinedInIds`), ordered by id. */
  listPrinciplesByInstrumentIds(instrumentIds: readonly string[]): Promise<LegalPrinciple[][]>;
  /**
   * Targets whose name or one of whose aliases contains `query` (case-insensitive, after
   * `normalizeForMatch`), ordered by id.
   */
  findTargets(query: string, filter: TargetFilter): Promise<Target[]>;

  listPositions(filter: PositionFilter, page: PageRequest): Promise<Page<Position>>;
  /**
   * `listPositions` (the same page), with the entities its positions refer to that a page of
   * positions usually shows, read in the same round trip: Neo4j answers it in one query where the
   * page and three `get*ByIds` would be four. `include` says which references to read (each list
   * holds every entity referred to once, in no particular order) and which fields of the positions.
   */
  listPositionsWithReferences(
    filter: PositionFilter,
    page: PageRequest,
    include: PositionPageSelection,
  ): Promise<Page<Position> & { readonly references: PositionReferences }>;
  countPositions(filter: PositionFilter): Promise<number>;
  /**
   * How many positions matching `filter` each agenda item holds, in one read (a filter panel's
   * counts: 1,500 agenda items at UN scale), ordered by agenda item id; items with none are absent.
   */
  countPositionsByAgendaItem(filter: PositionFilter): Promise<AgendaItemPositionCount[]>;
  listStatements(filter: StatementFilter, page: PageRequest): Promise<Page<Statement>>;
  countStatements(filter: StatementFilter): Promise<number>;

  /** Releases connections and file handles. The store is unusable afterwards. */
  close(): Promise<void>;
}

/** The per-parent batch reads of the port ("Per-parent batch reads" above), which each adapter implements in its childReads.ts. */
export type ChildReads = Pick<
  GraphStore,
  | 'listAgendaItemsByMeetingIds'
  | 'listParticipationsByMeetingIds'
  | 'listAttendancesByMeetingIds'
  | 'listElementsByPrincipleIds'
  | 'listProvisionsByInstrumentIds'
  | 'listPrinciplesByInstrumentIds'
>;
