import { beforeAll, describe, expect, test } from 'vitest';
import { countsOfBundle as countsOf } from '../../../graph/store/countRelationships.js';
import type { GraphBundle, GraphStore } from '../../../graph/store/port.js';
import { editedBundle, smallBundle } from '../fixtures/smallBundle.js';
import { snapshotOf } from '../fixtures/documentUnits.js';

/** replaceGraph: the whole graph swapped in one transaction. */
export function defineReplaceGraphCases(storeUnderTest: () => GraphStore): void {
  describe('replaceGraph', () => {
    let store: GraphStore;
    beforeAll(() => {
      store = storeUnderTest();
    });

    test('an empty store counts zero everywhere, has no fingerprint and no documents', async () => {
      expect(await store.countGraph()).toEqual(countsOf({ ...smallBundle, ...emptyLists() }));
      expect(await store.getFingerprint()).toBeNull();
      expect(await store.getCatalogFingerprint()).toBeNull();
      expect(await store.listDocumentFingerprints()).toEqual([]);
      expect(typeof (await store.getGraphVersion())).toBe('string');
    });

    test('loading a bundle stores exactly its nodes, relationships and fingerprint', async () => {
      const counts = await store.replaceGraph(smallBundle);
      expect(counts).toEqual(countsOf(smallBundle));
      expect(counts.relationships).toBe(49);
      expect(await store.countGraph()).toEqual(counts);
      expect(await store.getFingerprint()).toBe('fixture-v1');
      // A bundle records one fingerprint for the whole graph, none per document.
      expect(await store.listDocumentFingerprints()).toEqual([{ documentId: 'hz-report', fingerprint: null }]);
    });

    test('loading the same bundle twice leaves every count unchanged', async () => {
      const first = await store.replaceGraph(smallBundle);
      const second = await store.replaceGraph(smallBundle);
      expect(second).toEqual(first);
      expect(await store.countGraph()).toEqual(first);
    });

    test('loading an edited bundle drops what it no longer holds and updates what changed', async () => {
      await store.replaceGraph(smallBundle);
      const edited = editedBundle();
      expect(await store.replaceGraph(edited)).toEqual(countsOf(edited));
      expect(await store.getStatementsByIds(['st-rus-1'])).toEqual([null]);
      expect(await store.listPositions({ actorIds: ['RUS'] }, { first: 10, after: null })).toEqual({ items: [], hasNextPage: false });
      expect(await store.getActorsByIds(['RUS'])).toStrictEqual([{ id: 'RUS', kind: 'STATE', name: 'Russia', aliases: [], isoCode: 'RUS' }]);
      expect(await store.getFingerprint()).toBe('fixture-v2');
      // And back: the removed statement returns with its relationships.
      expect(await store.replaceGraph(smallBundle)).toEqual(countsOf(smallBundle));
    });

    test('a target that changes kind under the same id reloads cleanly', async () => {
      await store.replaceGraph(smallBundle);
      const moved: GraphBundle = {
        ...smallBundle,
        principles: smallBundle.principles.filter((p) => p.id !== 'non-intervention').map((p) => (p.id === 'coercion' ? { ...p, elementOfId: null } : p)),
        instruments: [
          ...smallBundle.instruments,
          { id: 'non-intervention', kind: 'INSTRUMENT', name: 'Non-intervention', aliases: [], description: null, instrumentType: 'DECLARATION', partOfId: null, year: 1965 },
        ],
        positions: smallBundle.positions.map((p) => (p.targetId === 'non-intervention' ? { ...p, targetKind: 'INSTRUMENT' } : p)),
      };
      expect(await store.replaceGraph(moved)).toEqual(countsOf(moved));
      expect((await store.getTargetsByIds(['non-intervention']))[0]?.kind).toBe('INSTRUMENT');
      await store.replaceGraph(smallBundle);
    });

    test('a load that fails midway (its last position repeats an id) leaves the previous graph exactly as it was', async () => {
      await store.replaceGraph(smallBundle);
      const before = await snapshotOf(store);
      const broken: GraphBundle = {
        ...editedBundle(),
        fingerprint: 'broken',
        positions: [...editedBundle().positions, { ...editedBundle().positions[0]!, sortKey: 'zzz-last' }],
      };
      await expect(store.replaceGraph(broken)).rejects.toThrow();
      expect(await snapshotOf(store)).toStrictEqual(before);
      expect(await store.getPersonsByIds(['p-new'])).toEqual([null]);
    });
  });
}

export function emptyLists(): Omit<GraphBundle, 'fingerprint'> {
  return {
    actors: [],
    persons: [],
    meetings: [],
    agendaItems: [],
    participations: [],
    attendances: [],
    principles: [],
    instruments: [],
    proposals: [],
    questions: [],
    documents: [],
    statements: [],
    positions: [],
  };
}
