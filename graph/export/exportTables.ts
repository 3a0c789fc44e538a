import type { Position, Target } from '../model/index.js';
import type { ExportGraph } from './readGraph.js';

/** One CSV table and its Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export interface ExportTable {
  readonly name: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly fields: readonly { readonly name: string; readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date'; readonly description: string }[];
  readonly rows: readonly (readonly unknown[])[];
}

const list = (values: readonly string[]) => values.join('; ');

/**
 * The graph as tables, one per entity, with the description of every column: the CSV export and
 * its datapackage.json are both written from this one definition, so the data dictionary cannot
 * drift from the files.
 */
export function exportTables(graph: ExportGraph): ExportTable[] {
  return [
    {
      name: 'actors',
      description: 'States (ISO 3166-1 alpha-3 ids), organisations and companies.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'kind', type: 'string', description: 'STATE, ORGANIZATION or COMPANY.' },
        { name: 'name', type: 'string', description: 'Usual short name.' },
        { name: 'aliases', type: 'string', description: 'Other names, separated by "; ".' },
        { name: 'iso_code', type: 'string', description: 'ISO 3166-1 alpha-3 code (States).' },
      ],
      rows: graph.actors.map((a) => [a.id, a.kind, a.name, list(a.aliases), a.isoCode]),
    },
    {
      name: 'targets',
      description: 'What positions are about: legal principles, instruments, proposals and yes/no legal questions.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'kind', type: 'string', description: 'PRINCIPLE, INSTRUMENT, PROPOSAL or QUESTION.' },
        { name: 'name', type: 'string', description: 'Usual (short) name.' },
        { name: 'aliases', type: 'string', description: 'Other names, separated by "; ".' },
        { name: 'description', type: 'string', description: 'Short neutral description.' },
        { name: 'wording', type: 'string', description: 'Questions: the question as asked.' },
        { name: 'proposition', type: 'string', description: 'Questions: what a yes answer accepts.' },
        { name: 'instrument_type', type: 'string', description: 'Instruments: TREATY, MANUAL, ...' },
        { name: 'year', type: 'integer', description: 'Instruments: year adopted.' },
        { name: 'meeting_id', type: 'string', description: 'Proposals: the meeting it was put to.' },
      ],
      rows: graph.targets.map((t) => [
        t.id, t.kind, t.name, list(t.aliases), t.description,
        t.kind === 'QUESTION' ? t.wording : null, t.kind === 'QUESTION' ? t.proposition : null,
        t.kind === 'INSTRUMENT' ? t.instrumentType : null, t.kind === 'INSTRUMENT' ? t.year : null,
        t.kind === 'PROPOSAL' ? t.meetingId : null,
      ]),
    },
    {
      name: 'relations',
      description: 'Relations between catalog entries: ELEMENT_OF, ENSHRINED_IN, PART_OF, ABOUT (question -> principle or instrument), PROPOSED_BY.',
      primaryKey: ['source_id', 'relation', 'target_id'],
      fields: [
        { name: 'source_id', type: 'string', description: 'Id of the entry the relation starts from.' },
        { name: 'relation', type: 'string', description: 'Relation type.' },
        { name: 'target_id', type: 'string', description: 'Id of the entry it points to.' },
      ],
      rows: graph.targets.flatMap(relationsOf),
    },
    {
      name: 'meetings',
      description: 'Meetings, and coded datasets (place "research dataset").',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'name', type: 'string', description: 'Full name (or dataset title).' },
        { name: 'organization_id', type: 'string', description: 'Convening organisation (or dataset publisher), an actor id.' },
        { name: 'starts_on', type: 'date', description: 'First day.' },
        { name: 'ends_on', type: 'date', description: 'Last day.' },
        { name: 'place', type: 'string', description: 'Where it was held.' },
      ],
      rows: graph.meetings.map((m) => [m.id, m.name, m.organizationId, m.startsOn, m.endsOn, m.place]),
    },
    {
      name: 'agenda_items',
      description: 'Agenda items of the meetings.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'meeting_id', type: 'string', description: 'The meeting.' },
        { name: 'order', type: 'integer', description: '1-based place in the agenda.' },
        { name: 'label', type: 'string', description: 'Label as the report numbers it.' },
        { name: 'title', type: 'string', description: 'Heading.' },
      ],
      rows: graph.agendaItems.map((i) => [i.id, i.meetingId, i.order, i.label, i.title]),
    },
    {
      name: 'participations',
      description: 'Which actors took part in which meeting (CODED: coded in a dataset).',
      primaryKey: ['meeting_id', 'actor_id'],
      fields: [
        { name: 'meeting_id', type: 'string', description: 'The meeting or dataset.' },
        { name: 'actor_id', type: 'string', description: 'The actor.' },
        { name: 'status', type: 'string', description: 'MEMBER_STATE, OBSERVER, HOST, SECRETARIAT, GUEST or CODED.' },
      ],
      rows: graph.participations.map((p) => [p.meetingId, p.actorId, p.status]),
    },
    {
      name: 'documents',
      description: 'Source documents and datasets, with their rights and source URL (texts are in the seeds, not here).',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'title', type: 'string', description: 'Title.' },
        { name: 'date', type: 'date', description: 'Day of issue.' },
        { name: 'issued_by', type: 'string', description: 'Issuing body, an actor id.' },
        { name: 'reliability', type: 'string', description: 'OFFICIAL_RECORD, STATE_PUBLISHED, UNOFFICIAL_SUMMARY, MACHINE_SUMMARY or SECONDARY.' },
        { name: 'meeting_id', type: 'string', description: 'The meeting (or dataset) it reports on.' },
        { name: 'source_path', type: 'string', description: 'Path of the source file within the seeds.' },
        { name: 'sha256', type: 'string', description: 'SHA-256 of the source file.' },
        { name: 'source_url', type: 'string', description: 'Where it is published.' },
        { name: 'rights', type: 'string', description: 'Rights holder and terms.' },
        { name: 'citation', type: 'string', description: 'How to cite it.' },
      ],
      rows: graph.documents.map((d) => [d.id, d.title, d.date, d.issuedBy, d.reliability, d.meetingId, d.sourcePath, d.sha256, d.sourceUrl, d.rights, d.citation]),
    },
    {
      name: 'statements',
      description: 'Interventions, one per speaker or actor and agenda item (for datasets: one per actor).',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'document_id', type: 'string', description: 'Document recording it.' },
        { name: 'meeting_id', type: 'string', description: 'Meeting.' },
        { name: 'agenda_item_id', type: 'string', description: 'Agenda item.' },
        { name: 'actor_id', type: 'string', description: 'Actor spoken for.' },
        { name: 'speaker_id', type: 'string', description: 'Named speaker, a person id.' },
        { name: 'speaker_role', type: 'string', description: 'CHAIR, DELEGATE, ...' },
        { name: 'start', type: 'integer', description: 'Start in the document, Unicode code points.' },
        { name: 'end', type: 'integer', description: 'End (exclusive), Unicode code points.' },
        { name: 'text', type: 'string', description: 'Full text.' },
      ],
      rows: graph.statements.map((s) => [s.id, s.documentId, s.meetingId, s.agendaItemId, s.actorId, s.speakerId, s.speakerRole, s.start, s.end, s.text]),
    },
    {
      name: 'positions',
      description: 'Stances on targets with verbatim evidence (W3C Web Annotation selectors) and provenance.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', description: 'Stable id.' },
        { name: 'statement_id', type: 'string', description: 'Statement taking it.' },
        { name: 'actor_id', type: 'string', description: 'Actor taking it.' },
        { name: 'target_id', type: 'string', description: 'What it is about.' },
        { name: 'target_kind', type: 'string', description: 'Kind of target.' },
        { name: 'stance', type: 'string', description: 'SUPPORTS, OPPOSES, QUALIFIES or QUERIES (on a question: yes, no, ambiguous, asks).' },
        { name: 'document_id', type: 'string', description: 'Document the selectors point into.' },
        { name: 'start', type: 'integer', description: 'TextPositionSelector start, code points.' },
        { name: 'end', type: 'integer', description: 'TextPositionSelector end (exclusive).' },
        { name: 'quote', type: 'string', description: 'TextQuoteSelector exact (empty: a dataset cell without a quote).' },
        { name: 'prefix', type: 'string', description: 'TextQuoteSelector prefix.' },
        { name: 'suffix', type: 'string', description: 'TextQuoteSelector suffix.' },
        { name: 'located', type: 'boolean', description: 'Whether the quote was found in the text it was said in (false: imported, source not in the graph).' },
        { name: 'citation', type: 'string', description: 'Imported: the dataset citation of the quote source.' },
        { name: 'source_url', type: 'string', description: 'Imported: the dataset URL of the quote source.' },
        { name: 'provenance', type: 'string', description: 'CURATED, EXTRACTED or IMPORTED.' },
        { name: 'coder', type: 'string', description: 'Who coded it (curated; imported when given).' },
        { name: 'coded_on', type: 'date', description: 'When (curated).' },
        { name: 'extractor', type: 'string', description: 'Extracted: which extractor.' },
        { name: 'confidence', type: 'number', description: 'Extracted: confidence in [0, 1].' },
        { name: 'dataset', type: 'string', description: 'Imported: dataset id.' },
        { name: 'dataset_row', type: 'integer', description: 'Imported: row of the dataset file (header = 1).' },
        { name: 'dataset_column', type: 'string', description: 'Imported: column header of the cell.' },
        { name: 'note', type: 'string', description: "Coder's note." },
      ],
      rows: graph.positions.map(positionRow),
    },
  ];
}

