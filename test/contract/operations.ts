/**
 * Every query of the GraphQL API, with arguments that exercise each filter, each nested
 * connection and paging. The contract suite runs each against every store and demands the same
 * answer (ordering included) from all of them.
 */
export interface ContractOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** Walk every page of the named top-level connection and compare the concatenation. */
  readonly walk?: string;
}

const POSITION_FIELDS = `id stance note reservation actor { id name kind isoCode } target { id name kind }
  statement { id } evidence { quote prefix suffix start end document { id } }
  provenance { method coder codedOn extractor confidence }`;
const STATEMENT_FIELDS = `id start end speakerRole actor { id } speaker { id name } agendaItem { id label }
  meeting { id } document { id } positions { id stance target { id } }`;

export const CONTRACT_OPERATIONS: readonly ContractOperation[] = [
  {
    name: 'positions-all-pages',
    walk: 'positions',
    query: `query($first: Int!, $after: String) { positions(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ${POSITION_FIELDS} } } } }`,
    variables: { first: 17 },
  },
  {
    name: 'positions-by-actor-and-stance',
    query: `{ positions(first: 100, filter: { actorIds: ["CHN", "JPN"], stances: [QUALIFIES, OPPOSES] }) {
      totalCount edges { node { id stance actor { id } target { id } } } } }`,
  },
  {
    name: 'positions-by-target-kind-and-actor-kind',
    query: `{ positions(first: 100, filter: { targetKinds: [INSTRUMENT, PROPOSAL], actorKinds: [STATE] }) {
      totalCount edges { node { id actor { id } target { id kind } } } } }`,
  },
  {
    name: 'positions-by-agenda-item-meeting-document-target',
    query: `{ positions(first: 100, filter: { agendaItemIds: ["aalco-owg-cyber-4.topic-2-1", "aalco-owg-cyber-4.topic-3"],
      meetingIds: ["aalco-owg-cyber-4"], documentIds: ["hangzhou-2019"], targetIds: ["non-intervention", "ihl", "coercion-required"] }) {
      totalCount edges { node { id stance actor { id } target { id } } } } }`,
  },
  { name: 'position-by-id', query: `{ position(id: "hangzhou-2019.t1.jpn.budapest-convention") { ${POSITION_FIELDS} } missing: position(id: "nope") { id } }` },
  {
    name: 'statements-all-pages',
    walk: 'statements',
    query: `query($first: Int!, $after: String) { statements(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STATEMENT_FIELDS} } } } }`,
    variables: { first: 9 },
  },
  {
    name: 'statements-by-actor-agenda-item',
    query: `{ statements(first: 100, filter: { actorIds: ["IRN", "icrc"], agendaItemIds: ["aalco-owg-cyber-4.topic-2-1"] }) {
      totalCount edges { node { id text actor { id } } } } }`,
  },
  {
    name: 'statements-by-target-and-stance',
    query: `{ statements(first: 100, filter: { targetIds: ["non-intervention", "budapest-convention"], stances: [SUPPORTS] }) {
      totalCount edges { node { id actor { id } } } } }`,
  },
  { name: 'statement-by-id', query: `{ statement(id: "hangzhou-2019.t2-1.jpn") { ${STATEMENT_FIELDS} text } }` },
  {
    name: 'search-words',
    query: `{ search(query: "non-intervention cyberspace", first: 100) { totalCount edges { node { id } } } }`,
  },
  { name: 'search-prefix', query: `{ search(query: "coerc*", first: 100) { totalCount edges { node { id } } } }` },
  {
    name: 'search-apostrophe-and-accents',
    query: `{ search(query: "People's RÉPUBLIC", first: 100) { totalCount edges { node { id } } } }`,
  },
  {
    name: 'search-with-filter-and-paging',
    walk: 'search',
    query: `query($first: Int!, $after: String) { search(query: "the", first: $first, after: $after, filter: { actorIds: ["CHN"] }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
    variables: { first: 2 },
  },
  { name: 'search-no-hit', query: `{ search(query: "zeppelin", first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }` },
  {
    name: 'actors',
    query: `{ all: actors { id kind name aliases isoCode } states: actors(kinds: [STATE]) { id }
      participants: actors(meetingId: "aalco-owg-cyber-4") { id } one: actor(id: "VNM") { id name aliases }
      byAlias: actors(query: "people’s republic") { id } byName: actors(query: "red cross", kinds: [ORGANIZATION]) { id }
      none: actor(id: "XXX") { id } }`,
  },
  {
    name: 'actor-connections',
    query: `{ actor(id: "JPN") { positions(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      statements(first: 3) { totalCount edges { node { id } } } } }`,
  },
  {
    name: 'principles',
    query: `{ principles { id name kind aliases description elementOf { id } elements { id } enshrinedIn { id }
      positions(first: 3) { totalCount edges { node { id } } } } }`,
  },
  {
    name: 'instruments',
    query: `{ instruments { id name kind aliases description instrumentType year partOf { id } provisions { id } enshrines { id }
      positions(first: 3) { totalCount edges { node { id } } } } }`,
  },
  {
    name: 'proposals',
    query: `{ proposals { id name kind aliases description meeting { id } decision { outcome unanimous quote }
      proposedBy { __typename ... on Person { id } ... on Actor { id } } positions(first: 10) { totalCount edges { node { id actor { id } } } } } }`,
  },
  {
    name: 'questions',
    query: `{ questions { id name kind aliases description wording proposition about { __typename id kind }
      positions(first: 10) { totalCount edges { node { id stance actor { id } } } } }
      byQuery: targets(query: "coercion required", kinds: [QUESTION]) { id kind } }`,
  },
  {
    name: 'target-by-id',
    query: `{ p: target(id: "coercion-element") { __typename id name kind ... on LegalPrinciple { elementOf { id } } }
      i: target(id: "un-charter-art-51") { __typename id ... on Instrument { partOf { id name } } }
      none: target(id: "nothing") { id } }`,
  },
  {
    name: 'targets-by-name-or-alias',
    query: `{ a: targets(query: "non-interference") { id kind } b: targets(query: "CHARTER") { id }
      c: targets(query: "data", kinds: [PRINCIPLE]) { id } d: targets(query: "zero draft") { id kind } }`,
  },
  {
    name: 'meetings',
    query: `{ meetings { id name startsOn endsOn place organization { id }
      agendaItems { id order label title statements(first: 2) { totalCount edges { node { id } } } }
      participants { status actor { id } } attendees { role affiliation person { id name honorific } represents { id } }
      proposals { id } documents { id } }
      meeting(id: "aalco-owg-cyber-4") { id } none: meeting(id: "x") { id } }`,
  },
  {
    name: 'documents',
    query: `{ documents { id title date reliability sourcePath sha256 length issuedBy { id } meeting { id }
      statements(first: 2) { totalCount edges { node { id } } } }
      document(id: "hangzhou-2019") { opening: text(start: 0, end: 120) tail: text(start: 39400) } }`,
  },
  {
    name: 'consensus',
    query: `{ a: consensus(targetId: "budapest-convention") { target { id } sides { stance actors { id } positions { id } } }
      b: consensus(targetId: "non-intervention") { target { id } sides { stance actors { id } positions { id } } }
      c: consensus(targetId: "zero-draft") { sides { stance actors { id } } } }`,
  },
  {
    name: 'consensus-with-score-and-scope',
    query: `{ a: consensus(targetId: "coercion-required") { score scoreNullReason participatingStates statesSpoke supporting opposing
        qualifying queryingOnly contesting reserving tier divergent divergence { target { id } supporting { id } opposing { id } qualifying { id } contesting { id } reserving { id } smallerCamp margin }
        sides { stance entries { actor { id } isParticipatingState netStance netReservation citations { position { id } stance reservation quote document { id } agendaItem { id } start end } } } }
      b: consensus(targetId: "non-intervention", scope: { agendaItemIds: ["aalco-owg-cyber-4.topic-2-1"], actorIds: ["CHN", "JPN", "IRN"] }) {
        score statesSpoke divergent sides { stance actors { id } } }
      c: consensus(targetId: "tallinn-manual-1") { score scoreNullReason statesSpoke } }`,
  },
  {
    name: 'divergences',
    query: `{ all: divergences { target { id } supporting { id } opposing { id } qualifying { id } contesting { id } reserving { id } smallerCamp margin }
      topic3: divergences(scope: { agendaItemIds: ["aalco-owg-cyber-4.topic-3"] }) { target { id } } }`,
  },
  {
    name: 'agreement',
    query: `{ all: agreement { states { id } minSharedTargets pairs { stateA { id } stateB { id } sharedTargets sharedTargetIds
        agreements rawAgreement kappa pi nullReason } }
      two: agreement(actorIds: ["CHN", "JPN"], minSharedTargets: 1) { pairs { sharedTargets rawAgreement kappa pi nullReason } } }`,
  },
  {
    name: 'blocs',
    query: `{ blocs { blocs { id states { id } } modularity edges { stateA { id } stateB { id } weight } unplacedStates { id }
      seed restarts resolution dataQuality { statesPlaced statesUnplaced pairs pairsSharingNoTarget medianSharedTargets } caveats caveat } }`,
  },
  {
    name: 'common-ground',
    query: `{ two: commonGround { target { id kind } tier supporters { id } reservedBy { id } reservations { position { id } reservation quote } queriedBy { id } }
      three: commonGround(minSupporters: 3) { target { id } supporters { id } } }`,
  },
  { name: 'zero-draft-markdown', query: `{ zeroDraft }` },
  {
    name: 'stance-matrix',
    query: `{ all: stanceMatrix { actor { id } target { id } netStance supports opposes qualifies queries positions }
      statesOnPrinciples: stanceMatrix(actorKinds: [STATE], targetKinds: [PRINCIPLE], scope: { agendaItemIds: ["aalco-owg-cyber-4.topic-2-1"] }) { actor { id } target { id } netStance positions } }`,
  },
  { name: 'zero-draft-json', query: `{ zeroDraft(format: JSON, minSupporters: 2) }` },
  {
    name: 'analysis-bad-input',
    query: `{ a: consensus(targetId: "x", scope: { meetingIds: ["nope"] }) { score } }`,
  },
  {
    name: 'counts',
    query: `{ counts { actors persons meetings agendaItems principles instruments proposals questions documents statements positions relationships } }`,
  },
  {
    name: 'bad-input',
    query: `{ a: positions(first: 101) { totalCount } }`,
  },
];

/**
 * Analyses scoped by source, asked of the seeds with the MADE-UP citation table imported as a
 * dataset (test/import/datasetFixtures.ts): the Hangzhou report is OFFICIAL_RECORD, the dataset
 * SECONDARY, and one dataset cell quotes the report.
 */
const SCOPED_CONSENSUS = `score statesSpoke supporting opposing qualifying tier sides { stance actors { id } positions { id } }`;
const SCOPED_AGREEMENT = `states { id } pairs { stateA { id } stateB { id } sharedTargets agreements kappa nullReason }`;

export const DATASET_OPERATIONS: readonly ContractOperation[] = [
  {
    name: 'dataset-scope-by-source',
    query: `{ all: consensus(targetId: "coercion-required") { ${SCOPED_CONSENSUS} }
      secondary: consensus(targetId: "coercion-required", scope: { sourceTiers: [SECONDARY] }) { ${SCOPED_CONSENSUS} }
      official: consensus(targetId: "coercion-required", scope: { sourceTiers: [OFFICIAL_RECORD] }) { ${SCOPED_CONSENSUS} }
      dataset: consensus(targetId: "coercion-required", scope: { sourceDocumentIds: ["made-up-citations"] }) { ${SCOPED_CONSENSUS} }
      agreementAll: agreement(actorIds: ["AUS", "CHN", "FRA", "JPN"]) { ${SCOPED_AGREEMENT} }
      agreementDataset: agreement(actorIds: ["AUS", "CHN", "FRA"], scope: { sourceDocumentIds: ["made-up-citations"] }) { ${SCOPED_AGREEMENT} }
      agreementOfficial: agreement(actorIds: ["AUS", "CHN", "FRA", "JPN"], scope: { sourceTiers: [OFFICIAL_RECORD] }) { ${SCOPED_AGREEMENT} }
      commonGroundSecondary: commonGround(minSupporters: 1, scope: { sourceTiers: [SECONDARY] }) { target { id } tier supporters { id } }
      basis: analysisBasis(scope: { sourceTiers: [SECONDARY] }) { positions curated extracted imported includesExtracted } }`,
  },
  {
    name: 'dataset-positions-by-source',
    query: `{ dataset: positions(first: 5, filter: { sourceDocumentIds: ["made-up-citations"], targetIds: ["coercion-required"] }) { totalCount edges { node { id actor { id } stance provenance { method } } } }
      secondary: positions(first: 1, filter: { sourceTiers: [SECONDARY] }) { totalCount }
      official: positions(first: 1, filter: { sourceTiers: [OFFICIAL_RECORD] }) { totalCount } }`,
  },
  {
    name: 'dataset-positions-by-source-bad-input',
    query: `{ positions(filter: { sourceDocumentIds: ["made-up-citatoins"] }) { totalCount } }`,
  },
  { name: 'dataset-zero-draft-by-source', query: `{ zeroDraft(minSupporters: 1, scope: { sourceDocumentIds: ["made-up-citations"] }) }` },
  {
    name: 'dataset-scope-bad-input',
    query: `{ a: agreement(scope: { sourceDocumentIds: ["made-up-citatoins"] }) { states { id } } }`,
  },
  {
    name: 'dataset-scope-meeting-left-out',
    query: `{ a: divergences(scope: { meetingIds: ["aalco-owg-cyber-4"], sourceDocumentIds: ["made-up-citations"] }) { target { id } } }`,
  },
];

