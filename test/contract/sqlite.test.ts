import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { tempDataDir } from '../support/tempSeeds.js';
import { defineStoreContract } from './defineStoreContract.js';

defineStoreContract('embedded SQLite', async () => {
  const data = await tempDataDir();
  return { store: createSqliteStore({ dataDir: data.dir }), cleanup: data.remove };
});
