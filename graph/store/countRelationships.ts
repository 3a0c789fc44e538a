import type { GraphBundle, GraphCounts } from './port.js';

/** The parts of a graph that its relationships are drawn from. */
export type RelationshipSource = Pick<
  GraphBundle,
  | 'meetings'
  | 'agendaItems'
  | 'participations'
  | 'attendances'
  | 'principles'
  | 'instruments'
  | 'proposals'
  | 'questions'
  | 'documents'
  | 'statements'
  | 'positions'
>;

/**
 * The number of relationships a graph has when drawn as a property graph, the way the Neo4j
 * adapter writes it (graph/store/neo4j/README.md): one relationship per reference.
 * - Meeting -CONVENED_BY-> Actor; AgendaItem -OF-> Meeting
 * - Actor -PARTICIPATED_IN-> Meeting; Person -ATTENDED-> Meeting and Person -REPRESENTED-> Actor
 * - LegalPrinciple -ELEMENT_OF-> LegalPrinciple, -ENSHRINED_IN-> Instrument (one per instrument);
 *   LegalQuestion -ABOUT-> LegalPrinciple|Instrument (one per id);
 *   Instrument -PART_OF-> Instrument; Proposal -PUT_TO-> Meeting, -PROPOSED_BY-> Person|Actor
 * - Document -REPORTS_ON-> Meeting, -ISSUED_BY-> Actor
 * - Statement -IN-> Document, -UNDER-> AgendaItem, -MADE_BY-> Actor, -SPOKEN_BY-> Person
 * - Statement -TAKES-> Position -ON-> target
 * The embedded store uses this to report the same count as Neo4j's `count(r)`.
 */
export function countRelationships(graph: RelationshipSource): number {
  const present = (value: unknown) => (value === null || value === undefined ? 0 : 1);
  const sum = <T>(items: readonly T[], count: (item: T) => number) => items.reduce((total, item) => total + count(item), 0);
  return (
    graph.meetings.length +
    graph.agendaItems.length +
    graph.participations.length +
    2 * graph.attendances.length +
    sum(graph.principles, (p) => present(p.elementOfId) + p.enshrinedInIds.length) +
    sum(graph.instruments, (i) => present(i.partOfId)) +
    sum(graph.proposals, (p) => 1 + present(p.proposedById)) +
    sum(graph.questions, (q) => q.aboutIds.length) +
    2 * graph.documents.length +
    sum(graph.statements, (s) => 3 + present(s.speakerId)) +
    2 * graph.positions.length
  );
}

/**
 * The relationships drawn from documents, statements and positions alone: a document unit's
 * share of the count, which both stores keep apart from the catalog's.
 */
export function countDocumentRelationships(part: Pick<GraphBundle, 'documents' | 'statements' | 'positions'>): number {
  return countRelationships({ ...NO_CATALOG, documents: part.documents, statements: part.statements, positions: part.positions });
}

const NO_CATALOG = {
  meetings: [],
  agendaItems: [],
  participations: [],
  attendances: [],
  principles: [],
  instruments: [],
  proposals: [],
  questions: [],
} as const;

/** The counts a store holding exactly `bundle` reports (`GraphStore.countGraph`). */
export function countsOfBundle(bundle: GraphBundle): GraphCounts {
  return {
    actors: bundle.actors.length,
    persons: bundle.persons.length,
    meetings: bundle.meetings.length,
    agendaItems: bundle.agendaItems.length,
    principles: bundle.principles.length,
    instruments: bundle.instruments.length,
    proposals: bundle.proposals.length,
    questions: bundle.questions.length,
    documents: bundle.documents.length,
    statements: bundle.statements.length,
    positions: bundle.positions.length,
    relationships: countRelationships(bundle),
  };
}
