import { z } from 'zod';
import {
  ACTOR_KINDS,
  DECISION_OUTCOMES,
  ID_PATTERN,
  INSTRUMENT_TYPES,
  PARTICIPATION_STATUSES,
  PERSON_ROLES,
  RELIABILITY_TIERS,
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
});

const positionSchema = z.strictObject({
  id,
  target: id,
  stance: z.enum(STANCES),
  quote: z.string().min(1, 'expected a non-empty quote'),
  /** Which occurrence of the quote inside the statement span, when it occurs more than once. */
  occurrence: z.number().int().min(1).optional(),
  note: text.optional(),
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

export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type PersonsFile = z.infer<typeof personsFileSchema>;
export type PrinciplesFile = z.infer<typeof principlesFileSchema>;
export type InstrumentsFile = z.infer<typeof instrumentsFileSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;
export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
