import { gql } from 'graphql-tag';

/**
 * The GraphQL schema. Lists that grow (positions, statements, search hits) are Relay cursor
 * connections (https://relay.dev/graphql/connections.htm) whose cursors encode a stable sort key
 * (keyset pagination), so a cursor keeps its place when data is added. Catalog lists (actors,
 * principles, instruments) are plain lists ordered by id.
 */
export const typeDefs = gql`
  """
  A stance a statement takes on a target.
  """
  enum Stance {
    "Endorses the target, affirms that it applies, or follows it."
    SUPPORTS
    "Rejects or criticises the target, or calls it a violation."
    OPPOSES
    "Accepts the target with conditions, or calls it unsettled, premature, case-by-case or in need of study."
    QUALIFIES
    "Asks whether or how the target applies, or asks for a definition."
    QUERIES
  }

  "Which reservation a QUALIFIES position expresses (seeds/README.md, Reservations; graph/analysis/README.md, Three tiers)."
  enum ReservationKind {
    "Accepts the target on a stated condition, limit or manner of application (case by case, subject to, taking note of): a drafting note, not an objection."
    CONDITIONAL_ACCEPTANCE
    "Holds the target, or how it applies, unsettled, unclear, premature or in need of study: withholds agreement."
    CONTESTATION
  }

  "What kind of actor speaks or is spoken for."
  enum ActorKind {
    "A State, identified by its ISO 3166-1 alpha-3 code."
    STATE
    "An intergovernmental body, NGO, university or other institution."
    ORGANIZATION
    "A private company."
    COMPANY
  }

  "What a position can be about."
  enum TargetKind {
    "A legal principle (sovereignty, non-intervention, ...)."
    PRINCIPLE
    "A legal instrument or one of its provisions (UN Charter, Article 51, Budapest Convention, ...)."
    INSTRUMENT
    "Something put to a meeting for decision."
    PROPOSAL
    "A yes/no legal question about a principle or instrument (SUPPORTS = yes, OPPOSES = no, QUALIFIES = ambiguous or conditional, QUERIES = asks)."
    QUESTION
  }

  "The role a person plays at a meeting."
  enum PersonRole {
    "Chairs the meeting."
    CHAIR
    "Reports on the topic for the body."
    RAPPORTEUR
    "Presents on a topic as an invited expert."
    PANELIST
    "Speaks for a State."
    DELEGATE
    "Speaks for an observer."
    OBSERVER
    "Heads the organisation's secretariat."
    SECRETARY_GENERAL
    "Speaks for the host."
    HOST
  }

  "How far a document can be relied on, most reliable first."
  enum ReliabilityTier {
    "An official record adopted or issued by the meeting's organisation."
    OFFICIAL_RECORD
    "A statement published by the State itself."
    STATE_PUBLISHED
    "A summary by a third party."
    UNOFFICIAL_SUMMARY
    "A summary produced by software."
    MACHINE_SUMMARY
    "Secondary literature."
    SECONDARY
  }

  "What sort of instrument an Instrument is."
  enum InstrumentType {
    "A treaty or convention."
    TREATY
    "One provision of a treaty."
    TREATY_PROVISION
    "A declaration, e.g. of the UN General Assembly."
    DECLARATION
    "A resolution."
    RESOLUTION
    "A manual or restatement (Tallinn Manual, Law of War Manual)."
    MANUAL
    "A model law."
    MODEL_LAW
    "A State's domestic law."
    NATIONAL_LAW
    "A report."
    REPORT
    "Another normative framework."
    FRAMEWORK
  }

  "How an actor took part in a meeting."
  enum ParticipationStatus {
    "A member State of the convening organisation."
    MEMBER_STATE
    "An observer."
    OBSERVER
    "The host."
    HOST
    "The convening organisation's secretariat."
    SECRETARIAT
    "An invited guest."
    GUEST
    "Coded in a research dataset: the 'meeting' is the dataset, and nobody met."
    CODED
  }

  "What a meeting decided on a proposal."
  enum DecisionOutcome {
    "Adopted."
    ADOPTED
    "Rejected."
    REJECTED
    "Deferred to a later meeting."
    DEFERRED
    "Noted without decision."
    NOTED
    "Not yet decided."
    PENDING
  }

  "How a position came to be in the graph."
  enum ProvenanceMethod {
    "Coded by a person from the source text."
    CURATED
    "Extracted by software, with a confidence."
    EXTRACTED
    "Imported from a coded research dataset (seeds/datasets/), cell by cell."
    IMPORTED
  }

  "Relay page information."
  type PageInfo {
    "Whether more items follow this page."
    hasNextPage: Boolean!
    "Always false: pages are only walked forwards."
    hasPreviousPage: Boolean!
    "Cursor of the first item of the page, null for an empty page."
    startCursor: String
    "Cursor of the last item of the page; pass it as after to get the next page."
    endCursor: String
  }

  "A State, organisation or company."
  type Actor {
    "Stable id: the ISO 3166-1 alpha-3 code for States, a slug otherwise."
    id: ID!
    "What kind of actor this is."
    kind: ActorKind!
    "The usual short name."
    name: String!
    "Other names the actor goes by in sources."
    aliases: [String!]!
    "ISO 3166-1 alpha-3 code, for States only."
    isoCode: String
    "Positions taken by or for this actor, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
    "Statements made by or for this actor, in document order."
    statements(first: Int = 20, after: String): StatementConnection!
  }

  "A named speaker."
  type Person {
    "Stable id."
    id: ID!
    "Name as the sources give it."
    name: String!
    "Title or honorific (H.E., Prof. Dr., ...)."
    honorific: String
  }

  "A meeting, with its agenda and who took part."
  type Meeting {
    "Stable id."
    id: ID!
    "Full name of the meeting."
    name: String!
    "The convening organisation."
    organization: Actor!
    "First day (YYYY-MM-DD)."
    startsOn: String!
    "Last day (YYYY-MM-DD)."
    endsOn: String!
    "Where it was held."
    place: String!
    "Agenda items in agenda order."
    agendaItems: [AgendaItem!]!
    "Actors that took part, ordered by actor id."
    participants: [Participant!]!
    "Persons who attended, with their role, ordered by person id."
    attendees: [Attendee!]!
    "Proposals put to the meeting."
    proposals: [Proposal!]!
    "Documents reporting on the meeting."
    documents: [Document!]!
  }

  "An actor's part in a meeting."
  type Participant {
    "The actor."
    actor: Actor!
    "How the actor took part."
    status: ParticipationStatus!
  }

  "A person's part in a meeting."
  type Attendee {
    "The person."
    person: Person!
    "Their role at the meeting."
    role: PersonRole!
    "Whom they represented."
    represents: Actor!
    "Their title or affiliation as the report gives it."
    affiliation: String
  }

  "A topic heading of a meeting's agenda."
  type AgendaItem {
    "Stable id."
    id: ID!
    "The meeting."
    meeting: Meeting!
    "1-based position in the agenda."
    order: Int!
    "The label the report numbers it with, e.g. Topic II.1."
    label: String!
    "The heading's title."
    title: String!
    "Statements made under this item, in document order."
    statements(first: Int = 20, after: String): StatementConnection!
  }

  "Something a position can be about: a legal principle, an instrument, a proposal or a legal question."
  interface Target {
    "Stable id."
    id: ID!
    "Usual name."
    name: String!
    "Which kind of target this is."
    kind: TargetKind!
    "Other names it goes by."
    aliases: [String!]!
    "A short neutral description."
    description: String
    "Positions taken on it, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
  }

  "A principle of international law."
  type LegalPrinciple implements Target {
    "Stable id."
    id: ID!
    "Usual name."
    name: String!
    "Always PRINCIPLE."
    kind: TargetKind!
    "Other names it goes by."
    aliases: [String!]!
    "A short neutral description."
    description: String
    "Positions taken on it, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
    "The broader principle this one is an element of (coercion is an element of non-intervention)."
    elementOf: LegalPrinciple
    "The principles that are elements of this one."
    elements: [LegalPrinciple!]!
    "Instruments that enshrine the principle."
    enshrinedIn: [Instrument!]!
  }

  "A treaty, provision, declaration, manual or law."
  type Instrument implements Target {
    "Stable id."
    id: ID!
    "Usual name."
    name: String!
    "Always INSTRUMENT."
    kind: TargetKind!
    "Other names it goes by."
    aliases: [String!]!
    "A short neutral description."
    description: String
    "Positions taken on it, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
    "What sort of instrument it is."
    instrumentType: InstrumentType!
    "The instrument this is part of (Article 51 is part of the UN Charter)."
    partOf: Instrument
    "Provisions that are part of this instrument."
    provisions: [Instrument!]!
    "Year adopted, when known."
    year: Int
    "Principles it enshrines."
    enshrines: [LegalPrinciple!]!
  }

  "Something put to a meeting for decision."
  type Proposal implements Target {
    "Stable id."
    id: ID!
    "Usual name."
    name: String!
    "Always PROPOSAL."
    kind: TargetKind!
    "Other names it goes by."
    aliases: [String!]!
    "What was proposed."
    description: String
    "Positions taken on it, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
    "The meeting it was put to."
    meeting: Meeting!
    "Who put it: a person or an actor."
    proposedBy: Proposer
    "What the meeting decided, when recorded."
    decision: Decision
  }

  """
  A yes/no legal question about a principle or instrument, as research datasets code State
  positions. On a question, SUPPORTS answers yes, OPPOSES answers no, QUALIFIES answers that it is
  ambiguous or depends on conditions, QUERIES asks it.
  """
  type LegalQuestion implements Target {
    "Stable id."
    id: ID!
    "Short name."
    name: String!
    "Always QUESTION."
    kind: TargetKind!
    "Other names it goes by."
    aliases: [String!]!
    "A short neutral description."
    description: String
    "Positions taken on it, in document order."
    positions(first: Int = 20, after: String): PositionConnection!
    "The question as asked."
    wording: String!
    "What a yes answer accepts, as a clause following 'States agree that'."
    proposition: String
    "The principles and instruments the question is about."
    about: [Target!]!
  }

  "Who put a proposal."
  union Proposer = Person | Actor

  "A meeting's decision on a proposal."
  type Decision {
    "The outcome."
    outcome: DecisionOutcome!
    "Whether it was unanimous."
    unanimous: Boolean!
    "The report's words recording the decision."
    quote: String
  }

  "A publisher's file as received by npm run ingest."
  type OriginalFile {
    "File name as received."
    name: String!
    "SHA-256 of its bytes (hex)."
    sha256: String!
    "IANA media type, e.g. application/pdf."
    mediaType: String!
  }

  "A source document."
  type Document {
    "Stable id."
    id: ID!
    "Title."
    title: String!
    "Day of issue (YYYY-MM-DD)."
    date: String!
    "The issuing body."
    issuedBy: Actor!
    "How far it can be relied on."
    reliability: ReliabilityTier!
    "The meeting it reports on."
    meeting: Meeting!
    "Path of the source file within the seeds."
    sourcePath: String!
    "SHA-256 of the source file."
    sha256: String!
    "The file the text was extracted from (a PDF, a Word file, a web page), when it was not itself the text."
    original: OriginalFile
    "Where the document is published, when known."
    sourceUrl: String
    "Who holds the rights in the text and on what terms it is shipped, when stated."
    rights: String
    "How to cite it (a dataset's preferred citation), when stated."
    citation: String
    "Length of the text in Unicode code points."
    length: Int!
    "The text as shipped, or the part [start, end) of it, in Unicode code points."
    text(start: Int, end: Int): String!
    "Statements the document records, in document order."
    statements(first: Int = 20, after: String): StatementConnection!
  }

  "One intervention by one speaker or actor under one agenda item, with its place in the document."
  type Statement {
    "Stable id."
    id: ID!
    "The document recording it."
    document: Document!
    "The meeting."
    meeting: Meeting!
    "The agenda item it was made under."
    agendaItem: AgendaItem!
    "The actor the speaker spoke for."
    actor: Actor!
    "The named speaker, when the report names one."
    speaker: Person
    "The speaker's role."
    speakerRole: PersonRole!
    "Start of the statement in the document, in code points."
    start: Int!
    "End of the statement in the document (exclusive), in code points."
    end: Int!
    "The statement's full text as the document gives it."
    text: String!
    "The positions the statement takes, in document order."
    positions: [Position!]!
  }

  "A statement's stance on a target, backed by verbatim evidence."
  type Position {
    "Stable id."
    id: ID!
    "The stance taken."
    stance: Stance!
    "The statement taking it."
    statement: Statement!
    "The actor taking it (the statement's actor)."
    actor: Actor!
    "What it is about."
    target: Target!
    "The words of the source that carry it."
    evidence: Evidence!
    "How it came to be in the graph."
    provenance: Provenance!
    "The coder's note on the stance, if any."
    note: String
    "For QUALIFIES: conditional acceptance or contestation; null for other stances, or when not coded (then counted as CONTESTATION)."
    reservation: ReservationKind
  }

  """
  Verbatim evidence, anchored as the W3C Web Annotation model anchors text: a position selector
  (start/end in Unicode code points, end exclusive) and a quote selector (quote, prefix, suffix).
  """
  type Evidence {
    "The document quoted."
    document: Document!
    "Start of the quote, in code points."
    start: Int!
    "End of the quote (exclusive), in code points."
    end: Int!
    "The exact words."
    quote: String!
    "Up to 32 code points before the quote."
    prefix: String!
    "Up to 32 code points after the quote."
    suffix: String!
    """
    Whether the quote was found in the text of the document it was said in. False for imported
    evidence whose source is not in the graph: the selectors then point into the dataset's records
    (document), and citation and sourceUrl say where the words were said; quote is empty when the
    dataset gives none (never invented).
    """
    located: Boolean!
    "The dataset's citation of the quote's source (imported evidence)."
    citation: String
    "The dataset's URL of the quote's source (imported evidence)."
    sourceUrl: String
  }

  "Who or what coded a position."
  type Provenance {
    "Curated by a person, extracted by software or imported from a dataset."
    method: ProvenanceMethod!
    "Who coded it (curated positions; imported ones when the dataset says)."
    coder: String
    "When it was coded (curated positions, YYYY-MM-DD)."
    codedOn: String
    "Which extractor produced it (extracted positions)."
    extractor: String
    "The extractor's confidence in [0, 1] (extracted positions)."
    confidence: Float
    "The words that made the extractor suggest it: speaker, target, stance cues (extracted positions)."
    cue: [String!]
    "When the extractor suggested it (extracted positions, YYYY-MM-DD)."
    extractedOn: String
    "Who accepted it in review, when a curated position began as a suggestion."
    reviewer: String
    "When it was accepted in review (YYYY-MM-DD)."
    reviewedOn: String
    "The extractor that first suggested a reviewed position."
    suggestedBy: String
    "The dataset id (imported positions)."
    dataset: String
    "1-based row of the dataset file, header included (imported positions)."
    row: Int
    "Column header of the coded cell (imported positions)."
    column: String
  }

  "A page of positions."
  type PositionConnection {
    "The positions of this page with their cursors."
    edges: [PositionEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
    "How many positions match in all."
    totalCount: Int!
  }

  "A position and its cursor."
  type PositionEdge {
    "Opaque cursor; pass it as after to continue after this position."
    cursor: String!
    "The position."
    node: Position!
  }

  "A page of statements."
  type StatementConnection {
    "The statements of this page with their cursors."
    edges: [StatementEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
    "How many statements match in all."
    totalCount: Int!
  }

  "A statement and its cursor."
  type StatementEdge {
    "Opaque cursor; pass it as after to continue after this statement."
    cursor: String!
    "The statement."
    node: Statement!
  }

  "Filters on positions: AND across fields, OR within a list."
  input PositionFilter {
    "Positions of these actors."
    actorIds: [ID!]
    "Positions of actors of these kinds."
    actorKinds: [ActorKind!]
    "Positions on these targets."
    targetIds: [ID!]
    "Positions on targets of these kinds."
    targetKinds: [TargetKind!]
    "Positions with these stances."
    stances: [Stance!]
    "Positions taken at these meetings."
    meetingIds: [ID!]
    "Positions taken under these agenda items."
    agendaItemIds: [ID!]
    "Positions recorded in these documents."
    documentIds: [ID!]
    "Positions by provenance: CURATED (coded or accepted by a person) or EXTRACTED (suggested, not yet reviewed)."
    provenance: [ProvenanceMethod!]
    "Positions whose statement is in these documents or datasets (a dataset's cells, even when their quote was found in a report)."
    sourceDocumentIds: [ID!]
    "Positions whose statement is in a document of these reliability tiers (SECONDARY: the datasets)."
    sourceTiers: [ReliabilityTier!]
  }

  "Filters on statements: AND across fields, OR within a list."
  input StatementFilter {
    "Statements of these actors."
    actorIds: [ID!]
    "Statements at these meetings."
    meetingIds: [ID!]
    "Statements under these agenda items."
    agendaItemIds: [ID!]
    "Statements in these documents."
    documentIds: [ID!]
    "Statements taking a position on one of these targets..."
    targetIds: [ID!]
    "...with one of these stances (on the same position)."
    stances: [Stance!]
  }

  "Actors on one side of a target."
  type ConsensusSide {
    "The stance of this side."
    stance: Stance!
    "Actors holding it, ordered by id."
    actors: [Actor!]!
    "The positions behind it, in document order."
    positions: [Position!]!
  }

  "Who stands where on one target."
  type TargetConsensus {
    "The target."
    target: Target!
    "One entry per stance, in the order SUPPORTS, OPPOSES, QUALIFIES, QUERIES (sides nobody holds included, empty)."
    sides: [ConsensusSide!]!
  }

  "How many nodes of each kind, and relationships, the graph holds."
  type GraphCounts {
    "Actors."
    actors: Int!
    "Persons."
    persons: Int!
    "Meetings."
    meetings: Int!
    "Agenda items."
    agendaItems: Int!
    "Legal principles."
    principles: Int!
    "Instruments."
    instruments: Int!
    "Proposals."
    proposals: Int!
    "Legal questions."
    questions: Int!
    "Documents."
    documents: Int!
    "Statements."
    statements: Int!
    "Positions."
    positions: Int!
    "Relationships, counted as the Neo4j store draws them."
    relationships: Int!
  }

  "One agenda item's count of positions (positionCountsByAgendaItem)."
  type AgendaItemPositionCount {
    agendaItem: AgendaItem!
    positions: Int!
  }

  type Query {
    "Positions in document order. first is 1 to 100."
    positions(first: Int = 20, after: String, filter: PositionFilter): PositionConnection!
    "How many positions matching the filter each agenda item holds, in one read (a filter panel's counts), ordered by agenda item id; agenda items with none are left out."
    positionCountsByAgendaItem(filter: PositionFilter): [AgendaItemPositionCount!]!
    "One position, or null."
    position(id: ID!): Position
    "Statements in document order. first is 1 to 100."
    statements(first: Int = 20, after: String, filter: StatementFilter): StatementConnection!
    "One statement, or null."
    statement(id: ID!): Statement
    """
    Full-text search over statement text, in document order. Every word of the query must occur
    as a whole word (case and accents ignored); end a word with * to match it as a prefix.
    """
    search(query: String!, first: Int = 20, after: String, filter: StatementFilter): StatementConnection!
    "Actors ordered by id, optionally of some kinds, taking part in a meeting, or whose name or an alias contains query (case and accents ignored)."
    actors(kinds: [ActorKind!], meetingId: ID, query: String): [Actor!]!
    "One actor, or null."
    actor(id: ID!): Actor
    "Legal principles ordered by id."
    principles: [LegalPrinciple!]!
    "Instruments ordered by id."
    instruments: [Instrument!]!
    "Proposals ordered by id."
    proposals: [Proposal!]!
    "Legal questions ordered by id."
    questions: [LegalQuestion!]!
    "One principle, instrument, proposal or question, or null."
    target(id: ID!): Target
    "Principles, instruments, proposals and questions whose name or an alias contains the query (case and accents ignored), ordered by id."
    targets(query: String!, kinds: [TargetKind!]): [Target!]!
    "Meetings ordered by id."
    meetings: [Meeting!]!
    "One meeting, or null."
    meeting(id: ID!): Meeting
    "Documents ordered by id."
    documents: [Document!]!
    "One document, or null."
    document(id: ID!): Document
    "For one target, the actors on each side, the positions behind them, a consensus score and whether States diverge."
    consensus(targetId: ID!, scope: AnalysisScope): TargetConsensus!
    "What the graph holds."
    counts: GraphCounts!
    """
    An opaque token that changes whenever the stored graph changes (every write advances it) and
    never otherwise: poll it to tell whether answers already fetched are stale, or key a cache on
    it. Compare for equality only; it differs between stores and after a store is rebuilt.
    """
    graphVersion: String!
  }
`;
