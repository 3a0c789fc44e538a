import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors/index.js';
import type { StoreFile } from './openStoreFile.js';

/**
 * Opens `dataDir/graph.sqlite` read-only beside the process that owns it (openStoreFile.ts): no
 * lock, no check, no migration, which are the owner's. For a second connection in the same process,
 * such as the analysis worker thread's (server/schema/analysisWorker.ts), which reads the whole
 * corpus without holding the event loop that serves requests. In WAL mode a reader sees each
 * committed write and never blocks the writer. Any write through it fails as SQLITE_READONLY.
 */
export function openReadOnlyStoreFile(dataDir: string): StoreFile {
  const file = path.join(dataDir, 'graph.sqlite');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new StoreUnavailableError(`cannot open the embedded store at ${file} for reading: ${(error as Error).message}. The server that owns DATA_DIR creates it; start that first.`, { cause: error });
  }
  return {
    db,
    // The owning connection checked the file and its quotes when it opened it (openStoreFile.ts).
    evidenceCheck: 'VERIFIED',
    close() {
      if (db.open) db.close();
    },
  };
}
