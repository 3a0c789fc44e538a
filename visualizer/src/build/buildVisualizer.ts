import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { viteConfig } from './viteConfig.js';

/** The `visualizer/` folder, whatever the working directory. */
export const VISUALIZER_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the server looks for the built app (server/config.ts `VISUALIZER_DIR`). */
export const DEFAULT_OUT_DIR = path.join(VISUALIZER_ROOT, 'dist');

export interface BuildVisualizerOptions {
  /** Folder to write; default `visualizer/dist`. */
  readonly outDir?: string;
  /** Build even when the stamp says the output is up to date. */
  readonly force?: boolean;
}

export interface BuildVisualizerResult {
  readonly outDir: string;
  /** False when the output was already up to date and nothing was written. */
  readonly built: boolean;
  readonly milliseconds: number;
}

/**
 * Builds the explorer with Vite unless `outDir` already holds a build of the same inputs.
 *
 * Up to date means: `outDir/.build-stamp` holds the hash of every source file, `index.html` and the
 * versions of the bundled packages. A hash rather than mtimes, because a fresh clone gives every
 * file the checkout time. Concurrent callers (test files run in parallel forks, `npm start` beside
 * a test run) take a lock folder, so one builds and the others wait and find the stamp current.
 */
export async function buildVisualizer(options: BuildVisualizerOptions = {}): Promise<BuildVisualizerResult> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const stampFile = path.join(outDir, '.build-stamp');
  const hash = await hashInputs();
  if (!options.force && (await readStamp(stampFile)) === hash) {
    return { outDir, built: false, milliseconds: performance.now() - started };
  }
  const release = await acquireLock(`${outDir}.lock`);
  try {
    if (!options.force && (await readStamp(stampFile)) === hash) {
      return { outDir, built: false, milliseconds: performance.now() - started };
    }
    const { build } = await import('vite');
    await build(viteConfig({ root: VISUALIZER_ROOT, outDir }));
    await writeFile(stampFile, hash);
    return { outDir, built: true, milliseconds: performance.now() - started };
  } finally {
    await release();
  }
}

// Private:

const BUNDLED_PACKAGES = ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base', 'graphiql', '@graphiql/react', 'react', 'react-dom', 'vite'];
const LOCK_STALE_MS = 120_000;

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    path.join(VISUALIZER_ROOT, 'index.html'),
    path.join(VISUALIZER_ROOT, 'graphiql.html'),
    ...(await listFiles(path.join(VISUALIZER_ROOT, 'src'))),
    // Domain code the bundle shares with the server (the net-stance rule and its vocabulary).
    ...(await listFiles(path.join(VISUALIZER_ROOT, '..', 'graph', 'model'))),
    ...(await listFiles(path.join(VISUALIZER_ROOT, '..', 'graph', 'analysis'))),
  ];
  for (const file of files.sort()) {
    hash.update(path.relative(VISUALIZER_ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  const modules = path.join(VISUALIZER_ROOT, '..', 'node_modules');
  for (const name of BUNDLED_PACKAGES) {
    const manifest = await readFile(path.join(modules, name, 'package.json'), 'utf8').catch(() => '{}');
    hash.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? 'missing'}\0`);
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : Promise.resolve([full]);
    }),
  );
  return nested.flat();
}

async function readStamp(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}

/** A folder as a mutex: `mkdir` fails for all but one caller. A lock older than two minutes is a crashed build's. */
async function acquireLock(lockDir: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await mkdir(lockDir);
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(lockDir).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > LOCK_STALE_MS) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
