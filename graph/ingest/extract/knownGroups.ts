/**
 * Negotiating groups that speak in UN forums, so that "on behalf of the Non-Aligned Movement" is
 * recognised even when the catalog lacks the group. Ids follow the catalog's slug convention; a
 * draft that names one the catalog lacks asks for it to be added (ingest lists it, never hides it).
 */
export const KNOWN_GROUPS: readonly { id: string; name: string; aliases: readonly string[] }[] = [
  { id: 'non-aligned-movement', name: 'Non-Aligned Movement', aliases: ['NAM', 'Movement of Non-Aligned Countries'] },
  { id: 'g77-china', name: 'Group of 77 and China', aliases: ['G77 and China', 'G-77 and China', 'Group of 77'] },
  { id: 'eu', name: 'European Union', aliases: ['EU'] },
  { id: 'african-group', name: 'African Group', aliases: ['Group of African States'] },
  { id: 'arab-group', name: 'Arab Group', aliases: ['Group of Arab States', 'League of Arab States'] },
  { id: 'asean', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { id: 'caricom', name: 'Caribbean Community', aliases: ['CARICOM'] },
  { id: 'oic', name: 'Organisation of Islamic Cooperation', aliases: ['Organization of Islamic Cooperation', 'OIC'] },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization', 'SCO'] },
  { id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['CSTO'] },
  { id: 'african-union', name: 'African Union', aliases: ['AU'] },
  { id: 'nordic-countries', name: 'Nordic countries', aliases: ['Nordic States'] },
];
