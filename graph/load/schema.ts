import { z } from 'zod';
import {
  ACTOR_KINDS,
  DECISION_OUTCOMES,
  ID_PATTERN,
  INSTRUMENT_TYPES,
  PARTICIPATION_STATUSES,
  PERSON_ROLES,
  RELIABILITY_TIERS,
  RESERVATION_KINDS,
  STANCES,
} from '../model/index.js';

/**
 * The shape of every seed file, as curators write it (snake_case YAML). Cross-file rules
 * (references resolve, quotes are verbatim, ids are unique) are checked afterwards by
 * `graph/load/checks/`; this file only says what each file must look like. See seeds/README.md.
 */

const id = z.string().regex(ID_PATTERN, 'expected an id: ASCII letters, digits and . _ : - , starting with a letter or digit');
const text = z.string().trim().min(1, 'expected a non-empty text');
const isoDate = z.iso.date('expected a date as YYYY-MM-DD');
const aliases = z.array(text).default([]);

export const actorsFileSchema = z.strictObject({
  actors: z.array(
    z.strictObject({
      id,
      kind: z.enum(ACTOR_KINDS),
      name: text,
      aliases,
    }),
  ),
});

export const personsFileSchema = z.strictObject({
  persons: z.array(
    z.strictObject({
      id,
      name: text,
      honorific: text.optional(),
    }),
  ),
});

export const principlesFileSchema = z.strictObject({
  principles: z.array(
    z.strictObject({
      id,
      name: text,
      aliases,
      description: text.optional(),
      element_of: id.optional(),
      enshrined_in: z.array(id).default([]),
    }),
  ),
});

export const instrumentsFileSchema = z.strictObject({
  instruments: z.array(
    z.strictObject({
      id,
      name: text,
      type: z.enum(INSTRUMENT_TYPES),
      aliases,
      description: text.optional(),
      part_of: id.optional(),
      year: z.number().int().min(1600).max(2100).optional(),
    }),
  ),
});

export const questionsFileSchema = z.strictObject({
  questions: z.array(
    z.strictObject({
      id,
      /** Short name, as lists and matrices show it. */
      name: text,
      /** The question as asked, ending in a question mark. */
      wording: text.regex(/\?$/, 'expected the question as asked, ending in "?"'),
      /** What a "yes" accepts, as a clause that can follow "States agree that". */
      proposition: text,
      aliases,
      description: text.optional(),
      about: z.array(id).min(1, 'expected at least one principle or instrument the question is about'),
    }),
  ),
});

