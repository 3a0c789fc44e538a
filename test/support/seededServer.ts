import { afterAll, beforeAll } from 'vitest';
import { loadSeeds, syncSeeds, type GraphBundle, type GraphStore } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { SEEDS_DIR, tempDataDir } from './tempSeeds.js';

export interface SeededServer {
  readonly server: RunningServer;
  readonly store: GraphStore;
  /** The seeds as loaded from disk: what the server's answers are checked against. */
  readonly bundle: GraphBundle;
}

/**
 * An API server on a free port over an embedded store holding the project's seeds, started before
 * the file's tests and stopped (its data folder removed) after them. Call at the top of a test
 * file; the returned function gives the running server inside tests.
 */
export function useSeededServer(): () => SeededServer {
  let running: SeededServer | null = null;
  let data: Awaited<ReturnType<typeof tempDataDir>> | null = null;
  beforeAll(async () => {
    data = await tempDataDir();
    const store = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store, seedsDir: SEEDS_DIR });
    const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
    running = { server: await startServer({ store, port: 0, host: '127.0.0.1' }), store, bundle };
  });
  afterAll(async () => {
    await running?.server.close();
    await running?.store.close();
    await data?.remove();
  });
  return () => {
    if (!running) throw new Error('useSeededServer: the server is started in beforeAll; read it inside a test');
    return running;
  };
}
