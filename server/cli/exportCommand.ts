import path from 'node:path';
import { readGraph } from '../../graph/export/readGraph.js';
import { writeExport, type ExportFormat } from '../../graph/export/writeExport.js';
import { writeRelease } from '../../graph/export/writeRelease.js';
import { syncSeeds } from '../../graph/index.js';
import { createStore, storeConfigFromEnv } from '../../graph/store/createStore.js';
import { PROJECT_ROOT, seedsDirFromEnv } from '../config.js';
import { readFileSync } from 'node:fs';

/**
 * `npm run export -- --format csv|jsonld|graphml|gexf --out DIR [--meeting ID]...`: the graph or a
 * scope, from the selected store, brought up to date with the seeds first (as `npm start` and
 * `npm run report` do): from a fresh checkout an export holds the seeds, not an empty store.
 */
export async function exportCommand(options: { format: ExportFormat[]; out: string; meeting: string[] }): Promise<void> {
  const store = await createStore(storeConfigFromEnv(process.env));
  try {
    await syncSeeds({ store, seedsDir: seedsDirFromEnv(process.env) });
    const graph = await readGraph(store, { meetingIds: options.meeting });
    for (const format of options.format) {
      const files = await writeExport(graph, format, path.resolve(options.out));
      console.log(`${format}: ${files.map((f) => path.join(options.out, f)).join(', ')}`);
    }
    console.log(`Data version ${graph.graphVersion}; ${graph.positions.length} positions; scope: ${graph.scope.join(', ') || 'whole graph'}.`);
  } finally {
    await store.close();
  }
}

/** `npm run release -- [--out DIR]`: a dated, versioned snapshot of the seeds' graph with a SHA-256 manifest. */
export async function releaseCommand(options: { out: string }): Promise<void> {
  const store = await createStore(storeConfigFromEnv(process.env));
  try {
    await syncSeeds({ store, seedsDir: seedsDirFromEnv(process.env) });
    const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const { dir, manifest } = await writeRelease({ store, outDir: path.resolve(options.out), projectRoot: PROJECT_ROOT, version });
    console.log(`Release ${path.basename(dir)} (graph version ${manifest.graphVersion}): ${manifest.files.length} files, manifest ${path.join(dir, 'manifest.json')}`);
  } finally {
    await store.close();
  }
}
