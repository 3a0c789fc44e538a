import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { AnnotationError, syncSeeds, type GraphCounts, type GraphStore } from '../../graph/index.js';
import { displayRootOf } from '../../graph/load/loadSeeds.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { ANNOTATIONS, SEEDS_DIR, copySeeds, editYaml, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';

/**
 * One case per way curated data can be wrong. Each asserts the error's kind, the file, line and
 * offending value it names, and that the store still holds exactly the graph it held before.
 */
let store: GraphStore;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let before: { counts: GraphCounts; fingerprint: string | null };
let seeds: TempSeeds;

beforeAll(async () => {
  data = await tempDataDir();
  store = createSqliteStore({ dataDir: data.dir });
  await syncSeeds({ store, seedsDir: SEEDS_DIR });
  before = { counts: await store.countGraph(), fingerprint: await store.getFingerprint() };
});
afterAll(async () => {
  await store.close();
  await data.remove();
});
beforeEach(async () => {
  seeds = await copySeeds();
});
afterEach(async () => {
  await seeds.remove();
});

async function rejection(): Promise<AnnotationError> {
  const error = await syncSeeds({ store, seedsDir: seeds.dir, force: true }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AnnotationError);
  expect(await store.countGraph()).toEqual(before.counts);
  expect(await store.getFingerprint()).toBe(before.fingerprint);
  return error as AnnotationError;
}

/** The first position of the first statement that takes one. */
function firstPosition(annotations: any): any {
  return annotations.statements.find((s: any) => s.positions?.length > 0).positions[0];
}

/** How the loader names a file of the scratch seeds in its messages. */
function displayed(file: string): string {
  return path.posix.join(displayRootOf(seeds.dir), file);
}

function expectProblem(error: AnnotationError, file: string, line: number, value: unknown) {
  expect(error.problems).toContainEqual(
    expect.objectContaining({ location: expect.objectContaining({ file: displayed(file), line }), value }),
  );
}

