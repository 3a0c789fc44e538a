import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportGraph } from './readGraph.js';
import { toGexf } from './toGexf.js';
import { toGraphMLExport } from './toGraphMLExport.js';
import { toJsonLd } from './toJsonLd.js';
import { writeCsvExport } from './writeCsvExport.js';

export const EXPORT_FORMATS = ['csv', 'jsonld', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Writes `graph` in `format` under `dir`: csv/ (tables + datapackage.json), graph.jsonld,
 * graph.graphml or graph.gexf. Returns the files written, relative to `dir`.
 */
export async function writeExport(graph: ExportGraph, format: ExportFormat, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  switch (format) {
    case 'csv':
      return (await writeCsvExport(graph, path.join(dir, 'csv'))).map((file) => `csv/${file}`);
    case 'jsonld':
      await writeFile(path.join(dir, 'graph.jsonld'), `${JSON.stringify(toJsonLd(graph), null, 2)}\n`);
      return ['graph.jsonld'];
    case 'graphml':
      await writeFile(path.join(dir, 'graph.graphml'), toGraphMLExport(graph));
      return ['graph.graphml'];
    case 'gexf':
      await writeFile(path.join(dir, 'graph.gexf'), toGexf(graph));
      return ['graph.gexf'];
  }
}
