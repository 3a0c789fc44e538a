import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds } from '../../graph/index.js';
import { runCli } from '../support/runCli.js';
import { copySeeds, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';
import { CITATIONS, CITATIONS_MAPPING, MATRIX, MATRIX_MAPPING, codedCellsOfMatrix, codedRowsOfCitations } from './datasetFixtures.js';

/**
 * `npm run import -- DATASET --draft-mapping OUT.yaml` on datasets it has not seen: the guesses
 * (form, actor column, answers, question columns, catalog targets) match what a person wrote for
 * the same MADE-UP fixtures, the metadata is left for a person and named by the import until filled
 * in, and a draft completed with the dataset's metadata imports the same positions.
 */
let seeds: TempSeeds;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let work: string;
beforeAll(async () => {
  seeds = await copySeeds();
  data = await tempDataDir();
  work = await mkdtemp(path.join(os.tmpdir(), 'cpg-draft-mapping-'));
});
afterAll(async () => {
  await seeds.remove();
  await data.remove();
  await rm(work, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli([...args, '--seeds', seeds.dir], { DATA_DIR: data.dir });

async function draft(dataset: string, name: string) {
  const out = path.join(work, name);
  const result = await cli('import', dataset, '--draft-mapping', out);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { out, mapping: parse(await readFile(out, 'utf8')) as Record<string, any> };
}

/** The draft with the metadata a person would fill in, taken from the hand-written mapping. */
async function completed(out: string, handWritten: string): Promise<string> {
  const mapping = parse(await readFile(out, 'utf8')) as Record<string, any>;
  const hand = parse(await readFile(handWritten, 'utf8')) as Record<string, any>;
  const done = path.join(work, `completed-${path.basename(out)}`);
  await writeFile(done, stringify({ ...mapping, dataset: hand.dataset, ...(hand.coder ? { coder: hand.coder } : {}) }));
  return done;
}

describe('a drafted mapping', () => {
  test('of the wide matrix: actor column, answers, 30 questions (one the catalog has), the region column ignored', async () => {
    const { mapping } = await draft(MATRIX, 'matrix.yaml');
    const hand = parse(await readFile(MATRIX_MAPPING, 'utf8')) as Record<string, any>;
    expect(mapping.form).toBe('wide');
    expect(mapping.actor_column).toBe(hand.actor_column);
    expect(mapping.ignore_columns).toEqual(hand.ignore_columns);
    expect(mapping.answers).toMatchObject(hand.answers);
    expect(mapping.questions).toHaveLength(30);
    expect(mapping.questions.filter((q: { target?: string }) => q.target)).toEqual([
      { header: 'Q02 Is coercion a required element of prohibited intervention?', target: 'coercion-required' },
    ]);
  });

  test('of the long citation table: the question, answer, quote, citation, URL, comment and coder columns', async () => {
    const { mapping } = await draft(CITATIONS, 'citations.yaml');
    const hand = parse(await readFile(CITATIONS_MAPPING, 'utf8')) as Record<string, any>;
    expect(mapping.form).toBe('long');
    expect(mapping.actor_column).toBe(hand.actor_column);
    expect(mapping.columns).toEqual(hand.columns);
  });

  test('is refused by the import, naming each empty metadata key, until a person fills it in', async () => {
    const out = path.join(work, 'matrix-unfilled.yaml');
    await cli('import', MATRIX, '--draft-mapping', out);
    const result = await cli('import', MATRIX, '--mapping', out, '--no-load');
    expect(result.code).not.toBe(0);
    for (const key of ['authors', 'version', 'date', 'licence', 'citation', 'publisher']) expect(result.stderr).toContain(key);
    expect(result.stderr).toContain('matrix-unfilled.yaml');
  });

  test('completed with the metadata, imports one position per coded cell, as the hand-written mapping does', async () => {
    const wide = await completed(path.join(work, 'matrix.yaml'), MATRIX_MAPPING);
    expect((await cli('import', MATRIX, '--mapping', wide, '--no-load')).code).toBe(0);
    const long = await completed(path.join(work, 'citations.yaml'), CITATIONS_MAPPING);
    expect((await cli('import', CITATIONS, '--mapping', long, '--no-load')).code).toBe(0);
    const bundle = await loadSeeds({ seedsDir: seeds.dir });
    const imported = (dataset: string) => bundle.positions.filter((p) => p.provenance.method === 'IMPORTED' && p.provenance.dataset === dataset);
    expect(imported('made-up-matrix')).toHaveLength(codedCellsOfMatrix().coded);
    expect(imported('made-up-citations')).toHaveLength(codedRowsOfCitations());
  });

  test('never overwrites a file', async () => {
    const result = await cli('import', MATRIX, '--draft-mapping', path.join(work, 'matrix.yaml'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/already exists/);
  });
});
