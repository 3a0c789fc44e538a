import { beforeEach, describe, expect, test } from 'vitest';
import { countsOfBundle as countsOf } from '../../../graph/store/countRelationships.js';
import type { DocumentWrite, GraphStore } from '../../../graph/store/port.js';
import { UnresolvedReferenceError } from '../../../graph/store/unresolvedReferences.js';
import { InvalidArgumentError } from '../../../graph/index.js';
import { copyOfReport, hzReport, smallUnits, snapshotOf, withFingerprint } from '../fixtures/documentUnits.js';
import { smallBundle } from '../fixtures/smallBundle.js';
import { emptyLists } from './replaceGraphCases.js';

/**
 * Per-document writes: each one transaction, all or nothing, touching nothing of any other
 * document. Every case starts from the fixture's catalog and two documents: "hz-report-a" and
 * "hz-report-b" (copies of the fixture's report).
 */
export function defineDocumentCases(storeUnderTest: () => GraphStore): void {
  describe('one document at a time', () => {
    let store: GraphStore;
    const a = copyOfReport('a');
    const b = copyOfReport('b', { date: '2019-11-05' });

    beforeEach(async () => {
      store = storeUnderTest();
      await storeCatalogAnd(store, [a, b]);
    });

    test('a put document is answered as written, with its fingerprint, beside the other', async () => {
      expect(await store.getDocumentsByIds([a.document.id, b.document.id])).toStrictEqual([a.document, b.document]);
      expect(await store.getStatementsByIds(a.statements.map((s) => s.id))).toStrictEqual(a.statements);
      expect(await store.getPositionsByIds(a.positions.map((p) => p.id))).toStrictEqual(a.positions);
      expect(await store.listDocumentFingerprints()).toEqual([
        { documentId: a.document.id, fingerprint: a.fingerprint },
        { documentId: b.document.id, fingerprint: b.fingerprint },
      ]);
      expect(await store.getCatalogFingerprint()).toBe(smallUnits.catalog.fingerprint);
      // No bundle fingerprint once the graph is made of units.
      expect(await store.getFingerprint()).toBeNull();
      // The counts are those of one bundle holding the catalog and both documents.
      expect(await store.countGraph()).toEqual(countsOf(bundleOf([a, b])));
    });

    test('putting a document again replaces exactly its own statements and positions', async () => {
      const otherBefore = await contentOf(store, b);
      const edited = withFingerprint({
        document: { ...a.document, title: 'Report, revised' },
        statements: a.statements.slice(1),
        positions: a.positions
          .filter((p) => p.statementId !== a.statements[0]!.id)
          .map((p, i) => (i === 0 ? { ...p, stance: 'QUALIFIES' as const, note: 'revised' } : p)),
      });
      await store.putDocument(edited);
      expect(await contentOf(store, edited)).toStrictEqual({
        document: edited.document,
        statements: edited.statements,
        positions: edited.positions,
      });
      expect(await store.getStatementsByIds([a.statements[0]!.id])).toEqual([null]);
      expect(await contentOf(store, b)).toStrictEqual(otherBefore);
      expect(await store.countGraph()).toEqual(countsOf(bundleOf([edited, b])));
      // Same write twice: the same graph.
      const counts = await store.countGraph();
      await store.putDocument(edited);
      expect(await store.countGraph()).toEqual(counts);
    });

    test('removing a document leaves no statement or position of it, and the other whole', async () => {
      const otherBefore = await contentOf(store, b);
      expect((await store.removeDocument(a.document.id)).removed).toBe(true);
      expect(await store.getDocumentsByIds([a.document.id])).toEqual([null]);
      expect(await store.countStatements({ documentIds: [a.document.id] })).toBe(0);
      expect(await store.countPositions({ documentIds: [a.document.id] })).toBe(0);
      expect((await store.getStatementsByIds(a.statements.map((s) => s.id))).every((s) => s === null)).toBe(true);
      expect((await store.getPositionsByIds(a.positions.map((p) => p.id))).every((p) => p === null)).toBe(true);
      expect(await store.listPositionsByStatementIds(a.statements.map((s) => s.id))).toEqual(a.statements.map(() => []));
      expect(await contentOf(store, b)).toStrictEqual(otherBefore);
      expect(await store.countGraph()).toEqual(countsOf(bundleOf([b])));
      expect(await store.listDocumentFingerprints()).toEqual([{ documentId: b.document.id, fingerprint: b.fingerprint }]);
    });

    test('removing an unknown document changes nothing, not even the version', async () => {
      const before = await snapshotOf(store);
      expect(await store.removeDocument('no-such-document')).toEqual({ removed: false, graphVersion: before.graphVersion });
      expect(await snapshotOf(store)).toStrictEqual(before);
    });

    test('a write that fails half-way (its last position takes an id another document uses) leaves the store exactly as it was', async () => {
      const before = await snapshotOf(store);
      const c = copyOfReport('c');
      const clash: DocumentWrite = { ...c, positions: [...c.positions.slice(0, -1), { ...c.positions.at(-1)!, id: b.positions[0]!.id }] };
      await expect(store.putDocument(clash)).rejects.toThrow();
      expect(await snapshotOf(store)).toStrictEqual(before);
      // And a put over an existing document that fails the same way keeps its old content.
      const overA: DocumentWrite = { ...a, positions: [...a.positions.slice(0, -1), { ...a.positions.at(-1)!, id: b.positions[0]!.id }] };
      await expect(store.putDocument(overA)).rejects.toThrow();
      expect(await snapshotOf(store)).toStrictEqual(before);
    });

    test('a write whose references resolve to nothing is refused, naming them, and changes nothing', async () => {
      const before = await snapshotOf(store);
      const c = copyOfReport('c');
      const dangling: DocumentWrite = {
        ...c,
        positions: c.positions.map((p, i) => (i === c.positions.length - 1 ? { ...p, targetId: 'no-such-target' } : p)),
      };
      const error = await store.putDocument(dangling).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnresolvedReferenceError);
      expect((error as UnresolvedReferenceError).unresolved).toEqual([
        { from: `position "${c.positions.at(-1)!.id}"`, field: 'targetId', kinds: ['target'], id: 'no-such-target' },
      ]);
      expect(await snapshotOf(store)).toStrictEqual(before);
    });

    test('a write whose statements belong to another document is refused before anything is written', async () => {
      const before = await snapshotOf(store);
      const misfiled: DocumentWrite = { ...a, statements: [...a.statements, b.statements[0]!] };
      await expect(store.putDocument(misfiled)).rejects.toBeInstanceOf(InvalidArgumentError);
      expect(await snapshotOf(store)).toStrictEqual(before);
    });

    test("a document's own catalog entries go with it, unless still referred to or owned elsewhere", async () => {
      const withCatalog = withFingerprint({
        ...a,
        catalog: {
          actors: [{ id: 'NZL', kind: 'STATE', name: 'New Zealand', aliases: ['Aotearoa'], isoCode: 'NZL' }],
          principles: [
            { id: 'due-diligence', kind: 'PRINCIPLE', name: 'Due diligence', aliases: [], description: null, elementOfId: 'sovereignty', enshrinedInIds: [] },
            // Also in the shared catalog: owned by both.
            smallBundle.principles.find((p) => p.id === 'sovereignty')!,
          ],
          meetings: [{ id: 'owg-2021', name: 'OEWG 2021', organizationId: 'NZL', startsOn: '2021-03-08', endsOn: '2021-03-12', place: 'New York' }],
          agendaItems: [{ id: 'owg-2021-1', meetingId: 'owg-2021', order: 1, label: 'Item 1', title: 'General debate' }],
          participations: [{ meetingId: 'owg-2021', actorId: 'NZL', status: 'MEMBER_STATE' }],
        },
        statements: a.statements.map((s, i) => (i === 0 ? { ...s, actorId: 'NZL' } : s)),
        positions: a.positions.map((p) =>
          p.statementId === a.statements[0]!.id ? { ...p, actorId: 'NZL', targetId: 'due-diligence', targetKind: 'PRINCIPLE' as const } : p,
        ),
      });
      await store.putDocument(withCatalog);
      expect((await store.getActorsByIds(['NZL']))[0]?.name).toBe('New Zealand');
      expect(await store.listParticipations('owg-2021')).toEqual([{ meetingId: 'owg-2021', actorId: 'NZL', status: 'MEMBER_STATE' }]);

      // Another document refers to the principle "due-diligence" without bringing it.
      const c = copyOfReport('c');
      const referring = withFingerprint({
        ...c,
        positions: c.positions.map((p, i) => (i === 0 ? { ...p, targetId: 'due-diligence', targetKind: 'PRINCIPLE' as const } : p)),
      });
      await store.putDocument(referring);

      await store.removeDocument(a.document.id);
      // Still referred to by "c": survives. Owned by the catalog too: survives.
      expect((await store.getTargetsByIds(['due-diligence']))[0]?.id).toBe('due-diligence');
      expect((await store.getTargetsByIds(['sovereignty']))[0]?.id).toBe('sovereignty');
      // Only "a" had them and nothing refers to them: gone, with the meeting's agenda and participants.
      expect(await store.getActorsByIds(['NZL'])).toEqual([null]);
      expect(await store.getMeetingsByIds(['owg-2021'])).toEqual([null]);
      expect(await store.getAgendaItemsByIds(['owg-2021-1'])).toEqual([null]);
      expect(await store.listParticipations('owg-2021')).toEqual([]);

      // Once nothing refers to it, the ownerless principle goes with the next write.
      await store.removeDocument(c.document.id);
      expect(await store.getTargetsByIds(['due-diligence'])).toEqual([null]);
      expect(await store.countGraph()).toEqual(countsOf(bundleOf([b])));
    });

    test('a catalog entry the new catalog drops stays while a document refers to it', async () => {
      const catalog = { ...smallUnits.catalog, fingerprint: 'catalog-v2', instruments: smallUnits.catalog.instruments.filter((i) => i.id !== 'tallinn-2') };
      await store.putCatalog(catalog);
      expect(await store.getCatalogFingerprint()).toBe('catalog-v2');
      expect((await store.getTargetsByIds(['tallinn-2']))[0]?.id).toBe('tallinn-2');
      await store.removeDocument(a.document.id);
      expect((await store.getTargetsByIds(['tallinn-2']))[0]?.id).toBe('tallinn-2');
      await store.removeDocument(b.document.id);
      expect(await store.getTargetsByIds(['tallinn-2'])).toEqual([null]);
      // Nothing else went: the catalog holds exactly the new catalog.
      expect(await store.countGraph()).toEqual(countsOf({ ...emptyLists(), ...catalog }));
    });

    test("a document's copy of an entry the catalog owns leaves the catalog's content, and keeps the entry once the catalog drops it", async () => {
      const chn = smallBundle.actors.find((actor) => actor.id === 'CHN')!;
      await store.putDocument(withFingerprint({ ...a, catalog: { actors: [{ ...chn, name: 'China (as the report calls it)', aliases: [] }] } }));
      expect(await store.getActorsByIds(['CHN'])).toStrictEqual([chn]);
      const withoutChina = { ...smallUnits.catalog, fingerprint: 'no-china', actors: smallUnits.catalog.actors.filter((actor) => actor.id !== 'CHN') };
      await store.putCatalog(withoutChina);
      expect(await store.getActorsByIds(['CHN'])).toStrictEqual([chn]);
      // Owned by the document alone now: its next put writes its copy.
      await store.putDocument(withFingerprint({ ...a, catalog: { actors: [{ ...chn, name: 'China, per the report' }] } }));
      expect((await store.getActorsByIds(['CHN']))[0]?.name).toBe('China, per the report');
    });

    test("a catalog write that changes a target's kind keeps one target, drawing only the new kind's references", async () => {
      const sovereignty = smallUnits.catalog.principles.find((p) => p.id === 'sovereignty')!;
      const moved = {
        ...smallUnits.catalog,
        fingerprint: 'moved',
        principles: smallUnits.catalog.principles.filter((p) => p.id !== 'sovereignty'),
        instruments: [
          ...smallUnits.catalog.instruments,
          { id: 'sovereignty', kind: 'INSTRUMENT' as const, name: sovereignty.name, aliases: [], description: null, instrumentType: 'DECLARATION' as const, partOfId: null, year: null },
        ],
      };
      await store.putCatalog(moved);
      expect((await store.getTargetsByIds(['sovereignty']))[0]?.kind).toBe('INSTRUMENT');
      // Its ENSHRINED_IN reference went with its old kind.
      expect(await store.countGraph()).toEqual(countsOf({ ...bundleOf([a, b]), ...moved }));
    });

    test('the graph version advances with every write, inside it, and never with a read', async () => {
      const versions = [await store.getGraphVersion()];
      await snapshotOf(store);
      await store.getPositionsByIds(a.positions.map((p) => p.id));
      await store.countPositions({ actorIds: ['CHN'] });
      expect(await store.getGraphVersion()).toBe(versions[0]);

      const writes: (() => Promise<{ graphVersion: string }>)[] = [
        () => store.putDocument(a),
        () => store.putCatalog(smallUnits.catalog),
        () => store.removeDocument(a.document.id),
        async () => {
          await store.replaceGraph(smallBundle);
          return { graphVersion: await store.getGraphVersion() };
        },
      ];
      for (const write of writes) {
        const { graphVersion } = await write();
        expect(await store.getGraphVersion()).toBe(graphVersion);
        expect(versions).not.toContain(graphVersion);
        versions.push(graphVersion);
      }
      // A failed write does not advance it.
      const clash: DocumentWrite = { ...copyOfReport('c'), positions: [{ ...copyOfReport('c').positions[0]!, id: hzReport.positions[0]!.id }] };
      await expect(store.putDocument(clash)).rejects.toThrow();
      expect(await store.getGraphVersion()).toBe(versions.at(-1));
    });
  });
}

/** The bundle a store holding the fixture's catalog and these documents equals. */
function bundleOf(documents: readonly DocumentWrite[]) {
  return {
    ...smallUnits.catalog,
    documents: documents.map((d) => d.document),
    statements: documents.flatMap((d) => d.statements),
    positions: documents.flatMap((d) => d.positions),
  };
}

/** What the store holds under one document id. */
async function contentOf(store: GraphStore, write: DocumentWrite) {
  const id = write.document.id;
  const everything = { first: 100_000, after: null };
  return {
    document: (await store.getDocumentsByIds([id]))[0],
    statements: (await store.listStatements({ documentIds: [id] }, everything)).items,
    positions: (await store.listPositions({ documentIds: [id] }, everything)).items,
  };
}

/** Empties `store`, then writes the fixture's catalog and `documents` one unit at a time. */
export async function storeCatalogAnd(store: GraphStore, documents: readonly DocumentWrite[]): Promise<void> {
  await store.replaceGraph({ ...smallBundle, ...emptyLists(), fingerprint: 'empty' });
  await store.putCatalog(smallUnits.catalog);
  for (const document of documents) await store.putDocument(document);
}
