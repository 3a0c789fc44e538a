import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AnnotationError, InvalidArgumentError, loadSeeds, syncSeeds } from '../../graph/index.js';
import { draftMapping } from '../../graph/import/draftMapping.js';
import { readTable } from '../../graph/import/readTable.js';
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

export interface DraftMappingOptions {
  readonly out: string;
  readonly seeds?: string;
  readonly sheet?: string;
}

/**
 * `npm run import -- DATASET --draft-mapping OUT.yaml`: writes a first mapping guessed from the
 * dataset (graph/import/draftMapping.ts) for a person to check and complete; imports nothing and
 * never overwrites a file.
 */
export async function draftMappingCommand(dataset: string, options: DraftMappingOptions): Promise<void> {
  const seedsDir = options.seeds ? path.resolve(options.seeds) : seedsDirFromEnv(process.env);
  const relative = (file: string) => path.relative(process.cwd(), path.resolve(file)) || file;
  if (existsSync(options.out)) throw new InvalidArgumentError('--draft-mapping', `--draft-mapping: ${relative(options.out)} already exists; give a new file name (a draft never overwrites a mapping)`);
  const read = await readTable({ file: path.resolve(dataset), displayPath: relative(dataset), ...(options.sheet ? { sheet: options.sheet } : {}) });
  if (!read.ok) throw new AnnotationError(read.problems);
  const bundle = await loadSeeds({ seedsDir, displayRoot: 'seeds' });
  const targets = [...bundle.principles, ...bundle.instruments, ...bundle.proposals, ...bundle.questions];
  const draft = draftMapping({ table: read.table, datasetFile: dataset, actors: bundle.actors, targets });
  await writeFile(options.out, draft.yaml, { flag: 'wx' });
  console.log(
    `Wrote ${relative(options.out)}: ${draft.form} form, actor column ${JSON.stringify(draft.actorColumn)}, ${draft.questions} question(s) ` +
      `(${draft.matchedTargets} matched to catalog targets).` +
      (draft.unknownAnswers.length > 0 ? ` Map these answers by hand: ${draft.unknownAnswers.map((a) => JSON.stringify(a)).join(', ')}.` : ''),
  );
  console.log(`Fill in the dataset's authors, version, date, licence, citation and publisher, check the guesses, then: npm run import -- ${relative(dataset)} --mapping ${relative(options.out)}`);
}
