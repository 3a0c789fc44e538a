import type { ActorKind, PersonRole } from '../../model/index.js';
import type { ActorGazetteer, ActorMention } from './actorGazetteer.js';
import type { CatalogPerson } from './ExtractionCatalog.js';
import { escapeRegExp } from './normalizeForMatching.js';
import { REPORTING_VERB } from './reportingVerbs.js';

/** Who a sentence says is speaking. */
export interface Speaker {
  readonly actorId: string;
  readonly actorKind: ActorKind;
  readonly actorName: string;
  readonly inCatalog: boolean;
  readonly role: PersonRole;
  readonly speakerId: string | null;
  /** For a group statement, the State that delivered it ("on behalf of the NAM, Indonesia said"). */
  readonly deliveredBy: string | null;
  readonly confidence: number;
  /** The words that named the speaker, as written. */
  readonly cue: string;
}

/**
 * What one sentence does to the current speaker: names a new one, ends the current one without
 * naming another ("Several delegations said…", "The panellists responded…", an unknown person),
 * or says nothing (`null`: the current speaker, if any, goes on, as with "He added that…").
 */
export type Attribution =
  | {
      readonly kind: 'SPEAKER';
      readonly speaker: Speaker;
      /**
       * Further actors of a coordinated subject ("Mexico, Chile and Colombia supported…"): each
       * says the same words, so each gets its own statement over the same text.
       */
      readonly also?: readonly Speaker[];
    }
  | { readonly kind: 'RESET'; readonly cue: string }
  | null;

export interface AttributionContext {
  readonly actors: ActorGazetteer;
  readonly persons: readonly CatalogPerson[];
  readonly chair: { readonly actorId: string; readonly kind: ActorKind; readonly name: string } | null;
}

/** How far into a sentence its speaker may be named: "In response, the delegate of Japan said". */
const OPENING = 90;