function relationsOf(t: Target): unknown[][] {
  switch (t.kind) {
    case 'PRINCIPLE':
      return [...(t.elementOfId ? [[t.id, 'ELEMENT_OF', t.elementOfId]] : []), ...t.enshrinedInIds.map((i) => [t.id, 'ENSHRINED_IN', i])];
    case 'INSTRUMENT':
      return t.partOfId ? [[t.id, 'PART_OF', t.partOfId]] : [];
    case 'PROPOSAL':
      return t.proposedById ? [[t.id, 'PROPOSED_BY', t.proposedById]] : [];
    case 'QUESTION':
      return t.aboutIds.map((a) => [t.id, 'ABOUT', a]);
  }
}

function positionRow(p: Position): unknown[] {
  const v = p.provenance;
  const e = p.evidence;
  return [
    p.id, p.statementId, p.actorId, p.targetId, p.targetKind, p.stance, e.documentId, e.start, e.end, e.quote, e.prefix, e.suffix,
    e.located, e.citation, e.sourceUrl, v.method,
    v.method === 'EXTRACTED' ? null : v.coder, v.method === 'CURATED' ? v.codedOn : null,
    v.method === 'EXTRACTED' ? v.extractor : null, v.method === 'EXTRACTED' ? v.confidence : null,
    v.method === 'IMPORTED' ? v.dataset : null, v.method === 'IMPORTED' ? v.row : null, v.method === 'IMPORTED' ? v.column : null,
    p.note,
  ];
}
