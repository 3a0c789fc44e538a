import type { Actor } from '../model/index.js';

/**
 * Regional organisations and negotiating groups that speak in UN forums and that coded datasets
 * list beside States: one list for the extractor (ingest recognises "on behalf of the Non-Aligned
 * Movement") and the dataset importer (a row for "EU"), so that one group gets one id wherever it
 * comes from. They are ORGANIZATION actors (never States: no ISO code, no vote of their own in the
 * agreement between States). Ids match the catalog's where it has them (`eu`, `las`, `sco`, `coe`)
 * and its slug convention otherwise; a document or dataset naming one the catalog lacks asks for it
 * to be added (ingest and import list it, never hide it).
 */
export const KNOWN_GROUPS: readonly Actor[] = [
  group('eu', 'European Union', ['EU', 'E.U.']),
  group('african-union', 'African Union', ['AU', 'A.U.']),
  group('non-aligned-movement', 'Non-Aligned Movement', ['NAM', 'Movement of Non-Aligned Countries', 'Non Aligned Movement']),
  group('g77-china', 'Group of 77 and China', ['G77 and China', 'G-77 and China', 'Group of 77', 'G77', 'G-77']),
  group('african-group', 'African Group', ['Group of African States']),
  group('arab-group', 'Arab Group', ['Group of Arab States']),
  group('las', 'League of Arab States', ['Arab League', 'LAS']),
  group('asean', 'Association of Southeast Asian Nations', ['ASEAN']),
  group('oas', 'Organization of American States', ['OAS']),
  group('sco', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization', 'SCO']),
  group('coe', 'Council of Europe', ['CoE']),
  group('osce', 'Organization for Security and Co-operation in Europe', ['OSCE']),
  group('ecowas', 'Economic Community of West African States', ['ECOWAS']),
  group('caricom', 'Caribbean Community', ['CARICOM']),
  group('gcc', 'Gulf Cooperation Council', ['GCC', 'Cooperation Council for the Arab States of the Gulf']),
  group('oic', 'Organisation of Islamic Cooperation', ['Organization of Islamic Cooperation', 'OIC']),
  group('csto', 'Collective Security Treaty Organization', ['CSTO']),
  group('brics', 'BRICS', []),
  group('nordic-countries', 'Nordic countries', ['Nordic States']),
];

function group(id: string, name: string, aliases: string[]): Actor {
  return { id, kind: 'ORGANIZATION', name, aliases, isoCode: null };
}