export const meetingFileSchema = z.strictObject({
  meeting: z.strictObject({
    id,
    name: text,
    organization: id,
    starts_on: isoDate,
    ends_on: isoDate,
    place: text,
  }),
  agenda: z
    .array(
      z.strictObject({
        id,
        label: text,
        title: text,
      }),
    )
    .min(1),
  participants: z.array(
    z.strictObject({
      actor: id,
      status: z.enum(PARTICIPATION_STATUSES),
    }),
  ),
  attendees: z.array(
    z.strictObject({
      person: id,
      role: z.enum(PERSON_ROLES),
      represents: id,
      affiliation: text.optional(),
    }),
  ),
  proposals: z
    .array(
      z.strictObject({
        id,
        name: text,
        aliases,
        description: text.optional(),
        proposed_by: id.optional(),
        decision: z
          .strictObject({
            outcome: z.enum(DECISION_OUTCOMES),
            unanimous: z.boolean().default(false),
            quote: text.optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

export const documentFileSchema = z.strictObject({
  id,
  title: text,
  source: text,
  date: isoDate,
  issued_by: id,
  reliability: z.enum(RELIABILITY_TIERS),
  meeting: id,
  /** Where the publisher put the document online. */
  source_url: z.url('expected a URL such as https://example.org/report.pdf').optional(),
  /** The file the text was extracted from, when `source` is an extraction (written by npm run ingest). */
  original: z
    .strictObject({
      name: text,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lower-case hex digits'),
      media_type: text,
    })
    .optional(),
  /** Who holds the rights in the text and why it may be shipped here. */
  rights: text.optional(),
});

const positionSchema = z.strictObject({
  id,
  target: id,
  stance: z.enum(STANCES),
  quote: z.string().min(1, 'expected a non-empty quote'),
  /** Which occurrence of the quote inside the statement span, when it occurs more than once. */
  occurrence: z.number().int().min(1).optional(),
  note: text.optional(),
  /** QUALIFIES only: CONDITIONAL_ACCEPTANCE or CONTESTATION (seeds/README.md, "Reservations"). */
  reservation: z.enum(RESERVATION_KINDS).optional(),
  /** Set by `npm run review` when a suggested position is accepted. */
  reviewed_by: text.optional(),
  reviewed_on: isoDate.optional(),
  suggested_by: text.optional(),
}).superRefine((position, context) => {
  if (position.reservation !== undefined && position.stance !== 'QUALIFIES') {
    context.addIssue({
      code: 'custom',
      path: ['reservation'],
      message: `a reservation kind belongs to QUALIFIES positions only, and this one ${position.stance}; remove it or change the stance`,
    });
  }
});

export const annotationsFileSchema = z.strictObject({
  provenance: z.strictObject({
    coder: text,
    coded_on: isoDate,
  }),
  statements: z.array(
    z.strictObject({
      id,
      agenda_item: id,
      actor: id,
      speaker_role: z.enum(PERSON_ROLES),
      speaker: id.optional(),
      span: z.strictObject({
        from: z.string().min(1, 'expected the first words of the statement'),
        to: z.string().min(1, 'expected the last words of the statement'),
      }),
      positions: z.array(positionSchema).default([]),
    }),
  ),
});

/**
 * annotations.draft.yaml: the extractor's suggestions for one document, awaiting review. The same
 * shape as annotations.yaml (so every check applies unchanged) plus, on each statement and
 * position, the confidence and the cue words; suggestions for targets the catalog lacks are kept
 * apart under `candidate_targets` and never loaded.
 */
const confidence = z.number().min(0).max(1);
const cues = z.array(z.string()).default([]);
export const draftAnnotationsFileSchema = z.strictObject({
  extraction: z.strictObject({
    extractor: text,
    extracted_on: isoDate,
  }),
  statements: z.array(
    z.strictObject({
      id,
      agenda_item: id,
      actor: id,
      speaker_role: z.enum(PERSON_ROLES),
      speaker: id.optional(),
      delivered_by: id.optional(),
      span: z.strictObject({
        from: z.string().min(1, 'expected the first words of the statement'),
        to: z.string().min(1, 'expected the last words of the statement'),
      }),
      confidence,
      cue: z.string(),
      positions: z.array(positionSchema.extend({ confidence, cue: cues })).default([]),
    }),
  ),
  candidate_targets: z
    .array(
      z.strictObject({
        name: text,
        statement: id,
        actor: id,
        stance: z.enum(STANCES),
        quote: z.string().min(1),
        confidence,
        cue: cues,
      }),
    )
    .default([]),
});

/** annotations.rejected.yaml: suggestions a reviewer rejected, so that ingest does not make them again. */
export const rejectedFileSchema = z.strictObject({
  rejected: z.array(
    z.strictObject({
      actor: id,
      target: z.string().min(1),
      stance: z.enum(STANCES),
      quote: z.string().min(1),
      rejected_by: text,
      rejected_on: isoDate,
    }),
  ),
});

/**
 * seeds/datasets/<id>/dataset.yaml: a coded research dataset, as `npm run import` writes it (and a
 * curator may edit it). The dataset becomes one document of tier SECONDARY; see seeds/README.md.
 */
export const datasetFileSchema = z.strictObject({
  id,
  title: text,
  authors: z.array(text).min(1, 'expected at least one author'),
  version: text,
  date: isoDate,
  url: z.url({ message: 'expected an http(s) URL' }).optional(),
  licence: text,
  citation: text,
  /** Actor id of the body that publishes the dataset (defined in the catalog or under `actors`). */
  publisher: id,
  /** The dataset file as received, beside dataset.yaml. */
  source: text,
  /** A warning shown with the dataset, e.g. that a fixture's contents are made up. */
  notice: text.optional(),
  /** Every actor the dataset codes, silent ones included (silence is data for agreement). */
  participants: z.array(id).min(1, 'expected the actors the dataset codes'),
  /** Actors the dataset introduces that the catalog lacks (States by ISO code, groups). */
  actors: z
    .array(z.strictObject({ id, kind: z.enum(ACTOR_KINDS), name: text, aliases }))
    .default([]),
  /** Legal questions the dataset introduces (one per question column not mapped to a catalog target). */
  questions: z
    .array(
      z.strictObject({
        id,
        name: text,
        wording: text,
        proposition: text.optional(),
        aliases,
        description: text.optional(),
        about: z.array(id).default([]),
      }),
    )
    .default([]),
});

/** seeds/datasets/<id>/positions.yaml: one entry per coded (non-silent) cell. */
export const datasetPositionsFileSchema = z.strictObject({
  positions: z.array(
    z.strictObject({
      id,
      actor: id,
      target: id,
      stance: z.enum(STANCES),
      /** The cell's answer as written in the dataset ("Yes", "Ambiguous"). */
      answer: text,
      row: z.number().int().min(1),
      column: text,
      quote: text.optional(),
      citation: text.optional(),
      url: z.url({ message: 'expected an http(s) URL' }).optional(),
      /** A document in the graph whose text holds `quote` verbatim: the quote is located there. */
      source_document: id.optional(),
      comment: text.optional(),
      coder: text.optional(),
    }),
  ),
});

export type DraftAnnotationsFile = z.infer<typeof draftAnnotationsFileSchema>;
export type RejectedFile = z.infer<typeof rejectedFileSchema>;
export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type DatasetPositionsFile = z.infer<typeof datasetPositionsFileSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type PersonsFile = z.infer<typeof personsFileSchema>;
export type PrinciplesFile = z.infer<typeof principlesFileSchema>;
export type InstrumentsFile = z.infer<typeof instrumentsFileSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;
export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
