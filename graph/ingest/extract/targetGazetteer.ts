import type { TargetKind } from '../../model/index.js';
import type { CatalogTarget } from './ExtractionCatalog.js';
import { escapeRegExp } from './normalizeForMatching.js';

/** A catalog target named in the text. */
export interface TargetMention {
  readonly targetId: string;
  readonly kind: TargetKind;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** How the words matched: the catalog name, an alias, or a variant derived from either. */
  readonly matchedBy: 'NAME' | 'ALIAS' | 'VARIANT';
}

interface Entry {
  readonly target: CatalogTarget;
  readonly matchedBy: TargetMention['matchedBy'];
}

/**
 * Recognises the catalog's principles, instruments and proposals by name and alias, and by the
 * variants a report uses for the same thing: without a leading "Principle of"/"the", without a
 * parenthesis ("Principle of proportionality (IHL)"), the parenthesised acronym alone, hyphens
 * and spaces interchangeable ("non-intervention", "non intervention"), a final plural.
 */
export class TargetGazetteer {
  private readonly entries = new Map<string, Entry>();
  private readonly pattern: RegExp | null;

  constructor(targets: readonly CatalogTarget[]) {
    for (const target of targets) {
      this.add(target.name, { target, matchedBy: 'NAME' });
      for (const alias of target.aliases) this.add(alias, { target, matchedBy: 'ALIAS' });
      for (const variant of variantsOf([target.name, ...target.aliases])) this.add(variant, { target, matchedBy: 'VARIANT' });
    }
    const keys = [...this.entries.keys()].sort((a, b) => b.length - a.length);
    this.pattern = keys.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(flexible).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  /** Catalog targets named in a normalised text, left to right, longest name first. */
  find(text: string): TargetMention[] {
    if (!this.pattern) return [];
    const mentions: TargetMention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const words = match[1]!;
      const entry = this.entries.get(keyOf(words)) ?? this.entries.get(keyOf(words.replace(/s$/i, '')));
      if (!entry) continue;
      // An all-capitals alias ("IHL", "UCM") is an acronym: match it in capitals only.
      if (/^[A-Z0-9]{2,6}$/.test(entry.target.aliases.find((a) => keyOf(a) === keyOf(words)) ?? '') && words !== words.toUpperCase()) continue;
      mentions.push({
        targetId: entry.target.id,
        kind: entry.target.kind,
        name: entry.target.name,
        start: match.index,
        end: match.index + words.length,
        matchedBy: entry.matchedBy,
      });
    }
    return mentions;
  }

  private add(name: string, entry: Entry) {
    const key = keyOf(name);
    if (key.length < 3) return;
    const existing = this.entries.get(key);
    if (existing && rank(existing.matchedBy) <= rank(entry.matchedBy)) return;
    this.entries.set(key, entry);
  }
}

function rank(matchedBy: TargetMention['matchedBy']): number {
  return matchedBy === 'NAME' ? 0 : matchedBy === 'ALIAS' ? 1 : 2;
}

/** Case, hyphens, apostrophes and runs of spaces do not distinguish two names. */
export function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** The pattern for one key: any hyphen/space run between words, optional final "s". */
function flexible(key: string): string {
  return key
    .split(' ')
    .map(escapeRegExp)
    .join('[-\\s]+')
    .concat('s?');
}

const LEADING = /^(?:the\s+)?(?:principles?|law|doctrine|concept|notion|rules?)\s+of\s+(?:the\s+)?/i;

function variantsOf(names: readonly string[]): string[] {
  const variants: string[] = [];
  for (const name of names) {
    const withoutParenthesis = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (withoutParenthesis !== name) variants.push(withoutParenthesis);
    const acronym = /\(([A-Z]{2,6})\)/.exec(name)?.[1];
    if (acronym) variants.push(acronym);
    const bare = withoutParenthesis.replace(LEADING, '');
    // Keep the bare form only when it still says something specific ("non-intervention", not "force").
    if (bare !== withoutParenthesis && (bare.includes(' ') || bare.includes('-') || bare.length >= 10)) variants.push(bare);
    if (/^the\s/i.test(withoutParenthesis)) variants.push(withoutParenthesis.replace(/^the\s+/i, ''));
    variants.push(...applicationForms(withoutParenthesis));
  }
  return variants;
}

const APPLIES = /\b(?:applies|apply|applied|is\s+applicable|are\s+applicable|application|applicability)\s+(?:(of\s+.+?)\s+)?(to|in)\s+/i;
const VERB_FORMS = ['applies', 'apply', 'is applicable', 'are applicable', 'is fully applicable', 'applies fully'];
const NOUN_FORMS = ['application', 'applicability'];

/**
 * Reports say the same proposition many ways: "international law applies to cyberspace", "… is
 * applicable in cyberspace", "the applicability of international law to cyberspace". A name or
 * alias in any one of these forms brings the others (both prepositions).
 */
function applicationForms(name: string): string[] {
  const match = APPLIES.exec(name);
  if (!match) return [];
  const before = name.slice(0, match.index).trim();
  const after = name.slice(match.index + match[0].length).trim();
  const subject = match[1] ? match[1].replace(/^of\s+/i, '') : before;
  if (!subject || !after) return [];
  const forms: string[] = [];
  for (const preposition of ['to', 'in']) {
    for (const verb of VERB_FORMS) forms.push(`${subject} ${verb} ${preposition} ${after}`);
    for (const noun of NOUN_FORMS) forms.push(`${noun} of ${subject} ${preposition} ${after}`);
  }
  return forms;
}
