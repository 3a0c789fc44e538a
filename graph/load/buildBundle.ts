import type {
  Actor,
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
  Statement,
} from '../model/index.js';
import { textSortKey } from '../model/index.js';
import type { GraphBundle } from '../store/port.js';
import { codePointIndex } from './codePointIndex.js';
import { buildDatasets } from './datasets/buildDatasets.js';
import type { ResolvedAnchors } from './checks/resolveAnchors.js';
import type { SeedFiles } from './readSeeds.js';
import type { AnnotationsFile, DraftAnnotationsFile } from './schema.js';

/** Code points of context kept either side of a quote (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT_LENGTH = 32;

/** Turns checked seed files into the domain graph. Assumes every check passed. */
export function buildBundle(files: SeedFiles, anchors: ResolvedAnchors): GraphBundle {
  const principles: LegalPrinciple[] = files.principles.data.principles.map((p) => ({
    id: p.id,
    kind: 'PRINCIPLE',
    name: p.name,
    aliases: p.aliases,
    description: p.description ?? null,
    elementOfId: p.element_of ?? null,
    enshrinedInIds: p.enshrined_in,
  }));
  const instruments: Instrument[] = files.instruments.data.instruments.map((i) => ({
    id: i.id,
    kind: 'INSTRUMENT',
    name: i.name,
    aliases: i.aliases,
    description: i.description ?? null,
    instrumentType: i.type,
    partOfId: i.part_of ?? null,
    year: i.year ?? null,
  }));
  const questions: LegalQuestion[] = (files.questions?.data.questions ?? []).map((q) => ({
    id: q.id,
    kind: 'QUESTION',
    name: q.name,
    aliases: q.aliases,
    description: q.description ?? null,
    wording: q.wording,
    proposition: q.proposition,
    aboutIds: q.about,
  }));
  const actors: Actor[] = files.actors.data.actors.map((a) => ({
    id: a.id,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    isoCode: a.kind === 'STATE' ? a.id : null,
  }));
  const persons: Person[] = files.persons.data.persons.map((p) => ({
    id: p.id,
    name: p.name,
    honorific: p.honorific ?? null,
  }));

  const meetings: Meeting[] = [];
  const agendaItems: AgendaItem[] = [];
  const participations: Participation[] = [];
  const attendances: Attendance[] = [];
  const proposals: Proposal[] = [];
  for (const { data } of files.meetings) {
    const meetingId = data.meeting.id;
    meetings.push({
      id: meetingId,
      name: data.meeting.name,
      organizationId: data.meeting.organization,
      startsOn: data.meeting.starts_on,
      endsOn: data.meeting.ends_on,
      place: data.meeting.place,
    });
    data.agenda.forEach((item, index) =>
      agendaItems.push({ id: item.id, meetingId, order: index + 1, label: item.label, title: item.title }),
    );
    for (const p of data.participants) participations.push({ meetingId, actorId: p.actor, status: p.status });
    for (const a of data.attendees) {
      attendances.push({
        meetingId,
        personId: a.person,
        role: a.role,
        representsId: a.represents,
        affiliation: a.affiliation ?? null,
      });
    }
    for (const p of data.proposals) {
      proposals.push({
        id: p.id,
        kind: 'PROPOSAL',
        name: p.name,
        aliases: p.aliases,
        description: p.description ?? null,
        meetingId,
        proposedById: p.proposed_by ?? null,
        decision: p.decision
          ? { outcome: p.decision.outcome, unanimous: p.decision.unanimous, quote: p.decision.quote ?? null }
          : null,
      });
    }
  }

  const targetKinds = new Map<string, Position['targetKind']>([
    ...principles.map((t) => [t.id, t.kind] as const),
    ...instruments.map((t) => [t.id, t.kind] as const),
    ...proposals.map((t) => [t.id, t.kind] as const),
    ...questions.map((t) => [t.id, t.kind] as const),
  ]);

  const documents: Document[] = [];
  const statements: Statement[] = [];
  const positions: Position[] = [];
  for (const seed of files.documents) {
    const meta = seed.meta.data;
    const text = seed.text;
    const toCodePoint = codePointIndex(text);
    documents.push({
      id: meta.id,
      title: meta.title,
      date: meta.date,
      issuedBy: meta.issued_by,
      reliability: meta.reliability,
      meetingId: meta.meeting,
      sourcePath: seed.sourcePath,
      text,
      sha256: seed.sha256,
      sourceUrl: meta.source_url ?? null,
      rights: meta.rights ?? null,
      citation: null,
      ...(meta.original ? { original: { name: meta.original.name, sha256: meta.original.sha256, mediaType: meta.original.media_type } } : {}),
    });
    const curated = seed.annotations?.data;
    const draft = seed.draft?.data;
    const files: { statements: AnnotationStatement[]; provenanceOf: (p: AnnotationPosition) => Position['provenance'] }[] = [];
    if (curated) {
      const { coder, coded_on: codedOn } = curated.provenance;
      files.push({
        statements: curated.statements,
        provenanceOf: (p) =>
          p.reviewed_by
            ? { method: 'CURATED', coder, codedOn, reviewer: p.reviewed_by, reviewedOn: p.reviewed_on ?? null, suggestedBy: p.suggested_by ?? null }
            : { method: 'CURATED', coder, codedOn },
      });
    }
    if (draft) {
      const { extractor, extracted_on: extractedOn } = draft.extraction;
      files.push({
        statements: draft.statements,
        provenanceOf: (p) => {
          const suggestion = p as DraftPosition;
          return { method: 'EXTRACTED', extractor, confidence: suggestion.confidence, cue: suggestion.cue, extractedOn };
        },
      });
    }
    const statementIds = new Set<string>();
    for (const { statements: fileStatements, provenanceOf } of files) for (const s of fileStatements) {
      const span = anchors.statements.get(s.id)!;
      const start = toCodePoint(span.start);
      // A draft statement some of whose positions were accepted is the curated statement itself.
      if (!statementIds.has(s.id)) statements.push({
        id: s.id,
        documentId: meta.id,
        meetingId: meta.meeting,
        agendaItemId: s.agenda_item,
        actorId: s.actor,
        speakerId: s.speaker ?? null,
        speakerRole: s.speaker_role,
        start,
        end: toCodePoint(span.end),
        text: text.slice(span.start, span.end),
        sortKey: textSortKey({ documentDate: meta.date, documentId: meta.id, start, id: s.id }),
      });
      statementIds.add(s.id);
      for (const p of s.positions) {
        const at = anchors.positions.get(p.id)!;
        const quoteStart = toCodePoint(at.start);
        positions.push({
          id: p.id,
          statementId: s.id,
          targetId: p.target,
          targetKind: targetKinds.get(p.target)!,
          stance: p.stance,
          evidence: {
            documentId: meta.id,
            start: quoteStart,
            end: toCodePoint(at.end),
            quote: text.slice(at.start, at.end),
            prefix: lastCodePoints(text.slice(0, at.start), CONTEXT_LENGTH),
            suffix: firstCodePoints(text.slice(at.end), CONTEXT_LENGTH),
            located: true,
            citation: null,
            sourceUrl: null,
          },
          provenance: provenanceOf(p),
          note: p.note ?? null,
          reservation: p.reservation ?? null,
          actorId: s.actor,
          meetingId: meta.meeting,
          agendaItemId: s.agenda_item,
          sortKey: textSortKey({ documentDate: meta.date, documentId: meta.id, start: quoteStart, id: p.id }),
        });
      }
    }
  }

  const datasets = buildDatasets(files, targetKinds);
  actors.push(...datasets.actors);
  questions.push(...datasets.questions);
  meetings.push(...datasets.meetings);
  agendaItems.push(...datasets.agendaItems);
  participations.push(...datasets.participations);
  documents.push(...datasets.documents);
  statements.push(...datasets.statements);
  positions.push(...datasets.positions);

  const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => compare(a.id, b.id));
  const bySortKey = <T extends { sortKey: string }>(items: T[]) => items.sort((a, b) => compare(a.sortKey, b.sortKey));
  return {
    actors: byId(actors),
    persons: byId(persons),
    meetings: byId(meetings),
    agendaItems: agendaItems.sort((a, b) => compare(a.meetingId, b.meetingId) || a.order - b.order),
    participations,
    attendances,
    principles: byId(principles),
    instruments: byId(instruments),
    proposals: byId(proposals),
    questions: byId(questions),
    documents: byId(documents),
    statements: bySortKey(statements),
    positions: bySortKey(positions),
    fingerprint: files.fingerprint,
  };
}

type AnnotationStatement = AnnotationsFile['statements'][number];
type AnnotationPosition = AnnotationStatement['positions'][number];
type DraftPosition = DraftAnnotationsFile['statements'][number]['positions'][number];

/** Code-unit comparison, which is byte order for the ASCII ids and sort keys stores index. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lastCodePoints(text: string, count: number): string {
  return Array.from(text.slice(-count * 2)).slice(-count).join('');
}

function firstCodePoints(text: string, count: number): string {
  return Array.from(text.slice(0, count * 2)).slice(0, count).join('');
}
