import type {
  Actor,
  AgendaItem,
  Document,
  LegalQuestion,
  Meeting,
  Participation,
  Position,
  Statement,
  TargetKind,
} from '../../model/index.js';
import { textSortKey } from '../../model/index.js';
import { codePointIndex } from '../codePointIndex.js';
import type { SeedFiles } from '../readSeeds.js';
import { renderDatasetRecords } from './renderDatasetRecords.js';

/** What the datasets add to the graph. */
export interface DatasetGraph {
  readonly actors: Actor[];
  readonly questions: LegalQuestion[];
  readonly meetings: Meeting[];
  readonly agendaItems: AgendaItem[];
  readonly participations: Participation[];
  readonly documents: Document[];
  readonly statements: Statement[];
  readonly positions: Position[];
}

/** Code points of context kept either side of a quote (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT_LENGTH = 32;

/**
 * Turns checked datasets into graph nodes. Each dataset is one document of tier SECONDARY whose
 * text is its coded cells written out (renderDatasetRecords); it reports on a "meeting" of the
 * same id (place "research dataset") in which every coded actor has the participation status
 * CODED, under one agenda item `<id>.coded`, so every analysis can be scoped to it by meeting id.
 * Each actor's answers are one statement; each non-silent cell one position with provenance
 * IMPORTED. Evidence is located in a curated document when the cell names one (its quote then
 * occurs there verbatim, checkDatasets), otherwise it stays unlocated and points at the quote
 * as the dataset records it (or at the empty span before the record when the cell has no quote).
 */
export function buildDatasets(files: SeedFiles, targetKinds: ReadonlyMap<string, TargetKind>): DatasetGraph {
  const graph: DatasetGraph = {
    actors: [],
    questions: [],
    meetings: [],
    agendaItems: [],
    participations: [],
    documents: [],
    statements: [],
    positions: [],
  };
  const actorIds = new Set(files.actors.data.actors.map((a) => a.id));
  const actorKinds = new Map(files.actors.data.actors.map((a) => [a.id, a.kind]));
  const documentTexts = new Map(files.documents.map((d) => [d.meta.data.id, d.text]));
  const kinds = new Map(targetKinds);

  for (const dataset of files.datasets) {
    const meta = dataset.meta.data;
    for (const actor of meta.actors) {
      if (actorIds.has(actor.id)) continue;
      actorIds.add(actor.id);
      actorKinds.set(actor.id, actor.kind);
      graph.actors.push({ id: actor.id, kind: actor.kind, name: actor.name, aliases: actor.aliases, isoCode: actor.kind === 'STATE' ? actor.id : null });
    }
    for (const q of meta.questions) {
      kinds.set(q.id, 'QUESTION');
      graph.questions.push({
        id: q.id,
        kind: 'QUESTION',
        name: q.name,
        aliases: q.aliases,
        description: q.description ?? null,
        wording: q.wording,
        proposition: q.proposition ?? null,
        aboutIds: q.about,
      });
    }
  }

  for (const dataset of files.datasets) {
    const meta = dataset.meta.data;
    const cells = dataset.positions.data.positions;
    const records = renderDatasetRecords(meta, cells);
    const toCodePoint = codePointIndex(records.text);
    const agendaItemId = `${meta.id}.coded`;
    graph.meetings.push({
      id: meta.id,
      name: meta.title,
      organizationId: meta.publisher,
      startsOn: meta.date,
      endsOn: meta.date,
      place: 'research dataset',
    });
    graph.agendaItems.push({ id: agendaItemId, meetingId: meta.id, order: 1, label: 'Dataset', title: `Coded answers (version ${meta.version})` });
    for (const actorId of [...new Set(meta.participants)]) graph.participations.push({ meetingId: meta.id, actorId, status: 'CODED' });
    graph.documents.push({
      id: meta.id,
      title: meta.title,
      date: meta.date,
      issuedBy: meta.publisher,
      reliability: 'SECONDARY',
      meetingId: meta.id,
      sourcePath: dataset.sourcePath,
      text: records.text,
      sha256: dataset.sha256,
      sourceUrl: meta.url ?? null,
      rights: `Licence: ${meta.licence}. Authors: ${meta.authors.join('; ')}.${meta.notice ? ` ${meta.notice}` : ''}`,
      citation: meta.citation,
    });

    for (const [actorId, [from, to]] of records.actorSpans) {
      const start = toCodePoint(from);
      const id = `${meta.id}.${actorId}`;
      graph.statements.push({
        id,
        documentId: meta.id,
        meetingId: meta.id,
        agendaItemId,
        actorId,
        speakerId: null,
        speakerRole: actorKinds.get(actorId) === 'STATE' ? 'DELEGATE' : 'OBSERVER',
        start,
        end: toCodePoint(to),
        text: records.text.slice(from, to),
        sortKey: textSortKey({ documentDate: meta.date, documentId: meta.id, start, id }),
      });
    }

    for (const cell of cells) {
      const recordStart = toCodePoint(records.recordStarts.get(cell.id)!);
      const located = cell.source_document !== undefined && cell.quote !== undefined;
      let evidence: Position['evidence'];
      if (located) {
        const text = documentTexts.get(cell.source_document!)!;
        const at = text.indexOf(cell.quote!);
        const toPoint = codePointIndex(text);
        evidence = anchored(cell.source_document!, text, at, at + cell.quote!.length, toPoint, {
          located: true,
          citation: cell.citation ?? null,
          sourceUrl: cell.url ?? null,
        });
      } else {
        const [from, to] = records.quoteSpans.get(cell.id)!;
        evidence = anchored(meta.id, records.text, from, to, toCodePoint, {
          located: false,
          // A cell without a quote carries the dataset's citation alone.
          citation: cell.citation ?? (cell.quote === undefined ? meta.citation : null),
          sourceUrl: cell.url ?? null,
        });
      }
      graph.positions.push({
        id: cell.id,
        statementId: `${meta.id}.${cell.actor}`,
        targetId: cell.target,
        targetKind: kinds.get(cell.target)!,
        stance: cell.stance,
        evidence,
        provenance: { method: 'IMPORTED', dataset: meta.id, row: cell.row, column: cell.column, coder: cell.coder ?? null },
        note: cell.comment ?? null,
        actorId: cell.actor,
        meetingId: meta.id,
        agendaItemId,
        sortKey: textSortKey({ documentDate: meta.date, documentId: meta.id, start: recordStart, id: cell.id }),
      });
    }
  }
  return graph;
}

// Private:

function anchored(
  documentId: string,
  text: string,
  from: number,
  to: number,
  toCodePoint: (index: number) => number,
  rest: Pick<Position['evidence'], 'located' | 'citation' | 'sourceUrl'>,
): Position['evidence'] {
  return {
    documentId,
    start: toCodePoint(from),
    end: toCodePoint(to),
    quote: text.slice(from, to),
    prefix: Array.from(text.slice(Math.max(0, from - CONTEXT_LENGTH * 2), from)).slice(-CONTEXT_LENGTH).join(''),
    suffix: Array.from(text.slice(to, to + CONTEXT_LENGTH * 2)).slice(0, CONTEXT_LENGTH).join(''),
    ...rest,
  };
}
