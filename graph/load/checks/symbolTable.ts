import type { SourceLocation } from '../../errors/index.js';
import { annotationFilesOf, type SeedFiles } from '../readSeeds.js';

/** The kinds of thing a seed file can refer to by id. */
export type SymbolKind =
  | 'actor'
  | 'person'
  | 'target'
  | 'meeting'
  | 'agenda item'
  | 'document'
  | 'statement'
  | 'position';

export interface SymbolDefinition {
  readonly id: string;
  readonly kind: SymbolKind;
  /** For targets: which kind of target. */
  readonly detail: string;
  readonly location: SourceLocation;
  /** For agenda items: the meeting they belong to. */
  readonly meetingId?: string;
}

/**
 * Every id defined anywhere in the seeds, in definition order, so checks can resolve references
 * and find duplicates. Built once from the parsed files.
 */
export function buildSymbolTable(files: SeedFiles): SymbolDefinition[] {
  const symbols: SymbolDefinition[] = [];
  files.actors.data.actors.forEach((actor, index) =>
    symbols.push({ id: actor.id, kind: 'actor', detail: actor.kind, location: files.actors.locate(['actors', index, 'id']) }),
  );
  files.persons.data.persons.forEach((person, index) =>
    symbols.push({ id: person.id, kind: 'person', detail: '', location: files.persons.locate(['persons', index, 'id']) }),
  );
  files.principles.data.principles.forEach((principle, index) =>
    symbols.push({
      id: principle.id,
      kind: 'target',
      detail: 'PRINCIPLE',
      location: files.principles.locate(['principles', index, 'id']),
    }),
  );
  files.instruments.data.instruments.forEach((instrument, index) =>
    symbols.push({
      id: instrument.id,
      kind: 'target',
      detail: 'INSTRUMENT',
      location: files.instruments.locate(['instruments', index, 'id']),
    }),
  );
  files.questions?.data.questions.forEach((question, index) =>
    symbols.push({
      id: question.id,
      kind: 'target',
      detail: 'QUESTION',
      location: files.questions!.locate(['questions', index, 'id']),
    }),
  );
  for (const meeting of files.meetings) {
    symbols.push({ id: meeting.data.meeting.id, kind: 'meeting', detail: '', location: meeting.locate(['meeting', 'id']) });
    meeting.data.agenda.forEach((item, index) =>
      symbols.push({
        id: item.id,
        kind: 'agenda item',
        detail: '',
        location: meeting.locate(['agenda', index, 'id']),
        meetingId: meeting.data.meeting.id,
      }),
    );
    meeting.data.proposals.forEach((proposal, index) =>
      symbols.push({ id: proposal.id, kind: 'target', detail: 'PROPOSAL', location: meeting.locate(['proposals', index, 'id']) }),
    );
  }
  for (const document of files.documents) {
    symbols.push({ id: document.meta.data.id, kind: 'document', detail: '', location: document.meta.locate(['id']) });
    // A draft statement keeps its id when some of its positions have been accepted into
    // annotations.yaml: it is the same statement, defined once.
    const curatedStatements = new Set(document.annotations?.data.statements.map((statement) => statement.id) ?? []);
    for (const annotations of annotationFilesOf(document)) annotations.data.statements.forEach((statement, s) => {
      if (annotations !== document.annotations && curatedStatements.has(statement.id)) {
        statement.positions.forEach((position, p) =>
          symbols.push({ id: position.id, kind: 'position', detail: '', location: annotations.locate(['statements', s, 'positions', p, 'id']) }),
        );
        return;
      }
      symbols.push({ id: statement.id, kind: 'statement', detail: '', location: annotations.locate(['statements', s, 'id']) });
      statement.positions.forEach((position, p) =>
        symbols.push({
          id: position.id,
          kind: 'position',
          detail: '',
          location: annotations.locate(['statements', s, 'positions', p, 'id']),
        }),
      );
    });
  }
  const actorIds = new Set(files.actors.data.actors.map((actor) => actor.id));
  for (const dataset of files.datasets) {
    const { meta, positions } = dataset;
    const datasetId = meta.data.id;
    symbols.push({ id: datasetId, kind: 'document', detail: 'dataset', location: meta.locate(['id']) });
    symbols.push({ id: datasetId, kind: 'meeting', detail: 'dataset', location: meta.locate(['id']) });
    // An actor the catalog (or an earlier dataset) already defines is shared, not redefined;
    // checkDatasets makes sure the kinds agree.
    meta.data.actors.forEach((actor, index) => {
      if (actorIds.has(actor.id)) return;
      actorIds.add(actor.id);
      symbols.push({ id: actor.id, kind: 'actor', detail: actor.kind, location: meta.locate(['actors', index, 'id']) });
    });
    meta.data.questions.forEach((question, index) =>
      symbols.push({ id: question.id, kind: 'target', detail: 'QUESTION', location: meta.locate(['questions', index, 'id']) }),
    );
    positions.data.positions.forEach((position, index) =>
      symbols.push({ id: position.id, kind: 'position', detail: '', location: positions.locate(['positions', index, 'id']) }),
    );
  }
  return symbols;
}

/** Symbols indexed by kind, then id (the first definition wins; duplicates are reported elsewhere). */
export function indexSymbols(symbols: readonly SymbolDefinition[]): Map<SymbolKind, Map<string, SymbolDefinition>> {
  const index = new Map<SymbolKind, Map<string, SymbolDefinition>>();
  for (const symbol of symbols) {
    const byId = index.get(symbol.kind) ?? new Map<string, SymbolDefinition>();
    if (!byId.has(symbol.id)) byId.set(symbol.id, symbol);
    index.set(symbol.kind, byId);
  }
  return index;
}
