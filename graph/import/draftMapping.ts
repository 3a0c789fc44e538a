import path from 'node:path';
import { stringify } from 'yaml';
import { createActorResolver } from '../actors/resolveActor.js';
import { normalizeForMatch, STANCES, type Actor, type Stance } from '../model/index.js';
import { slug } from './codeCells.js';
import type { Table } from './readTable.js';

/** A catalog target a dataset's question column may code (principle, instrument, proposal or question). */
export interface DraftTarget {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A legal question's yes/no wording. */
  readonly wording?: string;
}

export interface DraftMappingInput {
  readonly table: Table;
  /** The dataset file, for the default id and title. */
  readonly datasetFile: string;
  /** The graph's actors, so that the actor column is found by what the resolver knows. */
  readonly actors: readonly Actor[];
  readonly targets: readonly DraftTarget[];
}

export interface DraftMapping {
  /** The mapping YAML, with comments saying what is a guess and what must be filled in. */
  readonly yaml: string;
  readonly form: 'wide' | 'long';
  readonly actorColumn: string;
  /** Answers as written that no rule recognised: they must be mapped by hand before import. */
  readonly unknownAnswers: readonly string[];
  readonly questions: number;
  readonly matchedTargets: number;
}

/**
 * A first mapping for a dataset the project has not seen, from its header and cells, so that a
 * researcher edits a file instead of writing one:
 * - the actor column is the one whose cells the actor resolver (graph/actors) reads best;
 * - long form when a question column and an answer column are named as such, else wide;
 * - answers by their usual spellings (Yes/No/Ambiguous/Silent and kin); any other is listed as
 *   unmapped, so the import refuses it with its row and column until someone decides;
 * - a question column whose header (numbering and "?" aside) is a catalog target's name, alias or
 *   wording is mapped to that target; every other becomes a new question named from the header.
 * The dataset's metadata (authors, version, date, licence, citation, publisher) cannot be guessed:
 * those keys are left empty, so the import names each one until it is filled in.
 */
export function draftMapping(input: DraftMappingInput): DraftMapping {
  const { table } = input;
  const resolver = createActorResolver(input.actors);
  const actorColumn = bestActorColumn(table, (value) => resolver.resolve(value).ok);
  const questionColumn = table.header.find((h) => QUESTION_HEADER.test(h) && h !== actorColumn);
  const answerColumn = table.header.find((h) => ANSWER_HEADER.test(h) && h !== actorColumn && h !== questionColumn);
  const form = questionColumn && answerColumn ? 'long' : 'wide';

  const columnIndex = (header: string) => table.header.indexOf(header);
  const valuesOf = (header: string) => table.rows.map((row) => row[columnIndex(header)] ?? '');
  const ignored = form === 'wide' ? table.header.filter((h) => h !== actorColumn && !looksCoded(valuesOf(h))) : [];
  const questionHeaders =
    form === 'long'
      ? distinct(valuesOf(questionColumn!).filter((v) => v !== ''))
      : table.header.filter((h) => h !== actorColumn && !ignored.includes(h));
  const answerValues = distinct(form === 'long' ? valuesOf(answerColumn!) : questionHeaders.flatMap(valuesOf));

  const answers: Record<string, Stance | null> = {};
  const unknownAnswers: string[] = [];
  for (const value of answerValues) {
    const stance = stanceOfAnswer(value);
    if (stance === undefined) unknownAnswers.push(value);
    else answers[value] = stance;
  }

  const targetByKey = new Map<string, DraftTarget>();
  for (const target of input.targets) {
    for (const key of [target.name, ...target.aliases, ...(target.wording ? [target.wording] : [])]) targetByKey.set(keyOfHeader(key), target);
  }
  let matchedTargets = 0;
  const questions = questionHeaders.map((header) => {
    const target = targetByKey.get(keyOfHeader(header));
    if (target) {
      matchedTargets++;
      return { header, target: target.id };
    }
    return { header };
  });

  const id = slug(path.basename(input.datasetFile, path.extname(input.datasetFile)));
  const long = form === 'long' ? { columns: longColumns(table.header, questionColumn!, answerColumn!) } : {};
  const mapping = {
    dataset: {
      id,
      title: path.basename(input.datasetFile, path.extname(input.datasetFile)),
      authors: [],
      version: '',
      date: '',
      licence: '',
      citation: '',
      publisher: '',
    },
    form,
    actor_column: actorColumn,
    answers,
    ...(form === 'wide' && ignored.length > 0 ? { ignore_columns: ignored } : {}),
    ...long,
    questions,
  };
  const header = [
    `# Draft mapping for ${path.basename(input.datasetFile)}, written by \`npm run import -- ${path.basename(input.datasetFile)} --draft-mapping\`.`,
    '# Check every guess, fill in the empty dataset keys (authors, version, date YYYY-MM-DD, licence,',
    '# citation, publisher: a catalog actor id or { id, name }; url is optional), then run',
    `#   npm run import -- ${path.basename(input.datasetFile)} --mapping THIS_FILE`,
    `# Guessed: form ${form}; actor column "${actorColumn}"; ${questions.length} question(s), ${matchedTargets} matched to catalog targets`,
    '# (the rest become new questions named from their header; add id/name/wording/proposition/about as needed).',
    ...(unknownAnswers.length > 0
      ? [`# Answers no rule recognised (map each to ${STANCES.join(', ')} or ~ for no position): ${unknownAnswers.map((a) => JSON.stringify(a)).join(', ')}`]
      : []),
  ];
  return { yaml: `${header.join('\n')}\n${stringify(mapping, { lineWidth: 0 })}`, form, actorColumn, unknownAnswers, questions: questions.length, matchedTargets };
}

