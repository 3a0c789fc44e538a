import { cp, mkdtemp, readFile, rename, rm, writeFile, mkdir, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { AnnotationError } from '../errors/index.js';
import { loadSeeds } from '../load/loadSeeds.js';
import { readYamlFile } from '../load/readYamlFile.js';
import type { GraphBundle } from '../store/port.js';
import { codeCells } from './codeCells.js';
import { mappingSchema, type Mapping } from './mappingSchema.js';
import { readTable } from './readTable.js';

export interface ImportPlan {
  readonly datasetId: string;
  /** seeds/datasets/<id>, where the dataset now lives. */
  readonly folder: string;
  /** Whether the files written differ from what was there (false: a re-import that changes nothing). */
  readonly changed: boolean;
  readonly positions: number;
  readonly participants: number;
  readonly newActors: number;
  readonly newQuestions: number;
  /** The graph the seeds now describe, ready for a store. */
  readonly bundle: GraphBundle;
}

/**
 * Turns a dataset file and its mapping into seed files under `seeds/datasets/<id>/`:
 * `dataset.yaml` (metadata, participants, the actors and questions it introduces),
 * `positions.yaml` (one entry per non-silent cell) and the dataset file as received. Everything is
 * checked first: the mapping (zod, with its file and line), every cell (file, row, column), and
 * then the whole seeds folder as it would be, by the seed loader itself on a scratch copy. Only
 * when nothing is wrong does the dataset's folder replace the old one (a rename), so a failed
 * import leaves the seeds as they were. Throws `AnnotationError` listing every problem.
 *
 * Re-importing the same file with the same mapping writes the same bytes (`changed: false`); a new
 * version replaces that dataset's folder only.
 */
export async function importDataset(options: {
  datasetFile: string;
  mappingFile: string;
  seedsDir: string;
  /** How files are named in messages (default: as given). */
  display?: (file: string) => string;
}): Promise<ImportPlan> {
  const display = options.display ?? ((file: string) => file);
  const mapping = await readYamlFile(options.mappingFile, display(options.mappingFile), mappingSchema);
  if (!mapping.ok) throw new AnnotationError(mapping.problems);
  const data: Mapping = mapping.parsed.data;
  const table = await readTable({ file: options.datasetFile, displayPath: display(options.datasetFile), ...(data.sheet ? { sheet: data.sheet } : {}) });
  if (!table.ok) throw new AnnotationError(table.problems);

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cpg-import-'));
  try {
    // A dataset is read against the curated graph alone (catalog and documents, no other dataset),
    // so that it lists every actor and question it needs itself and stays loadable whatever other
    // datasets come and go. A question several datasets share belongs in seeds/catalog/questions.yaml.
    const curatedCopy = path.join(scratch, 'curated');
    await cp(options.seedsDir, curatedCopy, { recursive: true });
    await rm(path.join(curatedCopy, 'datasets'), { recursive: true, force: true });
    const context = await loadSeeds({ seedsDir: curatedCopy, displayRoot: 'seeds' });
    const seedsCopy = path.join(scratch, 'seeds');
    await cp(options.seedsDir, seedsCopy, { recursive: true });
    const folderName = data.dataset.id;
    await rm(path.join(seedsCopy, 'datasets', folderName), { recursive: true, force: true });

    const coded = codeCells(table.table, mapping.parsed, context);
    if (!coded.ok) throw new AnnotationError(coded.problems);

    const sourceName = `source${path.extname(options.datasetFile).toLowerCase()}`;
    const files = new Map<string, Buffer>([
      [
        'dataset.yaml',
        Buffer.from(
          `# Written by npm run import from ${path.basename(options.datasetFile)} and ${path.basename(options.mappingFile)}.\n` +
            `# Edit the mapping and re-import rather than this file. See seeds/README.md.\n` +
            stringify({ ...coded.dataset, source: sourceName }, { lineWidth: 0 }),
        ),
      ],
      ['positions.yaml', Buffer.from(stringify({ positions: coded.positions }, { lineWidth: 0 }))],
      [sourceName, await readFile(options.datasetFile)],
    ]);
    const newFolder = path.join(seedsCopy, 'datasets', folderName);
    await mkdir(newFolder, { recursive: true });
    for (const [name, bytes] of files) await writeFile(path.join(newFolder, name), bytes);
    // The seed loader is the judge: the dataset must load beside everything else.
    const bundle = await loadSeeds({ seedsDir: seedsCopy, displayRoot: 'seeds' });

    const target = path.join(options.seedsDir, 'datasets', folderName);
    const changed = !(await sameFiles(target, files));
    if (changed) await swapFolder(target, newFolder, scratch);
    return {
      datasetId: data.dataset.id,
      folder: target,
      changed,
      positions: coded.positions.length,
      participants: coded.dataset.participants.length,
      newActors: coded.dataset.actors.length,
      newQuestions: coded.dataset.questions.length,
      bundle,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// Private:

async function sameFiles(folder: string, files: Map<string, Buffer>): Promise<boolean> {
  for (const [name, bytes] of files) {
    const existing = await readFile(path.join(folder, name)).catch(() => null);
    if (!existing || !existing.equals(bytes)) return false;
  }
  return true;
}

/** Puts `built` at `target`, replacing any previous version, by renames within the seeds folder. */
async function swapFolder(target: string, built: string, scratch: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  // A dot-folder, which the seed loader skips, until the rename makes it the dataset.
  const staged = path.join(path.dirname(target), `.${path.basename(target)}.importing`);
  await rm(staged, { recursive: true, force: true });
  await cp(built, staged, { recursive: true });
  const hadOld = await access(target).then(() => true, () => false);
  if (hadOld) await rename(target, path.join(scratch, 'previous'));
  await rename(staged, target);
}
