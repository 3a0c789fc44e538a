import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnnotationError, loadSeeds } from '../../graph/index.js';
import { importDataset } from '../../graph/import/importDataset.js';
import { copySeeds, type TempSeeds } from '../support/tempSeeds.js';
import { MATRIX_MAPPING } from './datasetFixtures.js';

/**
 * One case per way a dataset or its mapping can be wrong. Each asserts the error's kind, the file,
 * row (line) and column it names, and that the seeds are exactly as before.
 */
let seeds: TempSeeds;
let work: string;
let fingerprint: string;

beforeAll(async () => {
  seeds = await copySeeds();
  work = await mkdtemp(path.join(os.tmpdir(), 'cpg-import-abuse-'));
  fingerprint = (await loadSeeds({ seedsDir: seeds.dir })).fingerprint;
});
afterAll(async () => {
  await seeds.remove();
  await rm(work, { recursive: true, force: true });
});

const WIDE = ['State,Q1 Is it lawful?,Q2 Is it binding?', 'France,Yes,No', 'Japan,Silent,Ambiguous'];

async function file(name: string, text: string): Promise<string> {
  const at = path.join(work, name);
  await writeFile(at, text);
  return at;
}

async function mapping(name: string, edit: (text: string) => string): Promise<string> {
  return file(name, edit(await readFile(MATRIX_MAPPING, 'utf8')).replace('ignore_columns: [Region (made-up)]', 'ignore_columns: []'));
}

/** A mapping of the small WIDE table: the fixture's metadata, no question customised. */
const smallMapping = (text: string) => text.replace(/\nquestions:[\s\S]*$/, '\n').replace('  id: made-up-matrix\n', '  id: small\n');

async function rejection(datasetFile: string, mappingFile: string): Promise<AnnotationError> {
  const error = await importDataset({ datasetFile, mappingFile, seedsDir: seeds.dir }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AnnotationError);
  expect((await loadSeeds({ seedsDir: seeds.dir })).fingerprint).toBe(fingerprint);
  return error as AnnotationError;
}

function expectProblem(error: AnnotationError, where: { file: string; line: number; column?: number }, value: unknown, words: RegExp) {
  expect(error.problems).toContainEqual(
    expect.objectContaining({ location: expect.objectContaining({ file: where.file, line: where.line, ...(where.column ? { column: where.column } : {}) }), value }),
  );
  expect(error.message).toMatch(words);
}

describe('importing a dataset rejects, naming file, row and column, and changes nothing', () => {
  test('an unknown actor, with a suggestion', async () => {
    const data = await file('unknown-actor.csv', [...WIDE, 'Frnace,Yes,Yes'].join('\n'));
    const error = await rejection(data, await mapping('m1.yaml', smallMapping));
    expectProblem(error, { file: data, line: 4, column: 1 }, 'Frnace', /row 4, column "State": unknown actor "Frnace".*Did you mean "France"/);
  });

  test('an answer the mapping does not map', async () => {
    const data = await file('unmapped.csv', [...WIDE, 'Chile,Perhaps,Yes'].join('\n'));
    const error = await rejection(data, await mapping('m2.yaml', smallMapping));
    expectProblem(error, { file: data, line: 4, column: 2 }, 'Perhaps', /row 4, column "Q1 Is it lawful\?": unmapped answer "Perhaps"/);
  });

  test('two question columns given the same id', async () => {
    const data = await file('duplicate.csv', WIDE.join('\n'));
    const mappingFile = await mapping('m3.yaml', (text) =>
      smallMapping(text) + 'questions:\n  - header: Q1 Is it lawful?\n    id: same-question\n  - header: Q2 Is it binding?\n    id: same-question\n',
    );
    const error = await rejection(data, mappingFile);
    const line = (await readFile(mappingFile, 'utf8')).split('\n').lastIndexOf('    id: same-question') + 1;
    expectProblem(error, { file: mappingFile, line }, 'same-question', /duplicate question id "same-question"/);
  });

  test('a mapping without a required key', async () => {
    const data = await file('missing-key.csv', WIDE.join('\n'));
    const mappingFile = await mapping('m4.yaml', (text) => smallMapping(text).replace(/\nactor_column: State\n/, '\n'));
    const error = await rejection(data, mappingFile);
    expect(error.problems[0]!.location.file).toBe(mappingFile);
    expect(error.message).toMatch(/actor_column/);
  });

  test('a long-form mapping without its columns', async () => {
    const data = await file('long.csv', 'Country,Question,Answer\nFrance,Is it lawful?,Yes\n');
    const mappingFile = await mapping('m5.yaml', (text) => smallMapping(text).replace('form: wide', 'form: long').replace('actor_column: State', 'actor_column: Country'));
    const error = await rejection(data, mappingFile);
    expect(error.problems[0]!.location.file).toBe(mappingFile);
    expect(error.message).toMatch(/missing mapping key "columns"/);
  });

  test('an XLSX workbook without the sheet the mapping names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Answers');
    for (const line of WIDE) sheet.addRow(line.split(','));
    const data = path.join(work, 'wrong-sheet.xlsx');
    await workbook.xlsx.writeFile(data);
    const error = await rejection(data, await mapping('m6.yaml', (text) => smallMapping(text).replace('form: wide', 'form: wide\nsheet: Positions')));
    expectProblem(error, { file: data, line: 1, column: 1 }, 'Positions', /no sheet "Positions" in the workbook; its sheets are "Answers"/);
  });
});

describe('an XLSX workbook with the right sheet', () => {
  test('imports like the CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['made-up workbook']);
    const sheet = workbook.addWorksheet('Positions');
    for (const line of WIDE) sheet.addRow(line.split(','));
    const data = path.join(work, 'right-sheet.xlsx');
    await workbook.xlsx.writeFile(data);
    const plan = await importDataset({
      datasetFile: data,
      mappingFile: await mapping('m7.yaml', (text) => smallMapping(text).replace('form: wide', 'form: wide\nsheet: Positions')),
      seedsDir: seeds.dir,
    });
    // France: Yes, No; Japan: Silent, Ambiguous.
    expect(plan.positions).toBe(3);
    expect(plan.bundle.positions.filter((p) => p.meetingId === 'small').map((p) => [p.actorId, p.stance])).toEqual([
      ['FRA', 'SUPPORTS'],
      ['FRA', 'OPPOSES'],
      ['JPN', 'QUALIFIES'],
    ]);
  });
});
