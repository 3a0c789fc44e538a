import { z } from 'zod';
import { ID_PATTERN, STANCES } from '../model/index.js';

/**
 * The mapping file `npm run import -- DATASET --mapping MAPPING.yaml` reads: how a dataset's
 * columns and answers become actors, questions and stances, and the dataset's metadata. See
 * graph/import/README.md for an example. Checked with zod; problems name the mapping file and line.
 */
const id = z.string().regex(ID_PATTERN, 'expected an id: ASCII letters, digits and . _ : - , starting with a letter or digit');
const text = z.string().trim().min(1, 'expected a non-empty text');

const questionSchema = z
  .strictObject({
    /** Wide form: the column header. Long form: the question cell's value. */
    header: text,
    /** An existing target (principle, instrument, proposal or question) the column codes. */
    target: id.optional(),
    /** Or a new question: its id (default `<dataset id>.<header as a slug>`), names and links. */
    id: id.optional(),
    name: text.optional(),
    wording: text.optional(),
    proposition: text.optional(),
    aliases: z.array(text).default([]),
    about: z.array(id).default([]),
  })
  .refine((q) => !(q.target && (q.id || q.name || q.wording || q.proposition || q.about.length > 0)), {
    message: 'give either target (an existing target) or the new question’s id/name/wording/proposition/about, not both',
  });

export const mappingSchema = z
  .strictObject({
    dataset: z.strictObject({
      id,
      title: text,
      authors: z.array(text).min(1, 'expected at least one author'),
      version: z.union([text, z.number().transform(String)]),
      date: z.iso.date('expected a date as YYYY-MM-DD'),
      url: z.url({ message: 'expected an http(s) URL' }).optional(),
      licence: text,
      citation: text,
      /** A catalog actor id, or a new organisation `{ id, name }`. */
      publisher: z.union([id, z.strictObject({ id, name: text, aliases: z.array(text).default([]) })]),
      notice: text.optional(),
    }),
    form: z.enum(['wide', 'long']),
    /** XLSX only: the sheet to read (default: the only sheet). */
    sheet: text.optional(),
    actor_column: text,
    /** Cell values that name actors the resolver would read otherwise ("NAM": nam, not Namibia). */
    actors: z.record(z.string(), id).default({}),
    /** Answer as written -> stance; `~` (null) means no position (silent). Matched case-insensitively. */
    answers: z.record(z.string(), z.enum(STANCES).nullable()),
    /** Who coded the cells, when the dataset does not say per cell. */
    coder: text.optional(),
    questions: z.array(questionSchema).default([]),
    /** Wide form: columns that are neither the actor nor a question (notes, region...). */
    ignore_columns: z.array(text).default([]),
    /** Long form: which column holds what. */
    columns: z
      .strictObject({
        question: text,
        answer: text,
        quote: text.optional(),
        citation: text.optional(),
        url: text.optional(),
        comment: text.optional(),
        coder: text.optional(),
        source_document: text.optional(),
      })
      .optional(),
  })
  .superRefine((mapping, context) => {
    if (mapping.form === 'long' && !mapping.columns) {
      context.addIssue({ code: 'custom', path: ['columns'], message: 'missing mapping key "columns": a long-form dataset must say which columns hold the question and the answer' });
    }
  });

export type Mapping = z.infer<typeof mappingSchema>;
export type QuestionMapping = Mapping['questions'][number];
