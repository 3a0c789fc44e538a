import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import worldCountriesModule, { type Country } from 'world-countries';
import { normalizeForMatch } from '../model/index.js';

// The register's English names ship as JSON beside the package; registering them once is enough.
countries.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/en.json'));

// world-countries ships CommonJS beside typings written for ESM: take the array either way.
const worldCountries: readonly Country[] =
  (worldCountriesModule as unknown as { default?: Country[] }).default ?? (worldCountriesModule as unknown as Country[]);

/** A State of the ISO 3166-1 register and every name it goes by. */
export interface StateNames {
  /** ISO 3166-1 alpha-3 code: the id of a STATE actor. */
  readonly alpha3: string;
  readonly alpha2: string;
  /** The register's official English name ("Viet Nam" style short names where it gives them). */
  readonly name: string;
  /** The register's other English names: what a new STATE actor carries as aliases. */
  readonly aliases: readonly string[];
  /**
   * Every name: the register's (i18n-iso-countries), world-countries' common, official and
   * alternative spellings ("Islamic Republic of Iran"), and UN spellings the register lacks.
   * Codes among world-countries' spellings ("IR") are left in; readers filter what they cannot use.
   */
  readonly names: readonly string[];
  /** English adjective of nationality ("Japanese"), when world-countries records one. */
  readonly demonym: string | null;
}

/**
 * Every State of the register (https://www.iso.org/iso-3166-country-codes.html), by alpha-3 code:
 * the one list of State names that the ingest extractor (names in running text) and the dataset
 * importer (a name or code in a cell) both read.
 */
export function listStateNames(): readonly StateNames[] {
  return (states ??= buildStates());
}

/**
 * The alpha-3 code `value` is or names: an alpha-3 or alpha-2 code (any case), or any name of
 * `listStateNames`, case and accents ignored. A three-letter code is a State even where a group
 * shares it (NAM is Namibia): a dataset maps such cells in its mapping file.
 */
export function stateAlpha3Of(value: string): string | null {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return countries.alpha2ToAlpha3(upper) ?? null;
  byName ??= buildNameIndex();
  return byName.get(normalizeForMatch(value)) ?? null;
}

// Private:

let states: StateNames[] | undefined;
let byName: Map<string, string> | undefined;

function buildStates(): StateNames[] {
  const all = countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>;
  const world = new Map(worldCountries.map((c) => [c.cca3, c]));
  const un = new Map<string, string[]>();
  for (const [name, alpha3] of Object.entries(UN_SPELLINGS)) un.set(alpha3, [...(un.get(alpha3) ?? []), name]);
  const list: StateNames[] = [];
  for (const [alpha2, registerNames] of Object.entries(all)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (!alpha3) continue;
    const name = countries.getName(alpha3, 'en', { select: 'official' }) ?? alpha3;
    const country = world.get(alpha3);
    const names = [
      ...registerNames,
      ...(country ? [country.name.common, country.name.official, ...country.altSpellings] : []),
      ...(un.get(alpha3) ?? []),
    ];
    list.push({
      alpha3,
      alpha2,
      name,
      aliases: registerNames.filter((n) => n !== name),
      names: [...new Set(names)],
      demonym: country?.demonyms?.eng?.m || null,
    });
  }
  // Independent States first: where a State and a territory share a name or an adjective ("French":
  // France and the French Southern Territories; "American": the United States and the Northern
  // Mariana Islands), readers that take the first entry take the State.
  const rank = (state: StateNames) => (world.get(state.alpha3)?.independent ? 0 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || (a.alpha3 < b.alpha3 ? -1 : a.alpha3 > b.alpha3 ? 1 : 0));
}

/**
 * Name -> alpha-3; the register's own names first, then the other spellings, each pass in
 * `listStateNames` order: a name two States share goes to the register's holder, else the State.
 */
function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const list = listStateNames();
  for (const pass of [(s: StateNames) => [s.name, ...s.aliases], (s: StateNames) => s.names]) {
    for (const state of list) {
      for (const name of pass(state)) {
        const key = normalizeForMatch(name);
        if (!index.has(key)) index.set(key, state.alpha3);
      }
    }
  }
  return index;
}

/** UN spellings the register lacks. */
const UN_SPELLINGS: Record<string, string> = {
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
