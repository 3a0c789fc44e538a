import { beforeEach, describe, expect, test } from 'vitest';
import { loadAnalysisInput, loadVersionedInput, type AnalysisScope, type VersionedInput } from '../../../graph/index.js';
import type { GraphStore } from '../../../graph/store/port.js';
import { copyOfReport, smallUnits, withFingerprint } from '../fixtures/documentUnits.js';
import { smallBundle } from '../fixtures/smallBundle.js';
import { storeCatalogAnd } from './documentCases.js';

/**
 * Document versions (`listDocumentVersions`): each document's moves with the write that wrote it
 * and with no other, so an analysis input read at an earlier version is brought up to date by
 * re-reading only the documents written since (`loadVersionedInput` with `previous`), and the
 * result is exactly what a full read gives. Versions are opaque: asserted by equality only.
 */
export function defineDocumentVersionCases(storeUnderTest: () => GraphStore): void {
  describe('document versions', () => {
    let store: GraphStore;
    const a = copyOfReport('a');
    const b = copyOfReport('b', { date: '2019-11-05' });
    const c = copyOfReport('c', { only: 3, date: '2019-11-06' });
    const versionsOf = async () => new Map((await store.listDocumentVersions()).map((d) => [d.documentId, d.graphVersion]));

    beforeEach(async () => {
      store = storeUnderTest();
      await storeCatalogAnd(store, [a, b]);
    });

    test('a put document takes the version of its write; the others keep theirs; a catalog write moves none', async () => {
      const before = await versionsOf();
      expect([...before.keys()]).toEqual([a.document.id, b.document.id]);
      const { graphVersion } = await store.putDocument(withFingerprint({ ...a, document: { ...a.document, title: 'Revised' } }));
      const after = await versionsOf();
      expect(after.get(a.document.id)).toBe(graphVersion);
      expect(after.get(a.document.id)).not.toBe(before.get(a.document.id));
      expect(after.get(b.document.id)).toBe(before.get(b.document.id));
      await store.putCatalog(smallUnits.catalog);
      expect(await versionsOf()).toEqual(after);
    });

    test('a removed document leaves the list; a replaced graph gives every document the version of the load', async () => {
      await store.removeDocument(a.document.id);
      expect([...(await versionsOf()).keys()]).toEqual([b.document.id]);
      const before = await versionsOf();
      await store.replaceGraph(smallBundle);
      const version = await store.getGraphVersion();
      expect(await store.listDocumentVersions()).toEqual([{ documentId: 'hz-report', graphVersion: version }]);
      expect(version).not.toBe(before.get(b.document.id));
    });

    test.each<[string, AnalysisScope]>([
      ['reviewed positions', {}],
      ['with unreviewed suggestions', { includeExtracted: true }],
      ['one source document', { sourceDocumentIds: [b.document.id] }],
    ])('an input brought up to date after writes is the input a full read gives (%s)', async (_, scope) => {
      let versioned: VersionedInput = await loadVersionedInput(store, scope);
      const expectUpToDate = async () => {
        versioned = await loadVersionedInput(store, scope, { previous: versioned });
        expect(versioned.input).toStrictEqual(await loadAnalysisInput(store, scope));
        expect(versioned.documentVersions).toEqual(await store.listDocumentVersions());
      };
      // A new document, dated between the two, so its positions interleave with theirs.
      await store.putDocument(c);
      await expectUpToDate();
      // A document put again with one statement fewer and a stance changed.
      await store.putDocument(
        withFingerprint({
          document: { ...b.document, title: 'Revised' },
          statements: b.statements.slice(1),
          positions: b.positions
            .filter((p) => p.statementId !== b.statements[0]!.id)
            .map((p, i) => (i === 0 ? { ...p, stance: 'OPPOSES' as const } : p)),
        }),
      );
      await expectUpToDate();
      await store.removeDocument(a.document.id);
      await expectUpToDate();
      await store.putCatalog(smallUnits.catalog);
      await expectUpToDate();
    });

    test('an update reads the positions of the changed documents only', async () => {
      const previous = await loadVersionedInput(store, {});
      await store.putDocument(c);
      const asked: unknown[] = [];
      const watched = new Proxy(store, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (property !== 'listPositions' || typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            asked.push(args[0]);
            return value.apply(target, args);
          };
        },
      });
      await loadVersionedInput(watched, {}, { previous });
      expect(asked).toEqual([expect.objectContaining({ sourceDocumentIds: [c.document.id] })]);
    });
  });
}
