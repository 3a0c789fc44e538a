import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { didYouMean } from '../errors/didYouMean.js';
import type { Actor } from '../model/index.js';
import { normalizeForMatch } from '../model/index.js';
import { KNOWN_GROUPS } from './knownGroups.js';

// The register's English names ship as JSON beside the package; registering them once is enough.
countries.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/en.json'));

export type ActorResolution =
  | { readonly ok: true; readonly actor: Actor; /** Whether the graph already had it. */ readonly known: boolean }
  | { readonly ok: false; readonly message: string };

export interface ActorResolver {
  /** Resolves `value` (an id, ISO 3166-1 alpha-3 or alpha-2 code, name, formal name or alias). */
  resolve(value: string): ActorResolution;
}

/**
 * Builds a resolver over the actors the graph has. Order of trust: an actor of the graph (by id,
 * ISO code, name or alias, case and accents ignored); else a State of the ISO 3166 register (code or
 * English name, official and short, e.g. "Viet Nam", "Republic of Korea"), as a new STATE actor with
 * the alpha-3 code as id; else a known regional organisation or group, as an ORGANIZATION actor.
 * A name two graph actors share resolves to neither: the error lists both.
 */
export function createActorResolver(graphActors: readonly Actor[]): ActorResolver {
  const byKey = new Map<string, Actor[]>();
  const add = (key: string, actor: Actor) => {
    const normalized = normalizeForMatch(key);
    const list = byKey.get(normalized) ?? [];
    if (!list.some((a) => a.id === actor.id)) list.push(actor);
    byKey.set(normalized, list);
  };
  for (const actor of graphActors) {
    for (const key of [actor.id, actor.name, ...actor.aliases, ...(actor.isoCode ? [actor.isoCode] : [])]) add(key, actor);
  }
  const graphIds = new Set(graphActors.map((a) => a.id));
  const groups = new Map<string, Actor>();
  for (const group of KNOWN_GROUPS) for (const key of [group.id, group.name, ...group.aliases]) groups.set(normalizeForMatch(key), group);
  const suggestions = new Set([
    ...graphActors.flatMap((a) => [a.id, a.name, ...a.aliases]),
    ...KNOWN_GROUPS.flatMap((g) => [g.name, ...g.aliases]),
    ...Object.values(countries.getNames('en', { select: 'official' })),
  ]);

  return {
    resolve(value) {
      const raw = value.trim();
      const key = normalizeForMatch(raw);
      if (key === '') return { ok: false, message: 'empty actor cell; fill in a name or ISO 3166-1 code' };
      const matches = byKey.get(key) ?? [];
      if (matches.length === 1) return { ok: true, actor: matches[0]!, known: true };
      if (matches.length > 1) {
        return { ok: false, message: `actor ${JSON.stringify(raw)} is ambiguous: it names ${matches.map((a) => JSON.stringify(a.id)).join(' and ')}; use the id` };
      }
      const alpha3 = isoAlpha3(raw);
      if (alpha3) {
        const existing = byKey.get(normalizeForMatch(alpha3))?.[0];
        if (existing) return { ok: true, actor: existing, known: true };
        const name = countries.getName(alpha3, 'en', { select: 'official' }) ?? alpha3;
        const aliases = (countries.getName(alpha3, 'en', { select: 'all' }) as unknown as string[] | undefined) ?? [];
        return {
          ok: true,
          actor: { id: alpha3, kind: 'STATE', name, aliases: aliases.filter((alias) => alias !== name), isoCode: alpha3 },
          known: graphIds.has(alpha3),
        };
      }
      const group = groups.get(key);
      if (group) {
        const existing = byKey.get(normalizeForMatch(group.id))?.[0];
        return existing ? { ok: true, actor: existing, known: true } : { ok: true, actor: group, known: false };
      }
      return {
        ok: false,
        message: `unknown actor ${JSON.stringify(raw)}: not an actor of the graph, an ISO 3166-1 code or State name, or a known group.${didYouMean(raw, suggestions) || ' Add it to seeds/catalog/actors.yaml.'}`,
      };
    },
  };
}

// Private:

/**
 * The ISO 3166-1 alpha-3 code `value` is, or names (alpha-2 code, or any English name the register
 * gives, plus the UN's "Viet Nam"-style spellings it lists as alternatives). A three-letter code
 * is a State even where a group shares it (NAM is Namibia): map such cells in the mapping file.
 */
function isoAlpha3(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return countries.alpha2ToAlpha3(upper) ?? null;
  return isoNames().get(normalizeForMatch(value)) ?? null;
}

let isoNameIndex: Map<string, string> | null = null;

function isoNames(): Map<string, string> {
  if (isoNameIndex) return isoNameIndex;
  isoNameIndex = new Map();
  const all = countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>;
  for (const [alpha2, names] of Object.entries(all)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (!alpha3) continue;
    for (const name of names) isoNameIndex.set(normalizeForMatch(name), alpha3);
  }
  for (const [name, alpha3] of Object.entries(EXTRA_NAMES)) isoNameIndex.set(normalizeForMatch(name), alpha3);
  return isoNameIndex;
}

/** UN spellings the register lacks. */
const EXTRA_NAMES: Record<string, string> = {
  'Viet Nam': 'VNM',
  'Türkiye': 'TUR',
  'Republic of Türkiye': 'TUR',
  'Czechia': 'CZE',
  'United States of America': 'USA',
  'Russian Federation': 'RUS',
  'Iran (Islamic Republic of)': 'IRN',
  'Republic of Korea': 'KOR',
  "Democratic People's Republic of Korea": 'PRK',
  'United Kingdom of Great Britain and Northern Ireland': 'GBR',
  'Netherlands (Kingdom of the)': 'NLD',
};
