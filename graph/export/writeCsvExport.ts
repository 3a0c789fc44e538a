import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { exportTables } from './exportTables.js';
import type { ExportGraph } from './readGraph.js';

/**
 * CSV tables per entity (RFC 4180: comma, double quotes, CRLF, UTF-8 without BOM, a header row;
 * empty cell for null, `true`/`false` for booleans) and a Frictionless Data Package
 * (datapackage.json, https://specs.frictionlessdata.io/data-package/) as their data dictionary,
 * recording the data version, scope and time. Returns the files written, relative to `dir`.
 */
export async function writeCsvExport(graph: ExportGraph, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const tables = exportTables(graph);
  const written: string[] = [];
  for (const table of tables) {
    const rows = table.rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : typeof cell === 'boolean' ? String(cell) : cell)));
    // Quoted: a cell with a line break of any kind (csv-stringify quotes only the record delimiter,
    // CRLF, and a prefix or suffix holding a bare LF then split the row for pandas and Python's csv
    // module, RFC 4180 §2.6), and one with leading or trailing space, which readers may trim.
    const text = stringify([table.fields.map((f) => f.name), ...rows], { record_delimiter: '\r\n', quoted_match: /^\s|\s$|[\r\n]/ });
    await writeFile(path.join(dir, `${table.name}.csv`), text);
    written.push(`${table.name}.csv`);
  }
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'cyberlaw-positions-graph',
    title: 'Cyberlaw Positions Graph: what States say about international law in cyberspace',
    version: graph.graphVersion,
    created: graph.exportedAt,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the coding; see documents.rights for each source text)' }],
    scope: graph.scope.length === 0 ? 'whole graph' : { meetingIds: graph.scope },
    resources: tables.map((table) => ({
      name: table.name,
      path: `${table.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      schema: { fields: table.fields, primaryKey: table.primaryKey, missingValues: [''] },
    })),
  };
  await writeFile(path.join(dir, 'datapackage.json'), `${JSON.stringify(datapackage, null, 2)}\n`);
  written.push('datapackage.json');
  return written;
}
