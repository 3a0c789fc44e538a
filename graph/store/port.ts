import type {
  Actor,
  ActorKind,
  AgendaItem,
  Attendance,
  Document,
  Instrument,
  LegalPrinciple,
  LegalQuestion,
  Meeting,
  Participation,
  Person,
  Position,
  Proposal,
  Stance,
  Statement,
  Target,
  TargetKind,
} from '../model/index.js';

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
  readonly documentIds?: readonly string[];
  readonly statementIds?: readonly string[];
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
 * functions); `list*` of catalog kinds answer ordered by id; paged lists answer in sort-key order.
 * Every method rejects with `StoreUnavailableError` when the store cannot be reached.
 */
export interface GraphStore {
  /** Which adapter this is, for logs and health checks. */
  readonly kind: 'sqlite' | 'neo4j';

  /**
   * Replaces the whole stored graph with `bundle` in one transaction: afterwards the store holds
   * exactly the bundle; on any failure it still holds exactly what it held before. Loading the same
   * bundle twice leaves every count unchanged.
   */
  replaceGraph(bundle: GraphBundle): Promise<GraphCounts>;
  /** Fingerprint of the bundle last stored, or null for an empty store. */
  getFingerprint(): Promise<string | null>;
  countGraph(): Promise<GraphCounts>;

  getActorsByIds(ids: readonly string[]): Promise<(Actor | null)[]>;
  getPersonsByIds(ids: readonly string[]): Promise<(Person | null)[]>;
  getTargetsByIds(ids: readonly string[]): Promise<(Target | null)[]>;
  getStatementsByIds(ids: readonly string[]): Promise<(Statement | null)[]>;
  getPositionsByIds(ids: readonly string[]): Promise<(Position | null)[]>;
  getDocumentsByIds(ids: readonly string[]): Promise<(Document | null)[]>;
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
  /** Agenda items of a meeting in agenda order. */
  listAgendaItems(meetingId: string): Promise<AgendaItem[]>;
  /** Actors' participation in a meeting, ordered by actor id. */
  listParticipations(meetingId: string): Promise<Participation[]>;
  /** Persons' attendance at a meeting, ordered by person id. */
  listAttendances(meetingId: string): Promise<Attendance[]>;
  /**
   * Targets whose name or one of whose aliases contains `query` (case-insensitive, after
   * `normalizeForMatch`), ordered by id.
   */
  findTargets(query: string, filter: TargetFilter): Promise<Target[]>;

  listPositions(filter: PositionFilter, page: PageRequest): Promise<Page<Position>>;
  countPositions(filter: PositionFilter): Promise<number>;
  listStatements(filter: StatementFilter, page: PageRequest): Promise<Page<Statement>>;
  countStatements(filter: StatementFilter): Promise<number>;

  /** Releases connections and file handles. The store is unusable afterwards. */
  close(): Promise<void>;
}
