import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { importDataset } from '../../graph/import/importDataset.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { copySeeds, type TempSeeds } from '../support/tempSeeds.js';

/** The MADE-UP dataset fixtures (test/fixtures/datasets/, written by its generate.ts). */
export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/datasets');
export const MATRIX = path.join(FIXTURES, 'made-up-matrix.csv');
export const MATRIX_MAPPING = path.join(FIXTURES, 'made-up-matrix.mapping.yaml');
export const CITATIONS = path.join(FIXTURES, 'made-up-citations.csv');
export const CITATIONS_MAPPING = path.join(FIXTURES, 'made-up-citations.mapping.yaml');

/** Cells of the matrix's question columns that are not Silent, counted from the file itself. */
export function codedCellsOfMatrix(): { coded: number; rows: number; questions: number } {
  const records = parse(readFileSync(MATRIX, 'utf8'), { delimiter: ';', bom: true }) as string[][];
  const [header, ...rows] = records;
  const questionColumns = header!.map((h, i) => [h, i] as const).filter(([h]) => /^Q\d\d /.test(h)).map(([, i]) => i);
  const coded = rows.reduce((sum, row) => sum + questionColumns.filter((i) => row[i] !== 'Silent').length, 0);
  return { coded, rows: rows.length, questions: questionColumns.length };
}

/** Rows of the citation table whose answer is not Silent. */
export function codedRowsOfCitations(): number {
  const records = parse(readFileSync(CITATIONS, 'utf8'), { columns: true }) as Record<string, string>[];
  return records.filter((r) => r.Answer !== 'Silent').length;
}

/**
 * A scratch copy of the project's seeds with the MADE-UP citation table imported (a SECONDARY
 * dataset beside the OFFICIAL_RECORD Hangzhou report; one of its quotes is located in the report):
 * the graph the source-scope tests read.
 */
export async function seedsWithCitationsDataset(): Promise<TempSeeds> {
  const seeds = await copySeeds();
  await importDataset({ datasetFile: CITATIONS, mappingFile: CITATIONS_MAPPING, seedsDir: seeds.dir });
  return seeds;
}
