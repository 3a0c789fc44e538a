import { gql } from 'graphql-tag';

/**
 * The analysis part of the schema: consensus, divergence, agreement, blocs, common ground and the
 * zero draft, computed by graph/analysis from positions read through the store port, so every
 * store answers identically. Formulas and their sources: README, "Analysis".
 */
export const analysisTypeDefs = gql`
  "Narrows an analysis: AND across fields, OR within a list, an absent or empty list does not filter."
  input AnalysisScope {
    "Only these meetings (and their participating States)."
    meetingIds: [ID!]
    "Only positions taken under these agenda items."
    agendaItemIds: [ID!]
    "Only these actors' positions; participating States are narrowed to these too."
    actorIds: [ID!]
    """
    Only positions recorded in these documents or research datasets (a dataset is a document of tier
    SECONDARY; its id is the dataset's): a meeting report's statements, a dataset's coded cells, even
    when a cell's quote is located in another document. The meetings in scope narrow to those the
    documents report on.
    """
    sourceDocumentIds: [ID!]
    "Only positions recorded in a document of these reliability tiers (participating States are not narrowed)."
    sourceTiers: [ReliabilityTier!]
    "Also count positions the extractor suggested that nobody has reviewed yet (default false)."
    includeExtracted: Boolean
  }

  "Why a consensus score is null."
  enum ScoreNullReason {
    "No participating State took a position on the target."
    NO_STATE_SPOKE
  }

  "Why a chance-corrected agreement index is null."
  enum ChanceCorrectionNullReason {
    "The two States share no target."
    NO_SHARED_TARGETS
    "They share fewer targets than minSharedTargets."
    TOO_FEW_SHARED_TARGETS
    "Expected agreement is 1 (both took one and the same stance throughout): chance cannot be told apart."
    NO_VARIATION
  }

  "Why blocs should be read with care."
  enum BlocsCaveat {
    "Fewer than three States could be placed."
    FEW_STATES
    "Some selected States took no position in scope."
    UNPLACED_STATES
    "No pair of States agrees more than it disagrees."
    NO_EDGES
    "The best partition has no community structure (modularity 0 or less)."
    NO_STRUCTURE
    "Modularity below 0.3: structure is weak."
    WEAK_STRUCTURE
    "Pairs share few targets (median below 3)."
    FEW_SHARED_TARGETS
    "Some pairs share no target at all."
    PAIRS_WITHOUT_SHARED_TARGETS
  }

    "Where a target stands among the participating States that spoke on it (graph/analysis/README.md, Three tiers)."
  enum ConsensusTier {
    "Supported, and no State opposed, contested or reserved."
    AGREED
    "Supported; no State opposed or contested; some accepted only on stated conditions."
    AGREED_WITH_RESERVATIONS
    "Supported by some, opposed or contested by others."
    DIVERGENT
    "States spoke, but none supported it without reservation."
    NOT_SUPPORTED
    "No participating State took a position on it."
    NO_STATE_SPOKE
  }

  "Format of a generated zero draft."
  enum ZeroDraftFormat {
    "CommonMark text."
    MARKDOWN
    "The draft's structure as JSON text."
    JSON
  }

  "One position cited as evidence: the verbatim words and where they stand."
  type Citation {
    "The position cited."
    position: Position!
    "Its stance."
    stance: Stance!
    "For QUALIFIES, the reservation kind as coded (null: not coded, counted as CONTESTATION)."
    reservation: ReservationKind
    "The verbatim quote."
    quote: String!
    "The document quoted."
    document: Document!
    "The agenda item it was said under."
    agendaItem: AgendaItem!
    "Start of the quote in the document, in code points."
    start: Int!
    "End of the quote (exclusive), in code points."
    end: Int!
  }

  "One actor on one side of a target."
  type SideEntry {
    "The actor."
    actor: Actor!
    "Whether the actor is a participating State (only they count towards the score)."
    isParticipatingState: Boolean!
    "The actor's net stance on the target (the most reserved it took: OPPOSES, QUALIFIES, SUPPORTS, QUERIES)."
    netStance: Stance!
    "When the net stance is QUALIFIES: CONDITIONAL_ACCEPTANCE if every QUALIFIES position is one, else CONTESTATION."
    netReservation: ReservationKind
    "The actor's positions with this side's stance."
    citations: [Citation!]!
  }

  extend type ConsensusSide {
    "The actors on this side with their evidence, ordered by actor id."
    entries: [SideEntry!]!
  }

  extend type TargetConsensus {
    "Participating States in scope, spoken or silent."
    participatingStates: Int!
    "Participating States that took any position on the target."
    statesSpoke: Int!
    "Participating States whose net stance is SUPPORTS."
    supporting: Int!
    "...OPPOSES."
    opposing: Int!
    "...QUALIFIES."
    qualifying: Int!
    "...QUERIES only."
    queryingOnly: Int!
    "Of qualifying: States holding it unsettled (contestation, or an uncoded reservation)."
    contesting: Int!
    "Of qualifying: States accepting it on stated conditions."
    reserving: Int!
    "Agreed, agreed with reservations, divergent, not supported, or no State spoke."
    tier: ConsensusTier!
    "(supporting - opposing - qualifying) / statesSpoke, in [-1, 1]; null when no State spoke."
    score: Float
    "Why score is null."
    scoreNullReason: ScoreNullReason
    "Whether some State supports while another opposes or contests (tier DIVERGENT)."
    divergent: Boolean!
    "The conflicting camps, when divergent."
    divergence: Divergence
  }

  "States in conflict on one target."
  type Divergence {
    "The target."
    target: Target!
    "Participating States whose net stance is SUPPORTS."
    supporting: [Actor!]!
    "...OPPOSES."
    opposing: [Actor!]!
    "...QUALIFIES: contesting and reserving together."
    qualifying: [Actor!]!
    "...QUALIFIES, holding it unsettled: they dissent."
    contesting: [Actor!]!
    "...QUALIFIES, accepting on stated conditions: in neither camp."
    reserving: [Actor!]!
    "Size of the smaller camp (supporters against opposers plus contesters): larger means more divided."
    smallerCamp: Int!
    "Difference between the camps' sizes: smaller means a closer split."
    margin: Int!
  }

  "Agreement of two States over the targets both took a position on (silence is missing data)."
  type AgreementPair {
    "The first State (lower id)."
    stateA: Actor!
    "The second State."
    stateB: Actor!
    "N: targets both took a position on."
    sharedTargets: Int!
    "Their ids."
    sharedTargetIds: [ID!]!
    "Shared targets on which their net stances match."
    agreements: Int!
    "agreements / sharedTargets; null when N = 0."
    rawAgreement: Float
    "Cohen's kappa over the shared targets; null with a reason."
    kappa: Float
    "Scott's pi over the shared targets; null with a reason."
    pi: Float
    "Why kappa and pi are null."
    nullReason: ChanceCorrectionNullReason
  }

  "Pairwise agreement of States."
  type StateAgreement {
    "The States compared."
    states: [Actor!]!
    "Below this many shared targets kappa and pi are null."
    minSharedTargets: Int!
    "Every unordered pair, ordered by (stateA, stateB)."
    pairs: [AgreementPair!]!
  }

  "A community of States found by Louvain."
  type Bloc {
    "1-based rank by size."
    id: Int!
    "Its States."
    states: [Actor!]!
  }

  "An edge of the agreement graph blocs are found in."
  type BlocEdge {
    "One State."
    stateA: Actor!
    "The other."
    stateB: Actor!
    "Net agreement: shared targets agreed on minus those disagreed on."
    weight: Float!
  }

  "How much data the blocs rest on."
  type BlocsDataQuality {
    "States placed in the graph."
    statesPlaced: Int!
    "Selected States that took no position in scope."
    statesUnplaced: Int!
    "Pairs of placed States."
    pairs: Int!
    "Pairs sharing no target."
    pairsSharingNoTarget: Int!
    "Median shared targets per pair."
    medianSharedTargets: Float
  }

  "Communities of States by agreement, with how far to trust them."
  type Blocs {
    "The blocs, largest first."
    blocs: [Bloc!]!
    "Modularity of the partition; null when the graph has no edge."
    modularity: Float
    "The weighted agreement graph."
    edges: [BlocEdge!]!
    "Selected States that took no position in scope."
    unplacedStates: [Actor!]!
    "Louvain seed used."
    seed: Int!
    "Louvain runs; the best partition is kept."
    restarts: Int!
    "Louvain resolution."
    resolution: Float!
    "How much data the blocs rest on."
    dataQuality: BlocsDataQuality!
    "Reasons for care, as codes."
    caveats: [BlocsCaveat!]!
    "The same as a paragraph for readers."
    caveat: String
  }

  "A target supported by enough States and opposed or contested by none; States that accept it conditionally are named."
  type CommonGround {
    "The target."
    target: Target!
    "AGREED, or AGREED_WITH_RESERVATIONS when some State accepts it only on stated conditions."
    tier: ConsensusTier!
    "Participating States whose net stance is SUPPORTS."
    supporters: [Actor!]!
    "Participating States that accept it on stated conditions: the drafting notes."
    reservedBy: [Actor!]!
    "Their conditional-acceptance positions, with the words (reservedBy's QUALIFIES quotes), in document order by State."
    reservations: [Citation!]!
    "Participating States that only asked about it."
    queriedBy: [Actor!]!
  }

  "What an analysis over a scope draws on: its positions by provenance."
  type AnalysisBasis {
    "Positions the analyses in this scope count."
    positions: Int!
    "Of which coded or accepted by a person."
    curated: Int!
    "Of which suggested by the extractor and not yet reviewed (0 unless scope.includeExtracted)."
    extracted: Int!
    "Of which coded by a research dataset (provenance IMPORTED)."
    imported: Int!
    "Whether unreviewed extracted positions were let in."
    includesExtracted: Boolean!
  }

  "One actor's stand on one target in scope: its net stance and how many positions of each stance stand behind it."
  type StanceCell {
    actor: Actor!
    target: Target!
    "The most reserved stance the actor took on the target (OPPOSES, QUALIFIES, SUPPORTS, QUERIES)."
    netStance: Stance!
    supports: Int!
    opposes: Int!
    qualifies: Int!
    queries: Int!
    "All the actor's positions on the target in scope."
    positions: Int!
    "Distinct statements behind those positions (a statement quoted twice on one target counts once)."
    statements: Int!
    "Per stance the actor took on the target (stances with positions only, in the order SUPPORTS, OPPOSES, QUALIFIES, QUERIES): positions and distinct statements."
    byStance: [StanceCount!]!
  }

  """
  The cells of stanceMatrix, in its order, as parallel lists: cell i is actorIds[actor[i]] on
  targetIds[target[i]], with byStance[s].positions[i] positions of stance s. Each id is written once
  and no field name per cell: for a client drawing every cell (the explorer's network), about a
  fifth of stanceMatrix's answer.
  """
  type StanceColumns {
    "The actors the cells name, each once."
    actorIds: [ID!]!
    "The targets the cells name, each once."
    targetIds: [ID!]!
    "Per cell, its actor's index in actorIds."
    actor: [Int!]!
    "Per cell, its target's index in targetIds."
    target: [Int!]!
    "One column pair per stance, every stance in the order SUPPORTS, OPPOSES, QUALIFIES, QUERIES."
    byStance: [StanceCountColumn!]!
  }

  "Per cell of StanceColumns, the positions of one stance (0: none) and the distinct statements behind them."
  type StanceCountColumn {
    stance: Stance!
    positions: [Int!]!
    statements: [Int!]!
  }

  "Positions of one stance in a stance cell, and the distinct statements behind them."
  type StanceCount {
    "The stance."
    stance: Stance!
    "Positions the actor took with it on the target in scope."
    positions: Int!
    "Distinct statements behind those positions."
    statements: Int!
  }

  extend type Query {
    "What the analyses over this scope draw on (the same positions every analysis query with this scope counts)."
    analysisBasis(scope: AnalysisScope): AnalysisBasis!
    """
    Every actor × target pair with positions in scope, by target id then actor id: what a network or
    matrix view draws, without reading every position. The positions themselves are in positions(filter).
    """
    stanceMatrix(scope: AnalysisScope, actorKinds: [ActorKind!], targetKinds: [TargetKind!]): [StanceCell!]!
    "stanceMatrix's cells in columns (StanceColumns): the same cells and order, a fifth of the bytes."
    stanceColumns(scope: AnalysisScope, actorKinds: [ActorKind!], targetKinds: [TargetKind!]): StanceColumns!
    "Targets on which States diverge, most divided first."
    divergences(scope: AnalysisScope): [Divergence!]!
    "Pairwise agreement of participating States (all of them when actorIds is absent)."
    agreement(actorIds: [ID!], minSharedTargets: Int = 3, scope: AnalysisScope): StateAgreement!
    "Communities of States by agreement (Louvain), with modularity and caveats."
    blocs(actorIds: [ID!], seed: Int = 2019, scope: AnalysisScope): Blocs!
    "Targets supported by at least minSupporters participating States and opposed or contested by none: agreed first, then agreed with reservations."
    commonGround(minSupporters: Int = 2, scope: AnalysisScope): [CommonGround!]!
    "A zero draft of consensual principles with verbatim citations, points of divergence and open questions."
    zeroDraft(format: ZeroDraftFormat = MARKDOWN, minSupporters: Int = 2, scope: AnalysisScope): String!
  }
`;