describe('loading curated seeds rejects, naming file, line and value, and changes nothing', () => {
  test('a legal question about something that is not a principle or instrument', async () => {
    const line = await seeds.replace('catalog/questions.yaml', '      - non-intervention\n', '      - zero-draft\n');
    const error = await rejection();
    expectProblem(error, 'catalog/questions.yaml', line, 'zero-draft');
    expect(error.message).toContain('expected a principle or instrument');
  });

  test('a legal question whose wording is not a question', async () => {
    const line = await seeds.replace(
      'catalog/questions.yaml',
      'wording: Is coercion a required element of prohibited intervention?',
      'wording: Coercion is required',
    );
    expectProblem(await rejection(), 'catalog/questions.yaml', line, 'Coercion is required');
  });

  test('a quote that is not verbatim in its document', async () => {
    const quote = 'States agreed that cyberspace is lawless';
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (firstPosition(d).quote = quote), quote);
    expectProblem(await rejection(), ANNOTATIONS, line, quote);
  });

  test('a quote that is verbatim elsewhere but not inside its statement', async () => {
    const line = await editYaml(
      seeds,
      ANNOTATIONS,
      (d) => (firstPosition(d).quote = 'The Fourth Meeting of the Open-ended Working Group on International Law in Cyberspace was thereafter adjourned.'),
      'thereafter adjourned.',
    );
    expectProblem(
      await rejection(),
      ANNOTATIONS,
      line,
      'The Fourth Meeting of the Open-ended Working Group on International Law in Cyberspace was thereafter adjourned.',
    );
  });

  test('a reservation kind on a position that does not qualify', async () => {
    // The first position is SUPPORTS; only QUALIFIES positions carry a reservation kind.
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (firstPosition(d).reservation = 'CONDITIONAL_ACCEPTANCE'), 'reservation: CONDITIONAL_ACCEPTANCE');
    const error = await rejection();
    expectProblem(error, ANNOTATIONS, line, 'CONDITIONAL_ACCEPTANCE');
    expect(error.problems.find((p) => p.value === 'CONDITIONAL_ACCEPTANCE')?.message).toContain('QUALIFIES positions only');
  });

  test('an unknown reservation kind', async () => {
    const line = await editYaml(
      seeds,
      ANNOTATIONS,
      (d) => (d.statements.flatMap((s: any) => s.positions ?? []).find((p: any) => p.stance === 'QUALIFIES').reservation = 'CONDITIONAL'),
      'reservation: CONDITIONAL',
    );
    expectProblem(await rejection(), ANNOTATIONS, line, 'CONDITIONAL');
  });

  test('an unknown actor id, with a suggestion', async () => {
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (d.statements.find((s: any) => s.actor === 'CHN').actor = 'CHN2'), 'CHN2');
    const error = await rejection();
    expectProblem(error, ANNOTATIONS, line, 'CHN2');
    expect(error.problems.find((p) => p.value === 'CHN2')?.message).toContain('"CHN"');
  });

  test('an unknown principle id as a position target', async () => {
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (firstPosition(d).target = 'non-interventoin'), 'non-interventoin');
    expectProblem(await rejection(), ANNOTATIONS, line, 'non-interventoin');
  });

  test('an unknown instrument id where a principle is enshrined', async () => {
    const file = 'catalog/principles.yaml';
    const line = await editYaml(seeds, file, (d) => (d.principles[0].enshrined_in = ['un-chartr']), 'un-chartr');
    expectProblem(await rejection(), file, line, 'un-chartr');
  });

  test('a duplicate position id', async () => {
    let duplicate = '';
    await editYaml(
      seeds,
      ANNOTATIONS,
      (d) => {
        const [first, second] = d.statements.filter((s: any) => s.positions?.length > 0);
        duplicate = first.positions[0].id;
        second.positions[0].id = duplicate;
      },
      'statements',
    );
    const error = await rejection();
    expect(error.problems.some((p) => p.value === duplicate && p.location.file === displayed(ANNOTATIONS))).toBe(true);
  });

  test('a duplicate actor id', async () => {
    const file = 'catalog/actors.yaml';
    await editYaml(seeds, file, (d) => d.actors.push({ ...d.actors[0], name: 'Second copy' }), 'Second copy');
    const error = await rejection();
    const line = (await import('node:fs')).readFileSync(`${seeds.dir}/${file}`, 'utf8').split('\n').findIndex((l) => l.includes('Second copy'));
    expect(error.problems.some((p) => p.location.file === displayed(file) && p.location.line >= line - 3 && p.location.line <= line + 1)).toBe(true);
  });

  test('a stance outside the four', async () => {
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (firstPosition(d).stance = 'ENDORSES'), 'ENDORSES');
    expectProblem(await rejection(), ANNOTATIONS, line, 'ENDORSES');
  });

  test('a State id that is not an ISO 3166-1 alpha-3 code', async () => {
    const file = 'catalog/actors.yaml';
    const line = await editYaml(seeds, file, (d) => d.actors.push({ id: 'XQZ', kind: 'STATE', name: 'Atlantis' }), 'XQZ');
    expectProblem(await rejection(), file, line, 'XQZ');
  });

  test('a statement span whose first words are not in the document', async () => {
    const from = 'The delegate of Atlantis opened the debate';
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (d.statements[0].span.from = from), from);
    expectProblem(await rejection(), ANNOTATIONS, line, from);
  });

  test('a malformed YAML file', async () => {
    const line = await seeds.replace(ANNOTATIONS, 'statements:', 'statements: [unclosed\n  - oops: "');
    const error = await rejection();
    expect(error.problems[0]?.location.file).toBe(displayed(ANNOTATIONS));
    expect(error.problems[0]?.location.line).toBeGreaterThanOrEqual(line);
  });

  test('an unknown key, such as a misspelt field', async () => {
    const line = await editYaml(seeds, ANNOTATIONS, (d) => (firstPosition(d).stnace = 'SUPPORTS'), 'stnace');
    expectProblem(await rejection(), ANNOTATIONS, line, 'stnace');
  });

  test('every problem is reported at once, not only the first', async () => {
    await editYaml(
      seeds,
      ANNOTATIONS,
      (d) => {
        d.statements[0].actor = 'ZZZ1';
        d.statements[1].actor = 'ZZZ2';
      },
      'ZZZ2',
    );
    const values = (await rejection()).problems.map((p) => p.value);
    expect(values).toEqual(expect.arrayContaining(['ZZZ1', 'ZZZ2']));
  });
});
