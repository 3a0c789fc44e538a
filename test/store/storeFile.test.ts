import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadSeeds, StoreUnavailableError, syncSeeds, type GraphBundle } from '../../graph/index.js';
import { LOCK_FILE } from '../../graph/store/sqlite/dataDirLock.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { openStoreFile } from '../../graph/store/sqlite/openStoreFile.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';

/**
 * The embedded store's file at open: a damaged, foreign or edited file is moved aside and rebuilt
 * from the seeds, with a log line; one process per DATA_DIR; on close the file alone is the graph.
 */

let data: Awaited<ReturnType<typeof tempDataDir>>;
let bundle: GraphBundle;
beforeEach(async () => {
  data = await tempDataDir();
  bundle ??= await loadSeeds({ seedsDir: SEEDS_DIR });
});
afterEach(async () => {
  await data.remove();
});

const dbFile = () => path.join(data.dir, 'graph.sqlite');

async function seededAndClosed(): Promise<void> {
  const store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  await store.close();
}

/** Opens the store, recording its log lines, and syncs the seeds as `npm start` does. */
async function reopenAndSync() {
  const lines: string[] = [];
  const store = createSqliteStore({ dataDir: data.dir, log: (line) => lines.push(line) });
  const sync = await syncSeeds({ store, seedsDir: SEEDS_DIR });
  const quotes = (await store.listPositions({}, { first: 100, after: null })).items.map((p) => p.evidence.quote);
  await store.close();
  const aside = (await readdir(data.dir)).filter((name) => name.startsWith('graph.sqlite.damaged-') && !/-(wal|shm)$/.test(name));
  return { lines, sync, quotes, aside };
}

describe('a damaged or foreign file is moved aside and rebuilt from the seeds', () => {
  test('a file with a garbage header', async () => {
    await seededAndClosed();
    const bytes = await readFile(dbFile());
    bytes.write('this is not sqlite', 0);
    await writeFile(dbFile(), bytes);

    const { lines, sync, aside } = await reopenAndSync();
    expect(aside).toHaveLength(1);
    expect(lines.join('\n')).toContain(`moved it to ${path.join(data.dir, aside[0]!)}`);
    expect(sync.loaded).toBe(true);
    expect(sync.counts.positions).toBe(bundle.positions.length);
  });

  test('a truncated file', async () => {
    await seededAndClosed();
    await truncate(dbFile(), 8192);

    const { lines, sync, aside } = await reopenAndSync();
    expect(aside).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(sync.counts.positions).toBe(bundle.positions.length);
  });

  test("another program's SQLite database", async () => {
    const foreign = new Database(dbFile());
    foreign.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)");
    foreign.close();

    const { lines, sync, aside } = await reopenAndSync();
    expect(lines[0]).toContain("not this project's database");
    expect(aside).toHaveLength(1);
    expect(sync.counts.positions).toBe(bundle.positions.length);
    const kept = new Database(path.join(data.dir, aside[0]!), { readonly: true });
    expect(kept.prepare('SELECT total FROM invoices').pluck().get()).toBe(12.5);
    kept.close();
  });

  test('a same-length edit inside a stored quote is never served as verified evidence', async () => {
    await seededAndClosed();
    const position = bundle.positions.find((p) => /\w{6}/.test(p.evidence.quote))!;
    const word = /\w{6}/.exec(position.evidence.quote)![0];
    const raw = new Database(dbFile());
    raw.prepare('UPDATE positions SET quote = replace(quote, ?, ?) WHERE id = ?').run(word, 'futile', position.id);
    raw.close();

    const { lines, quotes, aside } = await reopenAndSync();
    expect(lines[0]).toContain(`the quote of position ${position.id} no longer matches`);
    expect(aside).toHaveLength(1);
    expect(quotes).toEqual(bundle.positions.slice(0, 100).map((p) => p.evidence.quote));
  });

  test("a same-length edit inside a document's text under a quote", async () => {
    await seededAndClosed();
    const position = bundle.positions[0]!;
    const raw = new Database(dbFile());
    const text = Array.from(raw.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(position.evidence.documentId) as string);
    text[position.evidence.start] = text[position.evidence.start] === 'x' ? 'y' : 'x';
    raw.prepare('UPDATE documents SET text = ? WHERE id = ?').run(text.join(''), position.evidence.documentId);
    raw.close();

    const { lines, aside, sync } = await reopenAndSync();
    expect(lines[0]).toMatch(/no longer matches document/);
    expect(aside).toHaveLength(1);
    expect(sync.loaded).toBe(true);
  });

  test('a sound file is opened as it is, with no log line', async () => {
    await seededAndClosed();
    const { lines, sync, aside } = await reopenAndSync();
    expect(lines).toEqual([]);
    expect(aside).toEqual([]);
    expect(sync.loaded).toBe(false);
  });
});

describe('the quote check at open is skipped only for a file unchanged since a clean close', () => {
  const record = () => `${dbFile()}.clean`;
  const open = () => openStoreFile({ dataDir: data.dir, migrate: () => undefined, log: () => undefined });

  test('a clean close records the file; the next open skips the quote check and removes the record while open', async () => {
    await seededAndClosed();
    expect(existsSync(record())).toBe(true);
    const file = open();
    expect(file.evidenceCheck).toBe('UNCHANGED_SINCE_CLEAN_CLOSE');
    // A crash from here on leaves no record, so the next open checks every quote.
    expect(existsSync(record())).toBe(false);
    file.close();
    expect(open().evidenceCheck).toBe('UNCHANGED_SINCE_CLEAN_CLOSE');
  });

  test('without a record (a crash, a copied file) every quote is checked', async () => {
    await seededAndClosed();
    await rm(record());
    const file = open();
    expect(file.evidenceCheck).toBe('VERIFIED');
    file.close();
  });

  test('a write by another program after the clean close means a full check', async () => {
    await seededAndClosed();
    const raw = new Database(dbFile());
    raw.prepare("INSERT INTO meta (key, value) VALUES ('edited-by', 'another program')").run();
    raw.close();
    const file = open();
    expect(file.evidenceCheck).toBe('VERIFIED');
    file.close();
  });
});

describe('one process per DATA_DIR', () => {
  test('a second store on the same folder refuses to open, naming the holder and what to do', async () => {
    const first = createSqliteStore({ dataDir: data.dir });
    try {
      expect(() => createSqliteStore({ dataDir: data.dir })).toThrow(StoreUnavailableError);
      expect(() => createSqliteStore({ dataDir: data.dir })).toThrow(new RegExp(`in use by process ${process.pid}.*own DATA_DIR`));
    } finally {
      await first.close();
    }
    const again = createSqliteStore({ dataDir: data.dir });
    await again.close();
  });

  test('a lock left by a process that has died is taken over', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(path.join(data.dir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), since: 'earlier' }));
    const store = createSqliteStore({ dataDir: data.dir });
    await store.close();
    expect((await readdir(data.dir)).includes(LOCK_FILE)).toBe(false);
  });
});

test('after close, graph.sqlite alone is the whole graph (the write-ahead log is checkpointed)', async () => {
  await seededAndClosed();
  const copyDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-copy-'));
  try {
    await copyFile(dbFile(), path.join(copyDir, 'graph.sqlite'));
    const copy = new Database(path.join(copyDir, 'graph.sqlite'), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM positions').pluck().get()).toBe(bundle.positions.length);
    copy.close();
  } finally {
    await rm(copyDir, { recursive: true, force: true });
  }
});
