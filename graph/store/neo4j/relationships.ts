import type { GraphParts } from './encode.js';
import type { NodeLabel, RelationshipType } from './labels.js';
import { TARGET_LABEL } from './labels.js';

/**
 * The relationships drawn from a bundle: one per reference field (README.md has the picture).
 * `countRelationships` (graph/store/countRelationships.ts) is the same rule counted, and
 * replaceGraph checks the two agree before it commits.
 */
export interface RelationshipBatch {
  readonly type: RelationshipType;
  readonly from: NodeLabel;
  /** `Actor|Person`: a proposal's proposer, which may be either (a Cypher label expression). */
  readonly to: NodeLabel | typeof TARGET_LABEL | 'Actor|Person';
  readonly rows: readonly RelationshipRow[];
}

export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

export function relationshipBatchesOf(parts: GraphParts): RelationshipBatch[] {
  const bundle = {
    meetings: parts.meetings ?? [],
    agendaItems: parts.agendaItems ?? [],
    participations: parts.participations ?? [],
    attendances: parts.attendances ?? [],
    principles: parts.principles ?? [],
    instruments: parts.instruments ?? [],
    proposals: parts.proposals ?? [],
    questions: parts.questions ?? [],
    documents: parts.documents ?? [],
    statements: parts.statements ?? [],
    positions: parts.positions ?? [],
  };
  const proposedBy = bundle.proposals.filter((p) => p.proposedById !== null);
  return [
    batch('CONVENED_BY', 'Meeting', 'Actor', bundle.meetings.map((m) => row(m.id, m.organizationId))),
    batch('OF', 'AgendaItem', 'Meeting', bundle.agendaItems.map((i) => row(i.id, i.meetingId))),
    batch(
      'PARTICIPATED_IN',
      'Actor',
      'Meeting',
      bundle.participations.map((p) => row(p.actorId, p.meetingId, { status: p.status })),
    ),
    batch(
      'ATTENDED',
      'Person',
      'Meeting',
      bundle.attendances.map((a) =>
        row(a.personId, a.meetingId, { role: a.role, representsId: a.representsId, affiliation: a.affiliation }),
      ),
    ),
    batch(
      'REPRESENTED',
      'Person',
      'Actor',
      bundle.attendances.map((a) => row(a.personId, a.representsId, { meetingId: a.meetingId })),
    ),
    batch(
      'ELEMENT_OF',
      'LegalPrinciple',
      'LegalPrinciple',
      bundle.principles.flatMap((p) => (p.elementOfId === null ? [] : [row(p.id, p.elementOfId)])),
    ),
    batch(
      'ENSHRINED_IN',
      'LegalPrinciple',
      'Instrument',
      bundle.principles.flatMap((p) => p.enshrinedInIds.map((instrumentId) => row(p.id, instrumentId))),
    ),
    batch(
      'PART_OF',
      'Instrument',
      'Instrument',
      bundle.instruments.flatMap((i) => (i.partOfId === null ? [] : [row(i.id, i.partOfId)])),
    ),
    batch('PUT_TO', 'Proposal', 'Meeting', bundle.proposals.map((p) => row(p.id, p.meetingId))),
    // proposedById names an actor or a person (ids are unique across both: graph/load checkUniqueIds).
    batch('PROPOSED_BY', 'Proposal', 'Actor|Person', proposedBy.map((p) => row(p.id, p.proposedById!))),
    // A question is about principles or instruments, both :Target nodes.
    batch(
      'ABOUT',
      'LegalQuestion',
      TARGET_LABEL,
      bundle.questions.flatMap((q) => q.aboutIds.map((aboutId) => row(q.id, aboutId))),
    ),
    batch('REPORTS_ON', 'Document', 'Meeting', bundle.documents.map((d) => row(d.id, d.meetingId))),
    batch('ISSUED_BY', 'Document', 'Actor', bundle.documents.map((d) => row(d.id, d.issuedBy))),
    batch('IN', 'Statement', 'Document', bundle.statements.map((s) => row(s.id, s.documentId))),
    batch('UNDER', 'Statement', 'AgendaItem', bundle.statements.map((s) => row(s.id, s.agendaItemId))),
    batch('MADE_BY', 'Statement', 'Actor', bundle.statements.map((s) => row(s.id, s.actorId))),
    batch(
      'SPOKEN_BY',
      'Statement',
      'Person',
      bundle.statements.flatMap((s) => (s.speakerId === null ? [] : [row(s.id, s.speakerId)])),
    ),
    batch('TAKES', 'Statement', 'Position', bundle.positions.map((p) => row(p.statementId, p.id))),
    batch('ON', 'Position', TARGET_LABEL, bundle.positions.map((p) => row(p.id, p.targetId))),
  ];
}

// Private:

function batch(
  type: RelationshipType,
  from: NodeLabel,
  to: RelationshipBatch['to'],
  rows: RelationshipRow[],
): RelationshipBatch {
  return { type, from, to, rows };
}

function row(from: string, to: string, props: Record<string, unknown> = {}): RelationshipRow {
  return { from, to, props };
}
