import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAnalysisInput, narrowScope, type AnalysisScope } from '../../graph/analysis/index.js';
import type { GraphStore } from '../../graph/store/port.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { tempDataDir } from '../support/tempSeeds.js';
import { fixtureBundle, hangzhouInput, twoMeetingsInput } from './fixture/hangzhouFixture.js';
import { recordingMemoryStore } from './fixture/recordingMemoryStore.js';

// The loader reads only through the port, so every store must hand the analyses the same input:
// the same suite runs against the embedded SQLite store and the recording in-memory store.
const stores: [string, () => Promise<{ store: GraphStore; close(): Promise<void> }>][] = [
  ['in-memory', async () => ({ store: recordingMemoryStore(fixtureBundle), close: async () => undefined })],
  [
    'sqlite',
    async () => {
      const data = await tempDataDir();
      const store = createSqliteStore({ dataDir: data.dir });
      await store.replaceGraph(fixtureBundle);
      return { store, close: async () => (await store.close(), await data.remove()) };
    },
  ],
];

describe.each(stores)('loadAnalysisInput from the %s store', (_, open) => {
  let opened: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened.close();
  });

  test('reads the whole graph as the hand-made input holds it', async () => {
    expect(await loadAnalysisInput(opened.store, {})).toEqual(twoMeetingsInput);
  });

  test('reads one meeting as the Hangzhou input', async () => {
    expect(await loadAnalysisInput(opened.store, { meetingIds: ['hangzhou-2019'] })).toEqual({
      ...hangzhouInput,
      scope: { meetingIds: ['hangzhou-2019'] },
    });
  });

  const scopes: AnalysisScope[] = [
    { meetingIds: ['fixture-followup-2020'] },
    { agendaItemIds: ['hangzhou-2019.topic-3', 'hangzhou-2019.topic-1'] },
    { actorIds: ['JPN', 'CHN', 'icrc'] },
    { meetingIds: ['hangzhou-2019', 'fixture-followup-2020'], actorIds: ['VNM'] },
    { meetingIds: ['hangzhou-2019'], agendaItemIds: ['hangzhou-2019.topic-2-1'], actorIds: ['IRN', 'JPN'] },
  ];
  test.each(scopes)('selects what narrowScope selects: %j', async (scope) => {
    expect(await loadAnalysisInput(opened.store, scope)).toEqual(narrowScope(twoMeetingsInput, scope));
  });

  test('pages through positions with keyset cursors', async () => {
    expect(await loadAnalysisInput(opened.store, {}, { pageSize: 4 })).toEqual(twoMeetingsInput);
  });
});

describe('loadAnalysisInput, as the store sees it', () => {
  test('asks for positions a page at a time and for agenda items, participations, statements and documents in one batch each', async () => {
    const store = recordingMemoryStore(fixtureBundle);
    await loadAnalysisInput(store, { meetingIds: ['hangzhou-2019'] }, { pageSize: 10 });
    const positionPages = store.calls.filter((c) => c.method === 'listPositions');
    // Hangzhou holds 22 positions (3 + 16 + 3 by agenda item): pages of 10, 10 and 2, each after the last sort key seen.
    expect(positionPages.map((c) => (c.args[1] as { after: string | null }).after === null)).toEqual([true, false, false]);
    expect(hangzhouInput.positions).toHaveLength(22);
    expect(store.calls.filter((c) => c.method === 'getStatementSourcesByIds')).toHaveLength(1);
    expect(store.calls.filter((c) => c.method === 'getDocumentsByIds')).toHaveLength(1);
    expect(store.calls.filter((c) => c.method === 'listAgendaItemsByMeetingIds').map((c) => c.args[0])).toEqual([['hangzhou-2019']]);
    expect(store.calls.filter((c) => c.method === 'listParticipationsByMeetingIds').map((c) => c.args[0])).toEqual([['hangzhou-2019']]);
  });
});
