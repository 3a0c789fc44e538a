import { createStore } from '../../graph/store/createStore.js';
import { tempDataDir } from '../support/tempSeeds.js';
import { defineStoreContract } from './defineStoreContract.js';

// Through createStore, as the server makes it: analyses run in the worker thread, and requests for
// analyses only are answered there whole (server/http/analysesInWorker.ts), so the recorded
// answers hold for that path and for Neo4j's in-thread one alike.
defineStoreContract('embedded SQLite', async () => {
  const data = await tempDataDir();
  return { store: await createStore({ kind: 'sqlite', dataDir: data.dir }), cleanup: data.remove };
});
