import { beforeAll, describe, expect, test } from 'vitest';
import { syncUnits, type GraphUnits } from '../../../graph/index.js';
import type { GraphStore } from '../../../graph/store/port.js';
import { copyOfReport, smallUnits } from '../fixtures/documentUnits.js';
import { smallBundle } from '../fixtures/smallBundle.js';
import { recordingStore } from '../fixtures/recordingStore.js';

/** More ids than SQLite binds variables (32,766), and a corpus of documents synced one at a time. */
export function defineScaleCases(storeUnderTest: () => GraphStore): void {
  describe('at scale', () => {
    let store: GraphStore;
    beforeAll(() => {
      store = storeUnderTest();
    });

    test('lookups and filters take 40,000 ids, answering as for the few that exist', async () => {
      await store.replaceGraph(smallBundle);
      const unknown = Array.from({ length: 40_000 }, (_, i) => `unknown-${i}`);
      const positionIds = [...unknown.slice(0, 20_000), ...smallBundle.positions.map((p) => p.id), ...unknown.slice(20_000)];
      const found = await store.getPositionsByIds(positionIds);
      expect(found).toHaveLength(positionIds.length);
      expect(found.filter((p) => p !== null)).toStrictEqual(smallBundle.positions);
      expect(found[20_000]).toStrictEqual(smallBundle.positions[0]);

      const statementIds = [...unknown, 'st-rus-1', 'st-chn-1'];
      expect(await store.countPositions({ statementIds })).toBe(
        smallBundle.positions.filter((p) => p.statementId === 'st-rus-1' || p.statementId === 'st-chn-1').length,
      );
      expect((await store.getStatementSourcesByIds(statementIds)).slice(-3)).toStrictEqual([
        null,
        { id: 'st-rus-1', documentId: 'hz-report' },
        { id: 'st-chn-1', documentId: 'hz-report' },
      ]);
      const lists = await store.listPositionsByStatementIds(statementIds);
      expect(lists).toHaveLength(statementIds.length);
      expect(lists.at(-1)!.map((p) => p.id)).toEqual(['pos-chn-sov', 'pos-chn-charter']);
      expect((await store.listPositions({ actorIds: [...unknown, 'RUS'] }, { first: 10, after: null })).items.map((p) => p.id)).toEqual([
        'pos-rus-nonint',
        'pos-rus-tallinn',
      ]);
      expect(await store.countStatements({ documentIds: [...unknown, 'hz-report'], targetIds: [...unknown, 'tallinn-2'] })).toBe(1);
      expect((await store.getActorsByIds([...unknown, 'CHN'])).at(-1)?.id).toBe('CHN');
      expect((await store.listActors({ meetingIds: [...unknown, 'hangzhou-2019'] })).map((a) => a.id)).toEqual(['AALCO', 'CHN', 'RUS']);
    });

    test('with 100 documents stored, syncing after one changed rewrites that one and nothing else', async () => {
      await store.replaceGraph({ ...smallBundle, documents: [], statements: [], positions: [], fingerprint: 'empty' });
      const documents = Array.from({ length: 100 }, (_, i) => copyOfReport(String(i).padStart(3, '0'), { only: 1 }));
      const units: GraphUnits = { catalog: smallUnits.catalog, documents, fingerprint: 'hundred' };
      const first = await syncUnits({ store, units });
      expect(first.put).toHaveLength(100);
      expect(first.counts.documents).toBe(100);

      const recorder = recordingStore(store);
      const unchanged = await syncUnits({ store: recorder.store, units });
      expect(recorder.writes).toEqual([]);
      expect(unchanged.loaded).toBe(false);
      expect(unchanged.graphVersion).toBe(first.graphVersion);

      const changed = { ...documents[42]!, positions: documents[42]!.positions.map((p) => ({ ...p, stance: 'OPPOSES' as const })), fingerprint: 'changed' };
      const fingerprintsBefore = await store.listDocumentFingerprints();
      const withChange = documents.map((d, i) => (i === 42 ? changed : d));
      await syncUnits({ store: recorder.store, units: { ...units, documents: withChange } });
      expect(recorder.writes).toEqual([['putDocument', changed.document.id]]);
      const fingerprintsAfter = await store.listDocumentFingerprints();
      expect(fingerprintsAfter.filter((f) => f.documentId !== changed.document.id)).toEqual(
        fingerprintsBefore.filter((f) => f.documentId !== changed.document.id),
      );
      expect((await store.getPositionsByIds(changed.positions.map((p) => p.id))).map((p) => p?.stance)).toEqual(changed.positions.map(() => 'OPPOSES'));

      recorder.writes.length = 0;
      await syncUnits({ store: recorder.store, units: { ...units, documents: withChange.filter((_, i) => i !== 7) } });
      expect(recorder.writes).toEqual([['removeDocument', documents[7]!.document.id]]);
      expect((await store.countGraph()).documents).toBe(99);
    }, 300_000);
  });
}
