import path from 'node:path';
import { loadSeeds, syncSeeds } from '../../graph/index.js';
import { createStore, storeConfigFromEnv } from '../../graph/store/createStore.js';
import { seedsDirFromEnv } from '../config.js';

export interface SeedOptions {
  readonly check?: boolean;
  readonly force?: boolean;
  readonly seeds?: string;
}

/**
 * `npm run seed`: validates the seeds and loads them into the store the environment selects
 * (NEO4J_URI, else the embedded store under DATA_DIR). With --check, validates only.
 */
export async function seedCommand(options: SeedOptions): Promise<void> {
  const seedsDir = options.seeds ? path.resolve(options.seeds) : seedsDirFromEnv(process.env);
  if (options.check) {
    const bundle = await loadSeeds({ seedsDir });
    console.log(
      `Seeds are valid: ${bundle.documents.length} document(s), ${bundle.statements.length} statements, ${bundle.positions.length} positions.`,
    );
    return;
  }
  const config = storeConfigFromEnv(process.env);
  const store = await createStore(config);
  try {
    const result = await syncSeeds({ store, seedsDir, force: options.force ?? true });
    const where = config.kind === 'sqlite' ? `embedded store at ${config.dataDir}` : `Neo4j at ${config.uri}`;
    console.log(`${result.loaded ? 'Loaded seeds into' : 'Seeds already loaded in'} the ${where}.`);
    if (result.loaded) {
      console.log(
        `Wrote ${result.catalogWritten ? 'the catalog and ' : ''}${result.put.length} document(s); removed ${result.removed.length}; graph version ${result.graphVersion}.`,
      );
    }
    console.table(result.counts);
  } finally {
    await store.close();
  }
}
