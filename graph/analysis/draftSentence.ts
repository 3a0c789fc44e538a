import { UnreachableCaseError, type Target } from '../model/index.js';

/**
 * The neutral sentence a zero draft proposes for a common-ground target, built from the target's
 * catalog name and kind alone, so that it says nothing the supporting positions do not:
 * - PRINCIPLE: "States recognise the principle of non-intervention as applicable in cyberspace."
 *   A name that already speaks of cyberspace is not told so twice ("States recognise the
 *   applicability of international law to cyberspace."); an element ("as an element of…" in its
 *   name, or `elementOfId`) is recognised as that element; a name that is an indefinite proposal
 *   ("A new universal instrument…") is supported, not recognised.
 * - INSTRUMENT: "States express support for the Convention on Cybercrime of the Council of Europe."
 *   (support is all a SUPPORTS position on an instrument says: it may praise a framework without
 *   claiming it binds anyone); no article before a treaty provision or resolution.
 * - PROPOSAL: "States support the proposal “…”."
 * - QUESTION: "States agree that " + the question's proposition, the clause a "yes" answer accepts
 *   ("States agree that coercion is a required element of prohibited intervention."): on a
 *   question, SUPPORTS is a yes.
 * "States" is no claim of unanimity: the draft lists, under each sentence, the States that support
 * it, and `commonGround` admits no target a participating State opposed or qualified.
 */
export function draftSentence(target: Target, targetById: ReadonlyMap<string, Target>): string {
  switch (target.kind) {
    case 'PRINCIPLE': {
      const phrase = nounPhrase(target.name);
      if (/^an?\s/.test(phrase)) return `States support ${phrase}.`;
      // "Free, open and secure cyberspace": a bare adjectival phrase about cyberspace takes "a".
      if (/^[a-z][\w ,-]* cyberspace$/.test(phrase) && !/\b(of|in|to|the)\b/.test(phrase)) return `States recognise a ${phrase}.`;
      if (/\bcyber/i.test(phrase)) return `States recognise ${phrase}.`;
      if (/\belement of\b/i.test(phrase)) return `States recognise ${phrase} in cyberspace.`;
      const parent = target.elementOfId === null ? undefined : targetById.get(target.elementOfId);
      if (parent !== undefined) return `States recognise ${phrase} as an element of ${nounPhrase(parent.name)} in cyberspace.`;
      return `States recognise ${phrase} as applicable in cyberspace.`;
    }
    case 'INSTRUMENT': {
      const bare = target.instrumentType === 'TREATY_PROVISION' || target.instrumentType === 'RESOLUTION';
      return `States express support for ${bare ? target.name : withThe(target.name)}.`;
    }
    case 'PROPOSAL':
      return `States support the proposal “${target.name}”.`;
    case 'QUESTION':
      return target.proposition === null
        ? `States agree that the answer to the question “${target.wording}” is yes.`
        : `States agree that ${target.proposition.replace(/[.\s]+$/, '')}.`;
    default:
      throw new UnreachableCaseError(target);
  }
}

// Private:

/** Words that stay capitalised inside a common noun phrase ("Responsible State behaviour"). */
const KEEP_CAPITALISED = new Set(['State', 'States', 'United', 'Nations', 'UN', 'IHL']);

/**
 * A catalog name as a noun phrase inside a sentence: "Principle of non-intervention" → "the
 * principle of non-intervention"; "State sovereignty" stays; "Five Principles of Peaceful
 * Coexistence" (a proper name: capitals after the first word) → "the Five Principles of Peaceful
 * Coexistence"; "A new universal instrument" → "a new universal instrument". "The" is added before
 * a head noun followed by "of" or "to" within its first three words ("right of self-defence",
 * "peaceful use of cyberspace", "right to privacy").
 */
function nounPhrase(name: string): string {
  const article = /^(a|an|the)\s/i.exec(name);
  if (article) return `${(article[1] ?? '').toLowerCase()} ${name.slice(article[0].length)}`;
  const words = name.split(/\s+/);
  const proper = words.slice(1).some((word) => /^[A-Z]/.test(word) && !KEEP_CAPITALISED.has(word.replace(/\W+$/, '')));
  if (proper) return `the ${name}`;
  const phrase = lowerFirst(name);
  return /^(\S+\s){1,3}(of|to)\s/.test(phrase) ? `the ${phrase}` : phrase;
}

function withThe(name: string): string {
  return /^the\s/i.test(name) ? `the ${name.slice(4)}` : `the ${name}`;
}

/** "Sovereignty" → "sovereignty"; "IHL", "UN Charter", "State sovereignty" keep their capital. */
function lowerFirst(name: string): string {
  const firstWord = name.split(/[\s-]/)[0] ?? '';
  const keep = KEEP_CAPITALISED.has(firstWord) || /[A-Z0-9]/.test(firstWord.slice(1));
  return keep ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