const ROLE_BEFORE =
  /(?:^|[\s,(])(?:the\s+)?(?:head\s+of\s+(?:the\s+)?delegation|(?:deputy\s+)?permanent\s+representative|representatives?|delegates?|delegations?|ambassador|(?:foreign\s+|prime\s+|deputy\s+)?minister(?:\s+(?:for|of)\s+[\w\s]{1,40}?)?|spokes(?:person|man|woman)|speaker|observer|envoy|government|president|vice[-\s]president)\s+(?:of|from|for)\s+(?:the\s+)?$/i;
// "on behalf of the NAM", "Speaking for the Group of 77 and China", "in the name of the African Group".
const BEHALF_BEFORE = /(?:on\s+behalf\s+of|speaking\s+for|in\s+the\s+name\s+of)\s+(?:the\s+)?$/i;
const INTRO_BEFORE = /^(?:[^.;:]{0,80}?,\s*)?(?:the\s+)?$/i;
// After the subject: an aside ("…, speaking on behalf of its member States, said"), a distributive or
// sentence adverb ("each said", "for its part"), an auxiliary with or without "not" ("did not share").
const VERB_AFTER = new RegExp(
  `^(?:'s?\\s+(?:delegation|delegate|representative|government|minister|ambassador))?\\s*,?\\s*(?:[^,;]{0,100},\\s*)?` +
    `(?:(?:also|further|however,?|therefore|firmly|strongly|fully|then|thereafter|each|both|all|jointly|likewise|similarly|too|in\\s+turn|for\\s+(?:its|their|his|her)\\s+part,?)\\s+)?` +
    `(?:(?:did|does|do|could|would|can|cannot|might)\\s+(?:not\\s+)?)?${REPORTING_VERB.source}`,
  'iu',
);
// "Russia's delegate took…", "Iran's representative": a State's own speaker named at the start of a
// sentence speaks for it whatever the verb.
const POSSESSIVE_ROLE = /^'s?\s+(?:delegation|delegate|representative|government|minister|ambassador|permanent\s+representative)\b/i;
// "For Mexico, international humanitarian law applied…", "According to Japan, …", "In the view of the
// delegation of Egypt, …": the view reported is the named actor's.
const VIEW_OF_BEFORE =
  /^(?:[^.;:]{0,40}?,\s*)?(?:for|according\s+to|in\s+the\s+(?:view|opinion|assessment|understanding)\s+of)\s+(?:the\s+(?:delegation|delegate|representative|government)\s+of\s+)?(?:the\s+)?$/i;
const VIEW_OF_AFTER = /^\s*,/;
const IN_ITS_VIEW = { before: /^(?:[^.;:]{0,40}?,\s*)?in\s+$/i, after: /^'s?\s+(?:view|opinion|assessment)\s*,/i };
const DEMONYM_AFTER = /^\s+(?:delegation|delegate|representative|government|side|minister|ambassador)\b/i;
const CHAIR = /^(?:[^.;]{0,60}?[\s,])?(?:the\s+)?(chair(?:man|person|woman)?|vice[-\s]chair|co[-\s]chairs?|facilitator|moderator)\b/i;
const GENERIC_SPEAKERS =
  /^(?:[^.;]{0,40}?[\s,])?(?:the\s+)?(?:panel+ists?|presenters?|other\s+speakers|rapporteur|secretariat|all\s+(?:the\s+)?(?:delegates|delegations|speakers)|(?:several|some|many|other|most|a\s+number\s+of|a\s+few|few|two|three)\s+(?:delegations?|delegates|speakers|States|members|participants|countries)|delegations|participants|member\s+states\s+(?:emphasi|express|agree|note|stress|highlight|were)|the\s+(?:meeting|session|working\s+group|committee)\s+(?:was|adopted|decided|agreed|noted|took|heard|then|began|resumed|opened|closed))\b/i;
const UNKNOWN_PERSON = /^(?:[^.;]{0,30}?[\s,])?(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E|Professor|Judge|Justice|Sir|Dame)\.?\s+[A-Z][\w'-]+)/;

/** Reads who, if anyone, a sentence (normalised text) names as its speaker. */
export function attributeSentence(sentence: string, context: AttributionContext): Attribution {
  const mentions = context.actors.find(sentence);
  const passive = findPassiveSpeakers(sentence, mentions);
  if (passive) return passive;
  const group = mentions.find((m) => BEHALF_BEFORE.test(sentence.slice(0, m.start)) && m.start < OPENING + 40);
  const deliverer = findDeliverer(sentence, mentions.filter((m) => m !== group), context);
  if (group && group.kind === 'STATE') {
    // A joint statement: "On behalf of Australia, Chile, Ghana and the Netherlands, the
    // representative of Chile said…", "Chile, speaking also on behalf of Ghana and Kenya, said…".
    // Each State named speaks the words, the one delivering them too.
    const named = [group, ...coordinatedAfter(sentence, mentions, mentions.indexOf(group))];
    const cue = sentence.slice(0, named.at(-1)!.end).trim();
    const by = deliverer?.speaker.actorId ?? null;
    const joint = named.map((m) => speaker(m, 'DELEGATE', null, m.actorId === by ? null : by, deliverer ? 0.9 : 0.85, cue).speaker);
    if (deliverer && !named.some((m) => m.actorId === by)) joint.unshift(deliverer.speaker);
    return { kind: 'SPEAKER', speaker: joint[0]!, ...(joint.length > 1 ? { also: joint.slice(1) } : {}) };
  }
  if (group) {
    return speaker(group, 'DELEGATE', null, deliverer?.speaker.actorId ?? null, deliverer ? 0.95 : 0.85, sentence.slice(0, group.end));
  }
  if (deliverer) return { kind: 'SPEAKER', speaker: deliverer.speaker, ...(deliverer.also.length > 0 ? { also: deliverer.also } : {}) };

  const person = findPerson(sentence, context.persons, context.actors);
  if (person) return { kind: 'SPEAKER', speaker: person };

  const chair = CHAIR.exec(sentence);
  if (chair && REPORTING_VERB.test(sentence.slice(chair.index + chair[0].length))) {
    if (!context.chair) return { kind: 'RESET', cue: chair[0].trim() };
    const { actorId, kind, name } = context.chair;
    return {
      kind: 'SPEAKER',
      speaker: { actorId, actorKind: kind, actorName: name, inCatalog: true, role: 'CHAIR', speakerId: null, deliveredBy: null, confidence: 0.85, cue: chair[0].trim() },
    };
  }
  const generic = GENERIC_SPEAKERS.exec(sentence);
  if (generic) return { kind: 'RESET', cue: generic[0].trim() };
  const unknown = UNKNOWN_PERSON.exec(sentence);
  if (unknown && REPORTING_VERB.test(sentence)) return { kind: 'RESET', cue: unknown[0].trim() };
  return null;
}

function findDeliverer(sentence: string, mentions: readonly ActorMention[], context: AttributionContext): { speaker: Speaker; also: Speaker[] } | null {
  for (const [index, mention] of mentions.entries()) {
    if (mention.start > OPENING) break;
    const before = sentence.slice(0, mention.start);
    const role = ROLE_BEFORE.exec(before);
    const followers = coordinatedAfter(sentence, mentions, index);
    const last = followers.at(-1) ?? mention;
    const after = sentence.slice(last.end);
    if (followers.length > 0 && (role || INTRO_BEFORE.test(before)) && VERB_AFTER.test(after)) {
      // "Mexico, Chile and Colombia supported…", "The representatives of Cuba and Nicaragua said…":
      // a shared subject, confirmed by the reporting verb right after it.
      const cue = sentence.slice(role ? role.index : mention.start, last.end).trim();
      return {
        speaker: speaker(mention, 'DELEGATE', null, null, 0.9, cue).speaker,
        also: followers.map((follower) => speaker(follower, 'DELEGATE', null, null, 0.9, cue).speaker),
      };
    }
    if (role) {
      const verb = REPORTING_VERB.test(after);
      return { speaker: speaker(mention, 'DELEGATE', null, null, verb ? 0.95 : 0.8, sentence.slice(role.index, mention.end).trim()).speaker, also: [] };
    }
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && /[A-Z][\w'-]+\s+\(\s*$/.test(before) && REPORTING_VERB.test(after)) {
      return { speaker: speaker(mention, 'DELEGATE', null, null, 0.9, sentence.slice(0, mention.end + 1).trim()).speaker, also: [] };
    }
    if (INTRO_BEFORE.test(before) && VERB_AFTER.test(after)) {
      const verb = REPORTING_VERB.exec(after)!;
      return { speaker: speaker(mention, 'DELEGATE', null, null, 0.9, `${sentence.slice(mention.start, mention.end)} … ${verb[0]}`).speaker, also: [] };
    }
    const possessive = POSSESSIVE_ROLE.exec(after);
    if (possessive && INTRO_BEFORE.test(before)) {
      return { speaker: speaker(mention, 'DELEGATE', null, null, 0.85, sentence.slice(mention.start, mention.end + possessive[0].length).trim()).speaker, also: [] };
    }
    const viewOf = VIEW_OF_BEFORE.exec(before);
    if (viewOf && VIEW_OF_AFTER.test(after)) {
      return { speaker: speaker(mention, 'DELEGATE', null, null, 0.85, sentence.slice(0, mention.end).trim()).speaker, also: [] };
    }
    const inItsView = IN_ITS_VIEW.after.exec(after);
    if (inItsView && IN_ITS_VIEW.before.test(before)) {
      return { speaker: speaker(mention, 'DELEGATE', null, null, 0.85, sentence.slice(mention.start, mention.end + inItsView[0].length).trim()).speaker, also: [] };
    }
  }
  for (const demonym of context.actors.findDemonyms(sentence)) {
    if (demonym.start > OPENING) break;
    const after = DEMONYM_AFTER.exec(sentence.slice(demonym.end));
    if (after && INTRO_BEFORE.test(sentence.slice(0, demonym.start))) {
      return { speaker: speaker(demonym, 'DELEGATE', null, null, 0.9, sentence.slice(demonym.start, demonym.end + after[0].length).trim()).speaker, also: [] };
    }
  }
  return null;
}

/**
 * "Support was expressed by the delegates of the UAE and Iran", "This view was shared by Egypt":
 * the speakers follow "by" after a passive reporting verb, anywhere in the sentence.
 */
const PASSIVE_BY =
  /(?<![\p{L}])(?:was|were|has\s+been|have\s+been)\s+(?:\p{L}+ly\s+)?(?:expressed|voiced|echoed|shared|supported|endorsed|seconded|raised|reiterated|stressed|emphasi[sz]ed|underlined|opposed|questioned|proposed|suggested|made|put\s+forward)\s+by\s+(?:the\s+)?(?:(?:delegat(?:e|es|ion|ions)|representatives?|governments?)\s+(?:of\s+)?(?:the\s+)?)?$/iu;

function findPassiveSpeakers(sentence: string, mentions: readonly ActorMention[]): Attribution {
  for (const [index, mention] of mentions.entries()) {
    if (!PASSIVE_BY.test(sentence.slice(Math.max(0, mention.start - 120), mention.start))) continue;
    const followers = coordinatedAfter(sentence, mentions, index, /^\s*(?:(?:delegat(?:e|es|ion|ions)|representatives?)\s+of\s+)?(?:the\s+)?$/i);
    const cue = sentence.slice(sentence.slice(0, mention.start).search(PASSIVE_BY), (followers.at(-1) ?? mention).end).trim();
    const first = speaker(mention, 'DELEGATE', null, null, 0.85, cue);
    return followers.length === 0 ? first : { ...first, also: followers.map((f) => speaker(f, 'DELEGATE', null, null, 0.85, cue).speaker) };
  }
  return null;
}

/** What may join the actors of one subject: ", ", " and ", ", and ", " as well as ". */
const COORDINATOR = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+|\s*&\s*)/i;

/** The mentions after `mentions[index]` joined to it as one subject ("Mexico, Chile and Colombia"), in order. */
function coordinatedAfter(sentence: string, mentions: readonly ActorMention[], index: number, role?: RegExp): ActorMention[] {
  const followers: ActorMention[] = [];
  let previous = mentions[index]!;
  for (const next of mentions.slice(index + 1)) {
    if (next.start < previous.end) continue;
    const gap = sentence.slice(previous.end, next.start);
    const joiner = COORDINATOR.exec(gap);
    // After the joiner: "the" at most, or the role words a passive list repeats ("delegations of").
    const rest = joiner ? gap.slice(joiner[0].length) : null;
    if (rest === null || !(/^(?:the\s+)?$/i.test(rest) || role?.test(rest))) break;
    if (next.actorId !== mentions[index]!.actorId && !followers.some((f) => f.actorId === next.actorId)) followers.push(next);
    previous = next;
  }
  return followers;
}

function findPerson(sentence: string, persons: readonly CatalogPerson[], actors: ActorGazetteer): Speaker | null {
  for (const person of persons) {
    const surname = person.name.split(/\s+/).at(-1)!;
    const forms = [escapeRegExp(person.name), `(?:Mr|Ms|Mrs|Dr|Prof|Professor|Judge|H\\.\\s?E)\\.?\\s+${escapeRegExp(surname)}`];
    const pattern = new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'u');
    const match = pattern.exec(sentence);
    if (!match || match.index > 60 || !REPORTING_VERB.test(sentence.slice(match.index + match[0].length))) continue;
    const actor = actors.describe(person.representsId);
    return {
      actorId: person.representsId,
      actorKind: actor?.kind ?? 'ORGANIZATION',
      actorName: actor?.name ?? person.representsId,
      inCatalog: true,
      role: person.role,
      speakerId: person.id,
      deliveredBy: null,
      confidence: 0.9,
      cue: match[0],
    };
  }
  return null;
}

/** The speaker an actor mention names, as an attribution. */
export function speaker(mention: ActorMention, role: PersonRole, speakerId: string | null, deliveredBy: string | null, confidence: number, cue: string) {
  return {
    kind: 'SPEAKER' as const,
    speaker: {
      actorId: mention.actorId,
      actorKind: mention.kind,
      actorName: mention.name,
      inCatalog: mention.inCatalog,
      role,
      speakerId,
      deliveredBy,
      confidence,
      cue,
    },
  };
}
