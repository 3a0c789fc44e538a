import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreUnavailableError } from '../../errors/index.js';

/** The lock file's name inside DATA_DIR. */
export const LOCK_FILE = 'graph.lock';

export interface DataDirLock {
  release(): void;
}

/**
 * Claims `dataDir` for this process: a lock file created with O_EXCL (atomic on local file
 * systems) holding our pid and host. A second server on the same folder refuses to start instead
 * of loading its graph under the first; a lock left by a process that has died (same host, pid
 * gone) is taken over. Same-process reopening after close() works, since close() releases.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && isAlive(holder)) {
        throw new StoreUnavailableError(
          `the embedded store at ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}). ` +
            'Stop that server first, or give this one its own DATA_DIR. ' +
            `If no such process runs any more, delete ${file}.`,
        );
      }
      unlinkSync(file); // stale: its process is gone
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
    closeSync(fd);
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        try {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      },
    };
  }
  throw new StoreUnavailableError(`cannot lock the embedded store at ${dataDir}: another process keeps taking ${file}.`);
}

// Private:

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host, since: String(holder.since) } : null;
  } catch {
    return null; // empty or half-written by a process that died while writing it
  }
}

/** A process on another host cannot be checked, so its lock is respected. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}
