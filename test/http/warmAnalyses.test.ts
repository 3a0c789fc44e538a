import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { splitBundle, type GraphStore, type PositionFilter } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { graphVersionLease } from '../../server/http/graphVersionLease.js';
import { responseCache } from '../../server/http/responseCache.js';
import { analysisCacheOf, warmAnalyses } from '../../server/schema/analysisCache.js';
import { recording } from '../support/recordingStore.js';

// A store made by createSqliteStore has no worker thread: the input is read here, through the
// recorded store, so what warming read (and what a request then did not) shows in the calls.
describe('warming the analysis input', () => {
  let dataDir: string;
  let inner: GraphStore;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-warm-'));
    inner = createSqliteStore({ dataDir });
    await inner.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 1 }));
  });
  afterAll(async () => {
    await inner.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('reads the default scope once in advance, so the first analysis reads nothing more; small graphs are left alone', async () => {
    const { positions } = await inner.countGraph();
    const small = recording(inner);
    await warmAnalyses(small.store, positions + 1);
    expect(small.calls).not.toContain('listPositions');

    const warmed = recording(inner);
    await warmAnalyses(warmed.store, positions);
    const read = warmed.calls.filter((name) => name === 'listPositions').length;
    expect(read).toBeGreaterThan(0);
    await analysisCacheOf(warmed.store).job({}, { name: 'divergences' });
    expect(warmed.calls.filter((name) => name === 'listPositions')).toHaveLength(read);
  });

  test('after a document is put, the next analysis reads only that document again and answers as a fresh read does', async () => {
    const watched = recording(inner);
    await analysisCacheOf(watched.store).job({}, { name: 'divergences' });
    const units = splitBundle(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 1 }));
    const changed = units.documents.find((unit) => unit.positions.some((p) => p.stance === 'SUPPORTS'))!;
    const flipped = changed.positions.findIndex((p) => p.stance === 'SUPPORTS');
    await inner.putDocument({
      ...changed,
      positions: changed.positions.map((p, i) => (i === flipped ? { ...p, stance: 'OPPOSES' as const } : p)),
      fingerprint: `${changed.fingerprint}-edited`,
    });
    watched.calls.length = 0;
    const filters: PositionFilter[] = [];
    const listPositions = inner.listPositions.bind(inner);
    inner.listPositions = (filter, page) => (filters.push(filter), listPositions(filter, page));
    const updated = await analysisCacheOf(watched.store).job({}, { name: 'divergences' }).finally(() => {
      inner.listPositions = listPositions;
    });
    // The changed document's positions, not the corpus's.
    expect(filters).toEqual([expect.objectContaining({ sourceDocumentIds: [changed.document.id] })]);
    expect(watched.calls).toContain('listDocumentVersions');
    const fresh = await analysisCacheOf(recording(inner).store).job({}, { name: 'divergences' });
    expect(updated).toStrictEqual(fresh);
  });

  test('the response cache reports a new graph version (a write by any process), not the first it sees', async () => {
    let changes = 0;
    const app = express();
    app.use(express.json(), responseCache(graphVersionLease(() => inner.getGraphVersion(), { leaseMs: 0 }), { onVersionChange: () => (changes += 1) }).middleware, (_request, response) => {
      response.json({ data: {} });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const ask = () => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ counts { positions } }"}' });
      await ask();
      await ask();
      expect(changes).toBe(0);
      await inner.replaceGraph(generateCorpus({ positions: 600, meetings: 6, targets: 30, seed: 2 }));
      await ask();
      await ask();
      expect(changes).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
