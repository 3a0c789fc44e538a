import countries from 'i18n-iso-countries';
import type { Actor } from '../../graph/index.js';
import type { Draw } from './random.js';

/** Number of States the generated corpus holds, as the UN has Member States. */
export const STATE_COUNT = 193;

/** Regional groups and conveners: they speak for groups of States and organise meetings. */
export const ORGANIZATIONS = [
  { id: 'UN', name: 'United Nations' },
  { id: 'AALCO', name: 'Asian-African Legal Consultative Organization' },
  { id: 'AU', name: 'African Union' },
  { id: 'EU', name: 'European Union' },
  { id: 'OAS', name: 'Organization of American States' },
  { id: 'ASEAN', name: 'Association of Southeast Asian Nations' },
  { id: 'GROUP-AFRICAN', name: 'African Group' },
  { id: 'GROUP-ASIA-PACIFIC', name: 'Asia-Pacific Group' },
  { id: 'GROUP-EEG', name: 'Eastern European Group' },
  { id: 'GROUP-GRULAC', name: 'Group of Latin American and Caribbean States' },
  { id: 'GROUP-WEOG', name: 'Western European and Others Group' },
] as const;

export const CONVENERS = ['UN', 'AALCO', 'AU', 'EU', 'OAS', 'ASEAN'] as const;

/**
 * 193 States with real ISO 3166-1 alpha-3 codes and English names from i18n-iso-countries (the
 * codes pass the loader's State-code check), drawn in a seeded order from the table's 249 codes
 * (territories included: the table does not say which are UN Members), plus the organisations.
 */
export function actorsOf(draw: Draw): Actor[] {
  const codes = Object.keys(countries.getAlpha3Codes()).sort();
  const states: Actor[] = draw
    .shuffle(codes)
    .slice(0, STATE_COUNT)
    .sort()
    .map((code) => {
      const names = countries.getName(code, 'en', { select: 'all' }) ?? [code];
      return { id: code, kind: 'STATE', name: names[0] ?? code, aliases: names.slice(1), isoCode: code };
    });
  const organizations: Actor[] = ORGANIZATIONS.map((o) => ({ id: o.id, kind: 'ORGANIZATION', name: o.name, aliases: [], isoCode: null }));
  return [...states, ...organizations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
