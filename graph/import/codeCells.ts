import { createActorResolver } from '../actors/resolveActor.js';
import type { AnnotationProblem } from '../errors/index.js';
import { didYouMean } from '../errors/didYouMean.js';
import type { Actor } from '../model/index.js';
import { idSlug, normalizeForMatch } from '../model/index.js';
import type { DatasetFile, DatasetPositionsFile } from '../load/schema.js';
import type { ParsedFile } from '../load/readYamlFile.js';
import type { GraphBundle } from '../store/port.js';
import type { Mapping, QuestionMapping } from './mappingSchema.js';
import type { Table } from './readTable.js';

type Cell = DatasetPositionsFile['positions'][number];

export type CodeResult =
  | { readonly ok: true; readonly dataset: Omit<DatasetFile, 'source'>; readonly positions: Cell[] }
  | { readonly ok: false; readonly problems: AnnotationProblem[] };

/**
 * Reads every cell of a dataset through its mapping: resolves each row's actor, maps each answer to
 * a stance (or to silence), and each question column (wide form) or question value (long form) to
 * a target of the graph or a new legal question. Collects every problem (unknown actor, unmapped
 * answer, duplicate question id, unknown column or target), each naming the dataset file, row and
 * column or the mapping file and line; returns the coded cells only if there is none.
 */
