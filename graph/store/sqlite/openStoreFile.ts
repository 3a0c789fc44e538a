import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors/index.js';
import { lockDataDir } from './dataDirLock.js';
import { verifyEvidence } from './verifyEvidence.js';

export interface StoreFile {
  readonly db: Database.Database;
  /**
   * Whether every stored quote was re-verified against its document at this open (`VERIFIED`), or
   * the check was skipped because the file is byte-for-byte unchanged since this store's last clean
   * close (`UNCHANGED_SINCE_CLEAN_CLOSE`: same size, modification time and inode as recorded then).
   */
  readonly evidenceCheck: 'VERIFIED' | 'UNCHANGED_SINCE_CLEAN_CLOSE';
  /** Checkpoints the write-ahead log into graph.sqlite (so the file alone is the whole graph), closes, unlocks. */
  close(): void;
}

export interface OpenStoreFileOptions {
  readonly dataDir: string;
  /** Creates or upgrades the tables. */
  readonly migrate: (db: Database.Database) => void;
  /** Where the line saying a damaged file was moved aside goes (default console.warn). */
  readonly log?: (line: string) => void;
}

/**
 * Opens `dataDir/graph.sqlite` for one process. Locks the folder first (dataDirLock.ts). Then
 * checks the file: SQLite's quick_check, that it is this project's database (a meta table with a
 * schema version), and that every stored quote still matches its document (verifyEvidence.ts). A
 * damaged or foreign file is not an error to stop on: the store is derived from the seeds (and
 * ingested or imported files), so the file is renamed aside with a timestamp, a log line says so,
 * and an empty store is created for the caller's sync to refill.
 *
 * Re-verifying every quote grows with the corpus (seconds at 100,000 positions), so a clean close
 * records the file's size, modification time and inode in `graph.sqlite.clean`, and the next open
 * skips the quote check when the file still has them. The record is removed as the file is
 * opened, so a crash, a copy or any edit by another program (which moves the modification time)
 * means a full check next time. SQLite's quick_check always runs.
 */
export function openStoreFile(options: OpenStoreFileOptions): StoreFile {
  const file = path.join(options.dataDir, 'graph.sqlite');
  const log = options.log ?? ((line: string) => console.warn(line));
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw unavailable(file, error);
  }
  const lock = lockDataDir(options.dataDir);
  try {
    const unchanged = unchangedSinceCleanClose(file);
    let opened = tryOpen(file, options.migrate, !unchanged);
    if ('damage' in opened) {
      const aside = moveAside(file);
      log(`The embedded store ${file} was unusable (${opened.damage}); moved it to ${aside} and starting an empty store, which the seeds refill.`);
      opened = tryOpen(file, options.migrate, true);
      if ('damage' in opened) throw new StoreUnavailableError(`cannot create a new embedded store at ${file}: ${opened.damage}`);
    }
    const { db } = opened;
    return {
      db,
      evidenceCheck: 'damage' in opened || !unchanged ? 'VERIFIED' : 'UNCHANGED_SINCE_CLEAN_CLOSE',
      close() {
        try {
          if (db.open) {
            db.pragma('wal_checkpoint(TRUNCATE)');
            db.close();
            recordCleanClose(file);
          }
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error instanceof StoreUnavailableError ? error : unavailable(file, error);
  }
}

// Private:

/** SQLite's codes for a file that is not (or no longer) a sound database. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

function tryOpen(file: string, migrate: (db: Database.Database) => void, verifyQuotes: boolean): { db: Database.Database } | { damage: string } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return closeWith(db, `quick_check: ${String(check).slice(0, 200)}`);
    const foreign = foreignReason(db);
    if (foreign) return closeWith(db, foreign);
    migrate(db);
    const evidence = verifyQuotes ? verifyEvidence(db) : null;
    if (evidence) return closeWith(db, evidence);
    return { db };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (DAMAGE_CODES.has(code)) return closeWith(db, `${code}: ${(error as Error).message}`);
    if (db?.open) db.close();
    throw error;
  }
}

const cleanCloseFile = (file: string) => `${file}.clean`;

/** What identifies one state of the file: any write, by this project or another program, changes it. */
function identityOf(file: string): string | null {
  if (!existsSync(file)) return null;
  const stat = statSync(file, { bigint: true });
  return JSON.stringify({ size: String(stat.size), mtimeNs: String(stat.mtimeNs), ino: String(stat.ino) });
}

/** Reads and removes the clean-close record; true when the file is as it was closed. */
function unchangedSinceCleanClose(file: string): boolean {
  const record = cleanCloseFile(file);
  if (!existsSync(record)) return false;
  let recorded: string;
  try {
    recorded = readFileSync(record, 'utf8');
  } finally {
    rmSync(record, { force: true });
  }
  const wal = `${file}-wal`;
  const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
  return walEmpty && recorded === identityOf(file);
}

function recordCleanClose(file: string): void {
  const identity = identityOf(file);
  if (identity) writeFileSync(cleanCloseFile(file), identity);
}

/** A database with tables but without this project's meta table and schema version is someone else's. */
function foreignReason(db: Database.Database): string | null {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return null; // new, empty file
  if (!tables.includes('meta')) return `not this project's database: no meta table among ${tables.slice(0, 5).join(', ')}`;
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
  return version === undefined ? "not this project's database: meta has no schema_version" : null;
}

function closeWith(db: Database.Database | undefined, damage: string): { damage: string } {
  try {
    if (db?.open) db.close();
  } catch {
    // a damaged file may fail to close cleanly; it is moved aside next
  }
  return { damage };
}

/** Renames graph.sqlite and its -wal/-shm companions to graph.sqlite.damaged-<timestamp>[...]. */
function moveAside(file: string): string {
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

/** Failures that are not damage: permissions, a path that is a file, a full disk. */
function unavailable(file: string, error: unknown): StoreUnavailableError {
  return new StoreUnavailableError(
    `cannot open the embedded store at ${file}: ${(error as Error).message}. Check that DATA_DIR is a folder this user can create and write files in.`,
    { cause: error },
  );
}
