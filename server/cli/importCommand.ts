import path from 'node:path';
import { syncSeeds } from '../../graph/index.js';
import { importDataset } from '../../graph/import/importDataset.js';
import { createStore, storeConfigFromEnv } from '../../graph/store/createStore.js';
import { seedsDirFromEnv } from '../config.js';

export interface ImportOptions {
  readonly mapping: string;
  readonly seeds?: string;
  /** Validate and report, then load nothing into the store (the seed files are still written). */
  readonly noLoad?: boolean;
}

/**
 * `npm run import -- DATASET --mapping MAPPING.yaml`: writes the dataset as seed files under
 * seeds/datasets/<id>/ (graph/import/importDataset.ts) and brings the store up to date with the
 * seeds. Re-importing the same dataset changes nothing; a new version replaces that dataset only.
 */
export async function importCommand(dataset: string, options: ImportOptions): Promise<void> {
  const seedsDir = options.seeds ? path.resolve(options.seeds) : seedsDirFromEnv(process.env);
  const relative = (file: string) => path.relative(process.cwd(), path.resolve(file)) || file;
  const plan = await importDataset({ datasetFile: path.resolve(dataset), mappingFile: path.resolve(options.mapping), seedsDir, display: relative });
  console.log(
    `${plan.changed ? 'Imported' : 'Unchanged:'} dataset ${plan.datasetId} (${relative(plan.folder)}): ${plan.positions} positions from ` +
      `${plan.participants} actors; ${plan.newActors} new actor(s), ${plan.newQuestions} new question(s).`,
  );
  if (options.noLoad) return;
  const config = storeConfigFromEnv(process.env);
  const store = await createStore(config);
  try {
    const result = await syncSeeds({ store, seedsDir });
    console.log(result.loaded ? 'Loaded the seeds into the store.' : 'The store already holds these seeds; nothing written.');
    console.table(result.counts);
  } finally {
    await store.close();
  }
}
