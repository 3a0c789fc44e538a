import type { Stance } from '../../model/index.js';
import { HEDGES, NEGATION, NOT_YET, OPPOSE_CUES, QUALIFY_CUES, QUERY_CUES, SUPPORT_CUES, type StanceCue } from './stanceLexicon.js';

export interface StanceReading {
  readonly stance: Stance;
  /** Confidence the cue lends (0..1). */
  readonly weight: number;
  /** The words that fired, as written. */
  readonly cues: readonly string[];
  /** Where the deciding cue sits in the text classified (UTF-16 index), or -1 if none fired. */
  readonly cueStart: number;
  readonly cueEnd: number;
}

/** No cue fired: a statement that names a target without any stance word is read as weak support. */
const DEFAULT: StanceReading = { stance: 'SUPPORTS', weight: 0.5, cues: [], cueStart: -1, cueEnd: -1 };

/**
 * Reads the stance a clause takes, by precedence: a question (QUERIES) commits to nothing, so it
 * wins; then rejection (OPPOSES, including a negated support cue: "is not applicable"); then a
 * qualification ("not yet", "unsettled", "case by case", or a hedged support: "may apply");
 * then support. Within a class the strongest cue decides. Negation is looked for in the four words
 * before a support cue; "not yet" is a qualification, never a rejection.
 */
export function classifyStance(text: string, target?: { readonly start: number; readonly end: number }): StanceReading | null {
  const query = strongest(text, QUERY_CUES);
  const firmQualify = strongest(text, QUALIFY_CUES);
  // "the question of whether X occurs must be assessed case by case" qualifies; it does not ask.
  if (query && (query.weight >= 0.9 || !firmQualify || firmQualify.weight < 0.9)) return query;
  if (/\?\s*$/.test(text)) return { stance: 'QUERIES', weight: 0.85, cues: ['?'], cueStart: text.length - 1, cueEnd: text.length };

  const oppose = upholdsBreachedRule(strongest(text, OPPOSE_CUES), text, target);
  const support = strongest(text, SUPPORT_CUES);
  const qualify = strongest(text, QUALIFY_CUES);
  const lead = support ? text.slice(Math.max(0, support.cueStart - 40), support.cueStart) : '';
  const lastWords = lead.split(/\s+/).slice(-5).join(' ');
  if (support && NOT_YET.test(lastWords + ' ' + text.slice(support.cueStart, support.cueEnd))) {
    return { ...support, stance: 'QUALIFIES', weight: 0.9, cues: ['not yet', ...support.cues] };
  }
  if (oppose) return oppose;
  if (support && NEGATION.test(lastWords)) {
    return { ...support, stance: 'OPPOSES', weight: 0.85, cues: [lastWords.match(NEGATION)![0], ...support.cues] };
  }
  if (qualify && (!support || qualify.weight >= 0.85 || support.weight < 0.9)) return qualify;
  if (support && HEDGES.test(lastWords)) {
    return { ...support, stance: 'QUALIFIES', weight: 0.7, cues: [lastWords.match(HEDGES)![0], ...support.cues] };
  }
  return support ?? null;
}

/**
 * A breach cue ("violation of") whose object is the target ("violation of State sovereignty") or a
 * pronoun after it ("sovereignty …, the violation of which", "… violates it") invokes the target as a rule
 * that binds: support, not rejection. Anything else the breach cue governs stays an objection.
 */
function upholdsBreachedRule(reading: StanceReading | null, text: string, target: { readonly start: number; readonly end: number } | undefined): StanceReading | null {
  if (!reading || !target || !OPPOSE_CUES.some((c) => c.breach && c.pattern.test(reading.cues[0] ?? ''))) return reading;
  const between = text.slice(reading.cueEnd, target.start);
  const isObject = target.start >= reading.cueEnd && /^\s*(?:(?:the|a|an|its|their|our|state|States'?|territorial)\s+){0,3}$/iu.test(between);
  const isRelative = target.end <= reading.cueStart && /^\s*which\b/iu.test(text.slice(reading.cueEnd));
  // "sovereignty is a rule …, and a State that penetrates another's networks violates it".
  const isPronoun = target.end <= reading.cueStart && /^\s*it\b/iu.test(text.slice(reading.cueEnd));
  if (!isObject && !isRelative && !isPronoun) return reading;
  return { ...reading, stance: 'SUPPORTS', weight: 0.85, cues: [`${reading.cues[0]} (the rule breached)`] };
}

/** The default reading when no cue fired at all. */
export function defaultStance(): StanceReading {
  return DEFAULT;
}

function strongest(text: string, cues: readonly StanceCue[]): StanceReading | null {
  let best: StanceReading | null = null;
  for (const cue of cues) {
    const match = cue.pattern.exec(text);
    if (!match) continue;
    if (!best || cue.weight > best.weight) {
      best = { stance: cue.stance, weight: cue.weight, cues: [match[0]], cueStart: match.index, cueEnd: match.index + match[0].length };
    }
  }
  return best;
}
