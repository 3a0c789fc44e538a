import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { tempDataDir } from '../support/tempSeeds.js';
import { definePortContract } from './definePortContract.js';

definePortContract('embedded SQLite', async () => {
  const data = await tempDataDir();
  return { store: createSqliteStore({ dataDir: data.dir }), cleanup: data.remove };
});
