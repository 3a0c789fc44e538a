import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const ANNOTATIONS = 'documents/hangzhou-2019/annotations.yaml';

/** A scratch copy of the project's seeds that a test may edit, removed by `remove()`. */
export interface TempSeeds {
  readonly dir: string;
  /**
   * Replaces the first occurrence of `search` in `file` (relative to the seeds folder) and returns
   * the 1-based line where the replacement starts.
   */
  replace(file: string, search: string, replacement: string): Promise<number>;
  append(file: string, text: string): Promise<number>;
  remove(): Promise<void>;
}

export async function copySeeds(): Promise<TempSeeds> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cpg-seeds-'));
  await cp(SEEDS_DIR, dir, { recursive: true });
  return {
    dir,
    async replace(file, search, replacement) {
      const target = path.join(dir, file);
      const text = await readFile(target, 'utf8');
      const at = text.indexOf(search);
      if (at < 0) throw new Error(`test setup: ${JSON.stringify(search)} not found in ${file}`);
      await writeFile(target, text.slice(0, at) + replacement + text.slice(at + search.length));
      return text.slice(0, at).split('\n').length;
    },
    async append(file, extra) {
      const target = path.join(dir, file);
      const text = await readFile(target, 'utf8');
      await writeFile(target, text + extra);
      return text.split('\n').length;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fresh empty folder for a store's data. */
export async function tempDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cpg-data-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Edits a YAML seed file as data (parse, mutate, write back) and returns the 1-based line of the
 * first line containing `marker` in the rewritten file, where the test expects the error.
 */
export async function editYaml(
  seeds: TempSeeds,
  file: string,
  mutate: (data: any) => void,
  marker: string,
): Promise<number> {
  const { parse, stringify } = await import('yaml');
  const target = path.join(seeds.dir, file);
  const data = parse(await readFile(target, 'utf8'));
  mutate(data);
  const text = stringify(data, { lineWidth: 0 });
  await writeFile(target, text);
  const line = text.split('\n').findIndex((candidate) => candidate.includes(marker));
  if (line < 0) throw new Error(`test setup: marker ${JSON.stringify(marker)} not in rewritten ${file}`);
  return line + 1;
}
