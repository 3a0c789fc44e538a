import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { StoreUnavailableError, type GraphStore } from '../../graph/index.js';
import { createReaderStore, createStore, storeConfigOf } from '../../graph/store/createStore.js';

// The analysis worker's connection: a second, read-only one beside the store that owns DATA_DIR.
describe('a reader beside the embedded store', () => {
  let dataDir: string;
  let owner: GraphStore;
  let reader: GraphStore;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-reader-'));
    owner = await createStore({ kind: 'sqlite', dataDir });
    await owner.replaceGraph(generateCorpus({ positions: 300, meetings: 3, targets: 20, seed: 1 }));
    reader = await createReaderStore(storeConfigOf(owner)!);
  });
  afterAll(async () => {
    await reader.close();
    await owner.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('opens without taking the lock and reads what the owner wrote, version included', async () => {
    expect(await reader.countGraph()).toEqual(await owner.countGraph());
    await owner.replaceGraph(generateCorpus({ positions: 600, meetings: 3, targets: 20, seed: 2 }));
    expect(await reader.getGraphVersion()).toBe(await owner.getGraphVersion());
    expect((await reader.countGraph()).positions).toBe(600);
  });

  test('refuses to write, as an unavailable store', async () => {
    await expect(reader.replaceGraph(generateCorpus({ positions: 300, meetings: 3, targets: 20, seed: 3 }))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await owner.countGraph()).positions).toBe(600);
  });
});
