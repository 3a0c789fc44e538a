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
 * Spellings that do not distinguish two names: British and American ("behaviour", "defence",
 * "organisation", "recognise"). Keys are kept in one spelling; patterns accept both.
 */
const SPELLINGS: readonly { readonly canonical: RegExp; readonly to: string; readonly pattern: (word: string) => string }[] = [
  { canonical: /(?<=[a-z]{3})iour(s?)$/, to: 'ior$1', pattern: (w) => w.replace(/ior(s?)$/, 'iou?r$1') },
  { canonical: /(?<=[a-z]{2})(?:our)(s?)$/, to: 'or$1', pattern: (w) => w.replace(/or(s?)$/, 'ou?r$1') },
  { canonical: /(?<=(?:de|of)f)ence$/, to: 'ense', pattern: (w) => w.replace(/ense$/, 'en[cs]e') },
  { canonical: /(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$/, to: 'iz$1', pattern: (w) => w.replace(/iz(e|ed|es|ing|ation|ations)$/, 'i[sz]$1') },
];
/** Words whose "-our"/"-ise" ending is not a spelling variant. */
const SPELLING_EXCEPTIONS = new Set(['four', 'your', 'hour', 'pour', 'tour', 'sour', 'flour', 'course', 'source', 'precise', 'concise', 'exercise', 'otherwise', 'promise', 'premise', 'expertise', 'enterprise', 'franchise', 'compromise', 'advertise', 'surprise', 'comprise', 'devise', 'revise', 'supervise', 'televise', 'improvise', 'raise', 'noise', 'poise', 'cruise', 'praise', 'paradise']);

/**
 * Recognises the catalog's principles, instruments and proposals by name and alias, and by the
 * variants a report uses for the same thing: without a leading "Principle of"/"the", without a
 * parenthesis ("Principle of proportionality (IHL)"), the parenthesised acronym alone, hyphens
 * and spaces interchangeable ("non-intervention", "non intervention"), a final plural.
 */
export class TargetGazetteer {
  /** Every target a key names, at the best rank it has: an alias two targets share names both ("Article 51"). */
  private readonly entries = new Map<string, Entry[]>();
  private readonly pattern: RegExp | null;
  /** Targets that are a proposition "X applies to Y", each with the pattern of its clause (applicationClause). */
  private readonly propositions: { readonly target: CatalogTarget; readonly pattern: RegExp }[] = [];

  constructor(targets: readonly CatalogTarget[]) {
    for (const target of targets) {
      this.add(target.name, { target, matchedBy: 'NAME' });
      for (const alias of target.aliases) this.add(alias, { target, matchedBy: 'ALIAS' });
      for (const variant of variantsOf([target.name, ...target.aliases])) this.add(variant, { target, matchedBy: 'VARIANT' });
      const clause = applicationClause([target.name, ...target.aliases]);
      if (clause) this.propositions.push({ target, pattern: clause });
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
      const found = this.entries.get(keyOf(words)) ?? this.entries.get(keyOf(words.replace(/s$/i, '')));
      for (const entry of found ?? []) {
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
    }
    for (const { target, pattern } of this.propositions) {
      for (const match of text.matchAll(pattern)) {
        // The mention is the subject ("international law"): an aside after it ("including the
        // Charter") names targets of its own, which a mention over the whole clause would hide.
        const subject = match.groups!.subject!;
        const start = match.index + match[0].indexOf(subject);
        if (mentions.some((m) => m.targetId === target.id && m.start <= start && start < m.end)) continue;
        mentions.push({ targetId: target.id, kind: target.kind, name: target.name, start, end: start + subject.length, matchedBy: 'VARIANT' });
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  private add(name: string, entry: Entry) {
    const key = keyOf(name);
    if (key.length < 3) return;
    const existing = this.entries.get(key) ?? [];
    const best = existing[0];
    if (best && rank(best.matchedBy) < rank(entry.matchedBy)) return;
    if (existing.some((e) => e.target.id === entry.target.id)) return;
    this.entries.set(key, best && rank(best.matchedBy) === rank(entry.matchedBy) ? [...existing, entry] : [entry]);
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
    .trim()
    .split(' ')
    .map(canonicalSpelling)
    .join(' ');
}

function canonicalSpelling(word: string): string {
  if (SPELLING_EXCEPTIONS.has(word)) return word;
  for (const spelling of SPELLINGS) if (spelling.canonical.test(word)) return word.replace(spelling.canonical, spelling.to);
  return word;
}

/** The pattern for one key: any hyphen/space run between words, either spelling of a word, optional final "s". */
function flexible(key: string): string {
  return key
    .split(' ')
    .map((word) => {
      const escaped = escapeRegExp(word);
      if (SPELLING_EXCEPTIONS.has(word)) return escaped;
      for (const spelling of SPELLINGS) {
        const widened = spelling.pattern(escaped);
        if (widened !== escaped) return widened;
      }
      return escaped;
    })
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

/**
 * What reports say for "cyberspace" when they say international law applies to it: "applies to
 * the use of ICTs by States", "is applicable online", "applied to the information space".
 */
const CYBERSPACE =
  "cyber-?space|the cyber domain|the digital (?:domain|sphere|space|environment)|the information space|the (?:ICT|cyber) environment|(?:the )?(?:State )?(?:use|conduct) of (?:States in cyberspace|ICTs|information and communications? technologies)(?: by States)?|(?:the )?conduct of States in (?:cyberspace|the use of ICTs)|ICTs|information and communications? technologies|cyber operations|ICT operations|digital technologies|the internet";

/**
 * A target named "X applies to cyberspace" (or the noun form) as the clause reports write it:
 * the subject, an aside between commas ("international law, including the Charter, applies"), any
 * tense ("applied", "was applicable", "remained applicable"), "fully"/"in its entirety", and what
 * cyberspace is called (CYBERSPACE) or "online". Null for a target that is no such proposition.
 */
function applicationClause(names: readonly string[]): RegExp | null {
  const subjects = new Set<string>();
  for (const name of names.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim())) {
    const match = APPLIES.exec(name);
    if (!match) continue;
    const after = name.slice(match.index + match[0].length).trim();
    if (!/^cyber ?space$/i.test(after)) continue;
    const subject = (match[1] ? match[1].replace(/^of\s+/i, '') : name.slice(0, match.index)).trim().replace(/^(?:existing|the)\s+/i, '');
    if (subject) subjects.add(escapeRegExp(subject).replace(/\s+/g, '\\s+'));
  }
  if (subjects.size === 0) return null;
  const subject = `(?<subject>(?:existing\\s+|current\\s+)?(?:${[...subjects].join('|')}))`;
  const aside = '(?:\\s*,[^,.;]{1,80},)?';
  const verb = '\\s+(?:(?:is|was|are|were|remains?|remained|would|will|should|must|also|fully|equally|clearly|therefore)\\s+){0,3}(?:applies|apply|applied|applicable)';
  const how = '(?:\\s+(?:fully|also|equally|in\\s+full|in\\s+its\\s+entirety|as\\s+a\\s+whole))?';
  const where = `(?:\\s+(?:to|in)\\s+(?:${CYBERSPACE.replace(/-\?/g, '[-\\s]?').replace(/ /g, '\\s+')})|\\s+online)`;
  return new RegExp(`(?<![\\p{L}])${subject}${aside}${verb}${how}${where}(?![\\p{L}])`, 'giu');
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
