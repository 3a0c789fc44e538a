import type { Actor } from '../model/index.js';

/**
 * Regional organisations and groups of States that coded datasets list beside States. They are
 * ORGANIZATION actors (never States: no ISO code, no vote of their own in the agreement between
 * States). Ids match the catalog's where it has them (`eu`, `las`, `sco`, `coe`).
 */
export const KNOWN_GROUPS: readonly Actor[] = [
  group('eu', 'European Union', ['EU', 'E.U.']),
  group('african-union', 'African Union', ['AU', 'A.U.']),
  group('nam', 'Non-Aligned Movement', ['NAM', 'Movement of Non-Aligned Countries', 'Non Aligned Movement']),
  group('asean', 'Association of Southeast Asian Nations', ['ASEAN']),
  group('oas', 'Organization of American States', ['OAS']),
  group('las', 'League of Arab States', ['Arab League', 'LAS']),
  group('sco', 'Shanghai Cooperation Organization', ['SCO', 'Shanghai Cooperation Organisation']),
  group('coe', 'Council of Europe', ['CoE']),
  group('osce', 'Organization for Security and Co-operation in Europe', ['OSCE']),
  group('ecowas', 'Economic Community of West African States', ['ECOWAS']),
  group('caricom', 'Caribbean Community', ['CARICOM']),
  group('gcc', 'Gulf Cooperation Council', ['GCC', 'Cooperation Council for the Arab States of the Gulf']),
  group('oic', 'Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation']),
  group('g77', 'Group of 77 and China', ['G77', 'G-77', 'Group of 77']),
  group('brics', 'BRICS', []),
];

function group(id: string, name: string, aliases: string[]): Actor {
  return { id, kind: 'ORGANIZATION', name, aliases, isoCode: null };
}
