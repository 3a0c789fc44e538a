import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { AnnotationProblem } from '../errors/index.js';

/** A dataset file read as a grid of text: the header row and every row below it. */
export interface Table {
  /** How the file is named in messages. */
  readonly file: string;
  readonly header: readonly string[];
  /** Data rows; `rows[i]` is row `i + 2` of the file (the header is row 1). */
  readonly rows: readonly (readonly string[])[];
}

export type ReadTableResult = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly problems: AnnotationProblem[] };

/**
 * Reads a CSV (any of `,` `;` tab `|` as delimiter, detected from the header line; a UTF-8 byte
 * order mark and CRLF line ends are fine) or an XLSX workbook (the sheet named `sheet`, or the
 * only sheet). Cells are trimmed text; an XLSX cell's displayed value is used (numbers as written,
 * rich text flattened). Empty trailing rows are dropped.
 */
export async function readTable(options: { file: string; displayPath: string; sheet?: string }): Promise<ReadTableResult> {
  const extension = path.extname(options.file).toLowerCase();
  try {
    if (extension === '.xlsx') return await readXlsx(options.file, options.displayPath, options.sheet);
    if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return await readCsv(options.file, options.displayPath);
  } catch (error) {
    return fail(options.displayPath, 1, 1, `cannot read the dataset: ${(error as Error).message}`, options.file);
  }
  return fail(options.displayPath, 1, 1, `unsupported file type ${JSON.stringify(extension)}; give a .csv, .tsv or .xlsx file`, extension);
}

// Private:

const DELIMITERS = [',', ';', '\t', '|'] as const;

async function readCsv(file: string, displayPath: string): Promise<ReadTableResult> {
  const source = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [...DELIMITERS].sort((a, b) => countOutsideQuotes(firstLine, b) - countOutsideQuotes(firstLine, a))[0]!;
  let records: string[][];
  try {
    records = parse(source, { delimiter, bom: true, relax_quotes: false, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return fail(displayPath, line, 1, `malformed CSV: ${(error as Error).message}`, null);
  }
  return grid(displayPath, records);
}

async function readXlsx(file: string, displayPath: string, sheet: string | undefined): Promise<ReadTableResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const names = workbook.worksheets.map((w) => w.name);
  const worksheet = sheet === undefined ? (workbook.worksheets.length === 1 ? workbook.worksheets[0] : undefined) : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const message =
      sheet === undefined
        ? `the workbook has ${names.length} sheets (${names.map((n) => JSON.stringify(n)).join(', ')}); name one with sheet: in the mapping`
        : `no sheet ${JSON.stringify(sheet)} in the workbook; its sheets are ${names.map((n) => JSON.stringify(n)).join(', ')}`;
    return fail(displayPath, 1, 1, message, sheet ?? null);
  }
  const records: string[][] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(row.getCell(c).text.trim());
    records[rowNumber - 1] = cells;
  });
  const filled = Array.from(records, (row) => row ?? []);
  while (filled.length > 0 && filled[filled.length - 1]!.every((cell) => cell === '')) filled.pop();
  return grid(displayPath, filled);
}

function grid(displayPath: string, records: string[][]): ReadTableResult {
  const [header, ...rows] = records;
  if (!header || header.every((cell) => cell === '')) return fail(displayPath, 1, 1, 'the dataset has no header row', null);
  return { ok: true, table: { file: displayPath, header, rows } };
}

function countOutsideQuotes(line: string, character: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === character && !quoted) count += 1;
  }
  return count;
}

function fail(file: string, line: number, column: number, message: string, value: unknown): ReadTableResult {
  return { ok: false, problems: [{ location: { file, line, column }, message, value }] };
}
