import { KNOWN_GROUPS } from '../../actors/knownGroups.js';
import { listStateNames } from '../../actors/stateNames.js';
import type { ActorKind } from '../../model/index.js';
import type { ExtractionCatalog } from './ExtractionCatalog.js';
import { escapeRegExp } from './normalizeForMatching.js';

/** An actor named in the text. `start`/`end` index the text (UTF-16, end exclusive). */
export interface ActorMention {
  readonly actorId: string;
  readonly kind: ActorKind;
  readonly name: string;
  /** Whether the catalog already holds the actor (else ingest must propose adding it). */
  readonly inCatalog: boolean;
  readonly start: number;
  readonly end: number;
}

interface Entry {
  readonly actorId: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly inCatalog: boolean;
}

/**
 * Recognises actors by every name they go by: the catalog's names and aliases first, then every
 * State of ISO 3166-1 by the names `graph/actors/stateNames.ts` gives ("Iran", "Islamic Republic of
 * Iran", "Viet Nam"), then the groups of `graph/actors/knownGroups.ts`: the same names and ids the
 * dataset importer resolves (graph/actors/resolveActor.ts), read here in running text.
 * Adjectives ("the Japanese delegation") are kept apart in `demonyms`: they name a speaker only
 * beside a word like "delegation", never on their own.
 */
export class ActorGazetteer {
  private readonly entries = new Map<string, Entry>();
  private readonly caseSensitive = new Set<string>();
  private readonly pattern: RegExp;
  readonly demonyms: ReadonlyMap<string, Entry>;
  private readonly demonymPattern: RegExp;

  constructor(catalog: Pick<ExtractionCatalog, 'actors'>) {
    const catalogIds = new Set(catalog.actors.map((a) => a.id));
    for (const actor of catalog.actors) {
      const entry = { actorId: actor.id, kind: actor.kind, name: actor.name, inCatalog: true };
      for (const name of [actor.name, ...actor.aliases]) this.add(name, entry);
    }
    const demonyms = new Map<string, Entry>();
    for (const state of listStateNames()) {
      const id = state.alpha3;
      const catalogActor = catalog.actors.find((a) => a.id === id);
      const entry = { actorId: id, kind: 'STATE' as const, name: catalogActor?.name ?? state.name, inCatalog: catalogIds.has(id) };
      for (const name of state.names) this.add(name, entry);
      if (state.demonym && !demonyms.has(state.demonym)) demonyms.set(state.demonym, entry);
    }
    for (const group of KNOWN_GROUPS) {
      const entry = { actorId: group.id, kind: 'ORGANIZATION' as const, name: group.name, inCatalog: catalogIds.has(group.id) };
      for (const name of [group.name, ...group.aliases]) this.add(name, entry);
    }
    this.pattern = alternation([...this.entries.keys()]);
    this.demonyms = demonyms;
    this.demonymPattern = alternation([...demonyms.keys()]);
  }

  /** Every actor named in `text` (a normalised copy: see normalizeForMatching), left to right, longest name first. */
  find(text: string): ActorMention[] {
    return this.scan(text, this.pattern, (name) => this.entries.get(name.toLowerCase()));
  }

  /** Adjectives of nationality ("Japanese"), for "the Japanese delegation". */
  findDemonyms(text: string): ActorMention[] {
    const byLower = new Map([...this.demonyms].map(([k, v]) => [k.toLowerCase(), v]));
    return this.scan(text, this.demonymPattern, (name) => byLower.get(name.toLowerCase()));
  }

  /** The entry for an id, for actors given on the command line (`--actor CHL`). */
  describe(actorId: string): Omit<ActorMention, 'start' | 'end'> | null {
    for (const entry of this.entries.values()) if (entry.actorId === actorId) return entry;
    return null;
  }

  private scan(text: string, pattern: RegExp, lookup: (name: string) => Entry | undefined): ActorMention[] {
    const mentions: ActorMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      const start = match.index + match[0].indexOf(name);
      // Proper nouns only: "us" is not the United States, "turkey" not Türkiye, "chad" not Chad.
      if (!/^[\p{Lu}\d]/u.test(name)) continue;
      if (this.caseSensitive.has(name.toLowerCase()) && !this.hasExactCase(name)) continue;
      const entry = lookup(name);
      if (entry) mentions.push({ ...entry, start, end: start + name.length });
    }
    return mentions;
  }

  private readonly exactCase = new Set<string>();
  private hasExactCase(name: string): boolean {
    return this.exactCase.has(name);
  }

  private add(name: string, entry: Entry) {
    // "The Netherlands", "The Gambia": the article is left to the text ("Germany and the Netherlands"),
    // since a name that starts with it would match "the" in lower case and be refused as no proper noun.
    const clean = name.trim().replace(/[\u2019]/g, "'").replace(/^the\s+/i, '');
    // Inverted forms ("Korea, Republic of") and codes like "IR" or "CN" are never how a report names a State.
    if (clean.includes(',') || clean.length < 2 || /^[A-Z]{2}$/.test(clean) && entry.kind === 'STATE' && clean !== 'US' && clean !== 'UK') return;
    if (/[^\p{L}\p{N}\s.'()&-]/u.test(clean)) return;
    const key = clean.toLowerCase();
    if (this.entries.has(key) && this.entries.get(key)!.inCatalog) return;
    if (!this.entries.has(key) || entry.inCatalog) this.entries.set(key, entry);
    // Acronyms match only in capitals: "AU" but not "au", "US" but not "us".
    if (/^[A-Z.]{2,5}$/.test(clean)) {
      this.caseSensitive.add(key);
      this.exactCase.add(clean);
    }
  }
}

/** One regular expression for many names: longest first, so "Republic of Korea" wins over "Korea". */
function alternation(names: string[]): RegExp {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const body = sorted.map((name) => escapeRegExp(name).replace(/\\\./g, '\\.?').replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${body})(?![\\p{L}\\p{N}])`, 'giu');
}