// Private:

const QUESTION_HEADER = /^(?:legal\s+)?(?:question|issue|item|topic|indicator|variable)s?(?:\s+(?:text|id|wording|label))?$/i;
const ANSWER_HEADER = /^(?:answer|response|position|coding|code|value|stance|coded\s+(?:answer|position|value))s?$/i;

/** The column whose non-empty cells the resolver reads most often (ties: the leftmost). */
function bestActorColumn(table: Table, resolves: (value: string) => boolean): string {
  let best = { header: table.header[0] ?? '', share: -1 };
  for (const [index, header] of table.header.entries()) {
    const values = table.rows.map((row) => row[index] ?? '').filter((v) => v !== '');
    const share = values.length === 0 ? 0 : values.filter(resolves).length / values.length;
    if (share > best.share) best = { header, share };
  }
  return best.header;
}

/** A column mostly of answer spellings (Yes/No/…) is coded; notes and regions are not. */
function looksCoded(values: readonly string[]): boolean {
  const present = values.filter((v) => v !== '');
  if (present.length === 0) return false;
  const known = present.filter((v) => stanceOfAnswer(v) !== undefined).length;
  // A column of "n/a" only (a region left blank) codes nothing: at least one answer must take a stance.
  return known / present.length >= 0.5 && present.some((v) => typeof stanceOfAnswer(v) === 'string');
}

const ANSWER_WORDS: readonly [RegExp, Stance | null][] = [
  [/^(?:yes|y|true|agree[sd]?|support(?:s|ed)?|affirm(?:s|ed|ative)?|accept(?:s|ed)?|in favou?r)$/i, 'SUPPORTS'],
  [/^(?:no|n|false|disagree[sd]?|oppose[sd]?|reject(?:s|ed)?|negative|against)$/i, 'OPPOSES'],
  [/^(?:ambiguous|ambivalent|partial(?:ly)?|partly|in part|conditional|qualified|qualifies|mixed|unclear|unsettled|nuanced|depends|it depends|yes,? (?:but|with (?:caveats|conditions))|maybe)$/i, 'QUALIFIES'],
  [/^(?:asks?|quer(?:y|ies)|question(?:s|ed)?|seeks? clarification)$/i, 'QUERIES'],
  [/^(?:silent|silence|n\/?a|na|none|no position|not addressed|not mentioned|no data|unknown|not stated|-|–|—|\.|\?|)$/i, null],
];

/** The stance a usual answer spelling means, null for "no position", undefined when unknown. */
function stanceOfAnswer(value: string): Stance | null | undefined {
  for (const [pattern, stance] of ANSWER_WORDS) if (pattern.test(value.trim())) return stance;
  return undefined;
}

/** A header without its numbering ("Q02 ", "3.") and final "?", compared case- and accent-blind. */
function keyOfHeader(text: string): string {
  return normalizeForMatch(text)
    .toLowerCase()
    .replace(/^(?:q\s*)?\d+[a-z]?[.):]?\s+/i, '')
    .replace(/[?.!\s]+$/, '');
}

function longColumns(header: readonly string[], question: string, answer: string) {
  const find = (pattern: RegExp) => header.find((h) => pattern.test(h) && h !== question && h !== answer);
  const optional = {
    quote: find(/^(?:quote|quotation|excerpt|passage|evidence|text)s?$/i),
    citation: find(/^(?:citation|source|reference|cite)s?$/i),
    url: find(/^(?:url|link|source\s+url|href)s?$/i),
    comment: find(/^(?:comments?|notes?|remarks?)$/i),
    coder: find(/^(?:coder|coded\s+by|annotator)$/i),
    source_document: find(/^(?:source\s+document|document(?:\s+id)?)$/i),
  };
  return { question, answer, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