export function codeCells(table: Table, mappingFile: ParsedFile<Mapping>, graph: GraphBundle): CodeResult {
  const mapping = mappingFile.data;
  const problems: AnnotationProblem[] = [];
  const atMapping = (path: (string | number)[], message: string, value: unknown) =>
    problems.push({ location: mappingFile.locate(path), message: `${mappingFile.file}: ${path.join('.')}: ${message}`, value });
  const atCell = (row: number, column: number, message: string, value: unknown) =>
    problems.push({
      location: { file: table.file, line: row, column: column + 1 },
      message: `row ${row}, column ${JSON.stringify(table.header[column] ?? `#${column + 1}`)}: ${message}`,
      value,
    });
  const columnOf = (header: string, path: (string | number)[]) => {
    const index = table.header.findIndex((h) => h === header);
    if (index < 0) atMapping(path, `no column ${JSON.stringify(header)} in ${table.file}.${didYouMean(header, table.header) || ` Its columns are ${table.header.map((h) => JSON.stringify(h)).join(', ')}.`}`, header);
    return index;
  };

  const datasetId = mapping.dataset.id;
  const actorColumn = columnOf(mapping.actor_column, ['actor_column']);
  const longColumns = mapping.columns
    ? Object.fromEntries(Object.entries(mapping.columns).map(([key, header]) => [key, columnOf(header, ['columns', key])]))
    : {};

  // Questions: wide form, every column but the actor's and the ignored; long form, every value of the question column.
  const customised = new Map<string, [QuestionMapping, number]>();
  mapping.questions.forEach((q, i) => customised.set(q.header, [q, i]));
  const questionHeaders =
    mapping.form === 'wide'
      ? table.header.filter((h, i) => i !== actorColumn && h !== '' && !mapping.ignore_columns.includes(h))
      : [...new Set(table.rows.map((row) => row[longColumns.question ?? -1] ?? '').filter((v) => v !== ''))];
  mapping.ignore_columns.forEach((h, i) => columnOf(h, ['ignore_columns', i]));
  for (const [header, [, i]] of customised) {
    if (!questionHeaders.includes(header)) {
      atMapping(['questions', i, 'header'], `no question ${JSON.stringify(header)} in ${table.file}.${didYouMean(header, questionHeaders)}`, header);
    }
  }

  const targetIds = new Set([...graph.principles, ...graph.instruments, ...graph.proposals, ...graph.questions].map((t) => t.id));
  const questionOf = new Map<string, string>();
  const newQuestions: DatasetFile['questions'] = [];
  const claimed = new Map<string, string>();
  for (const header of questionHeaders) {
    const [entry, index] = customised.get(header) ?? [undefined, -1];
    const path = index >= 0 ? ['questions', index] : ['questions'];
    if (entry?.target) {
      if (!targetIds.has(entry.target)) atMapping([...path, 'target'], `unknown target ${JSON.stringify(entry.target)}.${didYouMean(entry.target, targetIds) || ' Define it in the catalog, or drop target to create a question.'}`, entry.target);
      questionOf.set(header, entry.target);
      continue;
    }
    const id = entry?.id ?? `${datasetId}.${slug(header)}`;
    const earlier = claimed.get(id);
    if (earlier !== undefined) {
      atMapping(entry?.id ? [...path, 'id'] : ['questions'], `duplicate question id ${JSON.stringify(id)}: both ${JSON.stringify(earlier)} and ${JSON.stringify(header)} would get it; give one an id: under questions:`, id);
      continue;
    }
    if (targetIds.has(id)) {
      atMapping(entry?.id ? [...path, 'id'] : ['questions'], `duplicate question id ${JSON.stringify(id)}: the graph already has a target with this id; map the column to it with target: or choose another id`, id);
      continue;
    }
    claimed.set(id, header);
    questionOf.set(header, id);
    newQuestions.push({
      id,
      name: entry?.name ?? header,
      wording: entry?.wording ?? header,
      ...(entry?.proposition ? { proposition: entry.proposition } : {}),
      aliases: entry?.aliases ?? [],
      about: entry?.about ?? [],
    });
  }

  // Actors.
  const resolver = createActorResolver(graph.actors);
  const graphActorIds = new Map(graph.actors.map((a) => [a.id, a]));
  const newActors = new Map<string, Actor>();
  const resolveCell = (value: string, row: number): Actor | null => {
    const override = mapping.actors[value.trim()];
    const result = resolver.resolve(override ?? value);
    if (!result.ok) {
      atCell(row, actorColumn, result.message, value);
      return null;
    }
    if (!result.known && !graphActorIds.has(result.actor.id)) newActors.set(result.actor.id, result.actor);
    return result.actor;
  };
  let publisherId: string;
  if (typeof mapping.dataset.publisher === 'string') {
    publisherId = mapping.dataset.publisher;
    if (!graphActorIds.has(publisherId)) atMapping(['dataset', 'publisher'], `unknown actor ${JSON.stringify(publisherId)}; give a catalog actor id or { id, name } for a new organisation.${didYouMean(publisherId, graphActorIds.keys())}`, publisherId);
  } else {
    const p = mapping.dataset.publisher;
    publisherId = p.id;
    if (!graphActorIds.has(p.id)) newActors.set(p.id, { id: p.id, kind: 'ORGANIZATION', name: p.name, aliases: p.aliases, isoCode: null });
  }

  // Answers.
  const answers = new Map(Object.entries(mapping.answers).map(([answer, stance]) => [normalizeForMatch(answer), stance]));
  const stanceOf = (answer: string, row: number, column: number) => {
    const key = normalizeForMatch(answer);
    if (!answers.has(key)) {
      atCell(row, column, `unmapped answer ${JSON.stringify(answer)}; map it under answers: in ${mappingFile.file} (to a stance, or to ~ for no position)`, answer);
      return undefined;
    }
    return answers.get(key) ?? null;
  };

  const documentsByUrl = new Map(graph.documents.filter((d) => d.sourceUrl).map((d) => [d.sourceUrl!, d]));
  const documentsById = new Map(graph.documents.map((d) => [d.id, d]));
  const participants = new Set<string>();
  const positions: Cell[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell === '')) return;
    const actor = resolveCell(cells[actorColumn] ?? '', row);
    if (!actor) return;
    participants.add(actor.id);
    const code = (header: string, column: number, answer: string, extra: Partial<Cell>) => {
      const stance = stanceOf(answer, row, column);
      if (stance === undefined || stance === null) return;
      const target = questionOf.get(header);
      if (target === undefined) return;
      const key = `${actor.id}\0${target}`;
      if (seen.has(key)) {
        atCell(row, column, `${actor.id} already answers ${JSON.stringify(header)} at row ${seen.get(key)}; one answer per actor and question`, answer);
        return;
      }
      seen.set(key, row);
      // The dataset id already prefixes the ids of the questions it introduces: say it once.
      const local = target.startsWith(`${datasetId}.`) ? target.slice(datasetId.length + 1) : target;
      positions.push({ id: `${datasetId}.${actor.id}.${local}`, actor: actor.id, target, stance, answer, row, column: header, ...extra });
    };
    if (mapping.form === 'wide') {
      table.header.forEach((header, column) => {
        if (questionOf.has(header)) code(header, column, cells[column] ?? '', mapping.coder ? { coder: mapping.coder } : {});
      });
    } else {
      const get = (key: string) => {
        const column = longColumns[key];
        const value = column === undefined || column < 0 ? '' : (cells[column] ?? '');
        return value === '' ? undefined : value;
      };
      const question = get('question');
      if (question === undefined) return atCell(row, longColumns.question ?? 0, 'empty question cell', '');
      const quote = get('quote');
      const url = get('url');
      let source = get('source_document');
      if (source !== undefined && !documentsById.has(source)) {
        atCell(row, longColumns.source_document!, `unknown document ${JSON.stringify(source)}.${didYouMean(source, documentsById.keys())}`, source);
        source = undefined;
      }
      // A quote whose source is in the graph is located there, when it occurs verbatim.
      const byUrl = url === undefined ? undefined : documentsByUrl.get(url)?.id;
      const candidate = source ?? byUrl;
      if (candidate !== undefined && quote !== undefined && !documentsById.get(candidate)!.text.includes(quote)) {
        if (source !== undefined) atCell(row, longColumns.quote!, `quote is not verbatim in document ${JSON.stringify(source)}; copy it exactly or leave the document cell empty`, quote);
      }
      const locatedIn = candidate !== undefined && quote !== undefined && documentsById.get(candidate)!.text.includes(quote) ? candidate : undefined;
      const coder = get('coder') ?? mapping.coder;
      code(question, longColumns.answer ?? 0, get('answer') ?? '', {
        ...(quote !== undefined ? { quote } : {}),
        ...(get('citation') !== undefined ? { citation: get('citation') } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(locatedIn !== undefined ? { source_document: locatedIn } : {}),
        ...(get('comment') !== undefined ? { comment: get('comment') } : {}),
        ...(coder !== undefined ? { coder } : {}),
      });
    }
  });

  if (problems.length > 0) return { ok: false, problems };
  const meta = mapping.dataset;
  return {
    ok: true,
    dataset: {
      id: datasetId,
      title: meta.title,
      authors: meta.authors,
      version: String(meta.version),
      date: meta.date,
      ...(meta.url ? { url: meta.url } : {}),
      licence: meta.licence,
      citation: meta.citation,
      publisher: publisherId,
      ...(meta.notice ? { notice: meta.notice } : {}),
      participants: [...participants].sort(compare),
      actors: [...newActors.values()].sort((a, b) => compare(a.id, b.id)).map((a) => ({ id: a.id, kind: a.kind, name: a.name, aliases: [...a.aliases] })),
      questions: newQuestions,
    },
    positions: positions.sort((a, b) => compare(a.id, b.id)),
  };
}

/** A header as an id part (graph/model/idSlug.ts): "Q1. Is sovereignty a rule?" -> "q1-is-sovereignty-a-rule". */
export function slug(header: string): string {
  return idSlug(header, 'question');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
