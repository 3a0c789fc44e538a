import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../graph/store/port.js';
import { defineBatchReadCases, definePositionReferenceCases } from './port/batchReadCases.js';
import { defineDocumentCases } from './port/documentCases.js';
import { defineDocumentVersionCases } from './port/documentVersionCases.js';
import { defineReadCases } from './port/readCases.js';
import { defineReplaceGraphCases } from './port/replaceGraphCases.js';
import { defineScaleCases } from './port/scaleCases.js';

/**
 * The port contract: what every GraphStore must do, asserted through the port alone, so each store
 * runs it unchanged (two tiny files, port.*.test.ts) and no store keeps a skip list. The GraphQL
 * answers over HTTP are the store contract (defineStoreContract.ts); this is the level below:
 * replaceGraph, per-document writes and their all-or-nothing failures, catalog ownership, the
 * graph version and each document's, reads against a hand-made fixture (per-parent batch reads too), and id lists past SQLite's variable limit.
 * One store per file (a Neo4j start costs seconds); sections run in order and each loads what it
 * needs first, the first one on the empty store.
 */
export function definePortContract(
  name: string,
  createStore: () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>,
): void {
  describe(`port contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await createStore());
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });
    const storeUnderTest = () => store;

    defineReplaceGraphCases(storeUnderTest);
    defineReadCases(storeUnderTest);
    defineBatchReadCases(storeUnderTest);
    definePositionReferenceCases(storeUnderTest);
    defineDocumentCases(storeUnderTest);
    defineDocumentVersionCases(storeUnderTest);
    defineScaleCases(storeUnderTest);
  });
}
