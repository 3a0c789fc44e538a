import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StoreUnavailableError, loadSeeds, parseSearchQuery, searchTextOf, syncSeeds, type GraphBundle, type Stance } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { combine, positionWhere, statementWhere, textSearchOrder } from '../../graph/store/sqlite/whereClause.js';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { addSecondDocument } from '../support/secondDocument.js';
import { ANNOTATIONS, SEEDS_DIR, copySeeds, tempDataDir } from '../support/tempSeeds.js';

let data: Awaited<ReturnType<typeof tempDataDir>>;
beforeEach(async () => {
  data = await tempDataDir();
});
afterEach(async () => {
  await data.remove();
});

describe('the embedded store', () => {
  test('keeps the graph across a restart', async () => {
    const first = createSqliteStore({ dataDir: data.dir });
    const loaded = await syncSeeds({ store: first, seedsDir: SEEDS_DIR });
    await first.close();

    const second = createSqliteStore({ dataDir: data.dir });
    expect(await second.countGraph()).toEqual(loaded.counts);
    expect(await second.getGraphVersion()).toBe(loaded.graphVersion);
    expect((await syncSeeds({ store: second, seedsDir: SEEDS_DIR })).loaded).toBe(false);
    await second.close();
  });

  test('reuses the stored graph while what the seeds say is unchanged, and rewrites only the unit that changed', async () => {
    const store = createSqliteStore({ dataDir: data.dir });
    const seeds = await copySeeds();
    try {
      const first = await syncSeeds({ store, seedsDir: seeds.dir });
      expect(first).toMatchObject({ loaded: true, catalogWritten: true, put: ['hangzhou-2019'], removed: [] });
      expect((await syncSeeds({ store, seedsDir: seeds.dir })).loaded).toBe(false);

      // A comment changes the files but not the graph: nothing to write.
      await seeds.append(ANNOTATIONS, '\n# a curator note\n');
      expect((await syncSeeds({ store, seedsDir: seeds.dir })).loaded).toBe(false);

      await seeds.replace(ANNOTATIONS, 'note: The Chair put the provisional agenda', 'note: The Chair tabled the provisional agenda');
      const edited = await syncSeeds({ store, seedsDir: seeds.dir });
      expect(edited).toMatchObject({ loaded: true, catalogWritten: false, put: ['hangzhou-2019'], removed: [] });
      expect(edited.graphVersion).not.toBe(first.graphVersion);
    } finally {
      await seeds.remove();
      await store.close();
    }
  });

  test('a write that fails half-way leaves the previous graph intact', async () => {
    const store = createSqliteStore({ dataDir: data.dir });
    const good = await loadSeeds({ seedsDir: SEEDS_DIR });
    const before = await store.replaceGraph(good);
    // A bundle the loader would never produce: the last position repeats the first one's id, so
    // the insert fails after everything else has been written inside the transaction.
    const broken: GraphBundle = { ...good, fingerprint: 'broken', positions: [...good.positions, good.positions[0]!] };
    await expect(store.replaceGraph(broken)).rejects.toThrow();
    expect(await store.countGraph()).toEqual(before);
    expect(await store.getFingerprint()).toBe(good.fingerprint);
    await store.close();
  });

  test("holds several documents side by side; adding or removing one leaves the other's rows untouched", async () => {
    const store = createSqliteStore({ dataDir: data.dir });
    const seeds = await copySeeds();
    try {
      const one = await syncSeeds({ store, seedsDir: SEEDS_DIR });
      const rowsBefore = rowsOfDocument(data.dir, 'hangzhou-2019');
      await addSecondDocument(seeds);
      const two = await syncSeeds({ store, seedsDir: seeds.dir });
      expect(two).toMatchObject({ catalogWritten: false, put: ['hangzhou-2019-b'], removed: [] });
      expect(two.counts.documents).toBe(2);
      expect(two.counts.statements).toBe(2 * one.counts.statements);
      expect(two.counts.positions).toBe(2 * one.counts.positions);
      expect(await store.countStatements({ documentIds: ['hangzhou-2019-b'] })).toBe(one.counts.statements);
      // The first document's rows were not rewritten: same rowids, same content.
      expect(rowsOfDocument(data.dir, 'hangzhou-2019')).toEqual(rowsBefore);

      await seeds.remove();
      const back = await syncSeeds({ store, seedsDir: SEEDS_DIR });
      expect(back).toMatchObject({ put: [], removed: ['hangzhou-2019-b'] });
      expect(back.counts).toEqual(one.counts);
      expect(rowsOfDocument(data.dir, 'hangzhou-2019')).toEqual(rowsBefore);
    } finally {
      await seeds.remove();
      await store.close();
    }
  });

  test('rebuilds a database file written by another schema version, and the seeds load again', async () => {
    const first = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store: first, seedsDir: SEEDS_DIR });
    await first.close();
    const raw = new Database(path.join(data.dir, 'graph.sqlite'));
    raw.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run();
    raw.close();

    const reopened = createSqliteStore({ dataDir: data.dir });
    expect(await reopened.listDocumentFingerprints()).toEqual([]);
    expect((await reopened.countGraph()).positions).toBe(0);
    expect((await syncSeeds({ store: reopened, seedsDir: SEEDS_DIR })).loaded).toBe(true);
    await reopened.close();
  });

  test("counts a target's positions of one stance from its index alone, also in a file written before that index", async () => {
    const first = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store: first, seedsDir: SEEDS_DIR });
    await first.close();
    // As a file written before 1 Dec 2026 has it: the narrower index, under its old name.
    const file = path.join(data.dir, 'graph.sqlite');
    const old = new Database(file);
    old.exec('DROP INDEX positions_target_stance; CREATE INDEX positions_target ON positions (target_id, sort_key)');
    const { target_id: targetId, stance } = old.prepare('SELECT target_id, stance FROM positions LIMIT 1').get() as { target_id: string; stance: Stance };
    old.close();

    const reopened = createSqliteStore({ dataDir: data.dir });
    const filter = { targetIds: [targetId], stances: [stance] };
    const expected = await reopened.countPositions(filter);
    await reopened.close();

    const raw = new Database(file, { readonly: true });
    try {
      const indexes = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'positions'").all() as { name: string }[]).map((row) => row.name);
      expect(indexes).toContain('positions_target_stance');
      expect(indexes).not.toContain('positions_target');
      const where = combine(positionWhere(filter));
      const plan = raw.prepare(`EXPLAIN QUERY PLAN SELECT count(*) AS n FROM positions p ${where.sql}`).all(...where.params) as { detail: string }[];
      expect(plan.map((step) => step.detail)).toContain('SEARCH p USING COVERING INDEX positions_target_stance (target_id=?)');
      expect((raw.prepare('SELECT count(*) AS n FROM positions WHERE target_id = ? AND stance = ?').get(targetId, stance) as { n: number }).n).toBe(expected);
    } finally {
      raw.close();
    }
  });

  test('a text search pages and counts the same whether its page walks the sort-key index or sorts the matches', async () => {
    const store = createSqliteStore({ dataDir: data.dir });
    try {
      await store.replaceGraph(generateCorpus({ positions: 3000, meetings: 6, targets: 40, seed: 3 }));
      const texts = (await store.listStatements({}, { first: 100_000, after: null })).items.map((statement) => searchTextOf(statement.text));
      const words = new Map<string, number>();
      for (const text of texts) for (const word of new Set(text.split(' '))) words.set(word, (words.get(word) ?? 0) + 1);
      const byUse = [...words].filter(([word]) => /^[a-z]{4,}$/.test(word)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const common = byUse[0]![0];
      const rare = byUse.find(([, uses]) => uses > 1 && uses * 50 < texts.length)![0];
      expect(textSearchOrder(words.get(common)!, texts.length)).toBe('sortKey');
      expect(textSearchOrder(words.get(rare)!, texts.length)).toBe('matches');

      const raw = new Database(path.join(data.dir, 'graph.sqlite'), { readonly: true });
      try {
        for (const word of [common, rare]) {
          const filter = { textTerms: parseSearchQuery(word) };
          const paged: string[] = [];
          for (let after: string | null = null; ; ) {
            const page = await store.listStatements(filter, { first: 7, after });
            paged.push(...page.items.map((statement) => statement.id));
            if (!page.hasNextPage) break;
            after = page.items.at(-1)!.sortKey;
          }
          expect(paged).toHaveLength(words.get(word)!);
          // Counted in the full-text index alone: the same number as the statements it pages.
          expect(await store.countStatements(filter)).toBe(paged.length);
          for (const order of ['matches', 'sortKey'] as const) {
            const where = combine(statementWhere(filter, order));
            const ids = raw.prepare(`SELECT s.id FROM statements s ${where.sql} ORDER BY s.sort_key`).pluck().all(...where.params);
            expect(ids, `${word}, ${order}`).toEqual(paged);
          }
        }
      } finally {
        raw.close();
      }
    } finally {
      await store.close();
    }
  });

  test('batch lookups answer in input order with null for unknown ids', async () => {
    const store = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store, seedsDir: SEEDS_DIR });
    const actors = await store.getActorsByIds(['JPN', 'nobody', 'CHN', 'JPN']);
    expect(actors.map((actor) => actor?.id ?? null)).toEqual(['JPN', null, 'CHN', 'JPN']);
    await store.close();
  });

  test('refuses to open a data folder it cannot create, saying where', async () => {
    const blocker = path.join(data.dir, 'a-file');
    await writeFile(blocker, 'not a folder');
    expect(() => createSqliteStore({ dataDir: path.join(blocker, 'store') })).toThrow(StoreUnavailableError);
  });
});

/** rowid and sort key of every statement and position of a document, read beside the store. */
function rowsOfDocument(dataDir: string, documentId: string): unknown[] {
  const raw = new Database(path.join(dataDir, 'graph.sqlite'), { readonly: true });
  try {
    return raw
      .prepare(
        `SELECT 's' AS kind, rowid, sort_key FROM statements WHERE document_id = @id
         UNION ALL SELECT 'p', p.rowid, p.sort_key FROM positions p JOIN statements s ON s.id = p.statement_id WHERE s.document_id = @id
         ORDER BY 1, 3`,
      )
      .all({ id: documentId });
  } finally {
    raw.close();
  }
}
