import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphStore } from '../store/port.js';
import { readGraph } from './readGraph.js';
import { EXPORT_FORMATS, writeExport } from './writeExport.js';

export interface ReleaseManifest {
  readonly name: string;
  readonly version: string;
  readonly date: string;
  readonly graphVersion: string;
  readonly scope: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
}

/**
 * A citable snapshot: every export format, the licence texts and CITATION.cff, and manifest.json
 * listing every file with its size and SHA-256 and the graph version it was read at, under
 * `<outDir>/<date>-v<version>/`. A paper cites the folder name and the manifest's hash.
 */
export async function writeRelease(options: {
  store: GraphStore;
  outDir: string;
  projectRoot: string;
  version: string;
  now?: Date;
}): Promise<{ dir: string; manifest: ReleaseManifest }> {
  const now = options.now ?? new Date();
  const date = now.toISOString().slice(0, 10);
  const dir = path.join(options.outDir, `${date}-v${options.version}`);
  await mkdir(dir, { recursive: true });
  const graph = await readGraph(options.store, { now });
  const files: string[] = [];
  for (const format of EXPORT_FORMATS) files.push(...(await writeExport(graph, format, dir)));
  for (const name of ['LICENSE', 'LICENSE-DATA.md', 'CITATION.cff']) {
    await copyFile(path.join(options.projectRoot, name), path.join(dir, name));
    files.push(name);
  }
  const entries = [];
  for (const file of files.sort()) {
    const bytes = await readFile(path.join(dir, file));
    entries.push({ path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const manifest: ReleaseManifest = {
    name: 'cyberlaw-positions-graph',
    version: options.version,
    date,
    graphVersion: graph.graphVersion,
    scope: 'whole graph',
    files: entries,
  };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}
