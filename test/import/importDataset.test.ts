import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, type GraphCounts } from '../../graph/index.js';
import { countsOfBundle } from '../../graph/store/countRelationships.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { runCli } from '../support/runCli.js';
import { copySeeds, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';
import { CITATIONS, CITATIONS_MAPPING, MATRIX, MATRIX_MAPPING, codedCellsOfMatrix, codedRowsOfCitations } from './datasetFixtures.js';

/**
 * A MADE-UP wide matrix (40 States and 3 groups x 30 questions) and a MADE-UP long citation table
 * each come in with one `npm run import` command, on the embedded store; the analyses then answer
 * over every State the dataset codes.
 */
let seeds: TempSeeds;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let baseline: GraphCounts;
const importCli = (file: string, mapping: string) =>
  runCli(['import', file, '--mapping', mapping, '--seeds', seeds.dir], { DATA_DIR: data.dir });

beforeAll(async () => {
  seeds = await copySeeds();
  data = await tempDataDir();
  const bundle = await loadSeeds({ seedsDir: seeds.dir });
  baseline = countsOfBundle(bundle);
});
afterAll(async () => {
  await seeds.remove();
  await data.remove();
});

describe('importing coded datasets', () => {
  test('the wide matrix imports in one command: one position per non-Silent cell', async () => {
    const result = await importCli(MATRIX, MATRIX_MAPPING);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { coded, rows, questions } = codedCellsOfMatrix();
    expect([rows, questions]).toEqual([43, 30]);
    const bundle = await loadSeeds({ seedsDir: seeds.dir });
    const imported = bundle.positions.filter((p) => p.provenance.method === 'IMPORTED');
    expect(imported).toHaveLength(coded);
    expect(bundle.positions.length).toBe(baseline.positions + coded);
    // One statement per coded actor, one SECONDARY document, 29 new questions (Q02 is the catalog's).
    expect(bundle.documents.find((d) => d.id === 'made-up-matrix')?.reliability).toBe('SECONDARY');
    expect(bundle.questions.length).toBe(baseline.questions + 29);
    expect(imported.every((p) => !p.evidence.located && p.evidence.quote === '' && p.evidence.citation !== null)).toBe(true);
    const eu = bundle.actors.find((a) => a.name === 'African Union');
    expect(eu?.kind).toBe('ORGANIZATION');
  });

  test('the long citation table imports in one command; its real quote is located, the made-up ones are not', async () => {
    const result = await importCli(CITATIONS, CITATIONS_MAPPING);
    expect(result.code).toBe(0);
    const bundle = await loadSeeds({ seedsDir: seeds.dir });
    const imported = bundle.positions.filter((p) => p.provenance.method === 'IMPORTED' && p.provenance.dataset === 'made-up-citations');
    expect(imported).toHaveLength(codedRowsOfCitations());
    const located = imported.filter((p) => p.evidence.located);
    expect(located.map((p) => [p.actorId, p.targetId, p.evidence.documentId])).toEqual([['CHN', 'coercion-required', 'hangzhou-2019']]);
    const report = bundle.documents.find((d) => d.id === 'hangzhou-2019')!;
    const points = Array.from(report.text);
    expect(points.slice(located[0]!.evidence.start, located[0]!.evidence.end).join('')).toBe(located[0]!.evidence.quote);
    const quoted = imported.filter((p) => !p.evidence.located && p.evidence.quote !== '');
    expect(quoted.length).toBeGreaterThan(0);
    for (const p of quoted) {
      expect(p.evidence.quote).toMatch(/^\[MADE-UP QUOTE/);
      expect(p.evidence.sourceUrl).toMatch(/^https:\/\/example\.org\/made-up\//);
    }
  });

  test('a second import of each changes nothing', async () => {
    const before = await loadSeeds({ seedsDir: seeds.dir });
    for (const [file, mapping] of [[MATRIX, MATRIX_MAPPING], [CITATIONS, CITATIONS_MAPPING]] as const) {
      const result = await importCli(file, mapping);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Unchanged:');
      expect(result.stdout).toContain('nothing written');
    }
    expect((await loadSeeds({ seedsDir: seeds.dir })).fingerprint).toBe(before.fingerprint);
  });
});

describe('analyses over the imported matrix (embedded store)', () => {
  let server: RunningServer;
  let store: ReturnType<typeof createSqliteStore>;
  beforeAll(async () => {
    store = createSqliteStore({ dataDir: data.dir });
    server = await startServer({ store, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  test('agreement and blocs answer over all 40 States of the dataset', async () => {
    const { data: answer, errors } = await postGraphQL(
      server.url,
      `{ agreement(scope: { meetingIds: ["made-up-matrix"] }) { states { id } pairs { stateA { id } sharedTargets kappa } }
         blocs(scope: { meetingIds: ["made-up-matrix"] }) { blocs { states { id } } unplacedStates { id } modularity } }`,
    );
    expect(errors).toBeUndefined();
    expect(answer.agreement.states).toHaveLength(40);
    expect(answer.agreement.pairs).toHaveLength((40 * 39) / 2);
    const placed = answer.blocs.blocs.flatMap((b: any) => b.states.map((s: any) => s.id));
    expect(placed.length + answer.blocs.unplacedStates.length).toBe(40);
    expect(answer.blocs.modularity).toBeGreaterThan(0);
  });

  test('imported evidence shows as unlocated in GraphQL, with the provenance of its cell', async () => {
    const { data: answer } = await postGraphQL(
      server.url,
      `{ positions(first: 1, filter: { meetingIds: ["made-up-matrix"] }) { edges { node {
          evidence { located quote citation document { id reliability citation } }
          provenance { method dataset row column coder } } } } }`,
    );
    const node = answer.positions.edges[0].node;
    expect(node.evidence).toMatchObject({ located: false, quote: '', document: { id: 'made-up-matrix', reliability: 'SECONDARY' } });
    expect(node.evidence.citation).toContain('MADE-UP test matrix');
    expect(node.provenance).toMatchObject({ method: 'IMPORTED', dataset: 'made-up-matrix', coder: 'Fixture Coder' });
    expect(node.provenance.row).toBeGreaterThanOrEqual(2);
    expect(node.provenance.column).toMatch(/^Q\d\d /);
  });
});

