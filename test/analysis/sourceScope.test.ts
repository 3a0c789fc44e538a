import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  agreement,
  consensusOn,
  InvalidArgumentError,
  loadAnalysisInput,
  narrowScope,
  renderZeroDraft,
  scopeKeyOf,
  syncSeeds,
  zeroDraft,
  type AnalysisInput,
  type AnalysisScope,
  type GraphStore,
} from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { codedRowsOfCitations, seedsWithCitationsDataset } from '../import/datasetFixtures.js';
import { tempDataDir, type TempSeeds } from '../support/tempSeeds.js';

/**
 * Analyses scoped by source: the Hangzhou report (OFFICIAL_RECORD) and the MADE-UP citation table
 * imported as a dataset (SECONDARY), in the embedded store. Neo4j answers the same GraphQL queries
 * identically in the store contract (test/contract/operations.ts, DATASET_OPERATIONS).
 */
const DATASET = 'made-up-citations';
const validateZeroDraft = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemas/zero-draft.v1.schema.json'), 'utf8')),
);

describe('analysis scope by source tier and by dataset', () => {
  let seeds: TempSeeds;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let store: GraphStore;
  let all: AnalysisInput;
  const sourceOf = (input: AnalysisInput, positionId: string) => {
    const position = input.positions.find((p) => p.id === positionId)!;
    return input.statements.find((s) => s.id === position.statementId)!.documentId;
  };

  beforeAll(async () => {
    seeds = await seedsWithCitationsDataset();
    data = await tempDataDir();
    store = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store, seedsDir: seeds.dir });
    all = await loadAnalysisInput(store, {});
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await data?.remove();
    await seeds?.remove();
  });

  test('a tier keeps the positions recorded in sources of that tier, a dataset cell located in the report included', async () => {
    const secondary = await loadAnalysisInput(store, { sourceTiers: ['SECONDARY'] });
    const official = await loadAnalysisInput(store, { sourceTiers: ['OFFICIAL_RECORD'] });
    expect(secondary.positions).toHaveLength(codedRowsOfCitations());
    expect(new Set(secondary.positions.map((p) => sourceOf(secondary, p.id)))).toEqual(new Set([DATASET]));
    // The one real quote of the table is located in the Hangzhou report, yet it is the dataset's coding.
    expect(secondary.positions.some((p) => p.evidence.documentId === 'hangzhou-2019')).toBe(true);
    expect(new Set(official.positions.map((p) => sourceOf(official, p.id)))).toEqual(new Set(['hangzhou-2019']));
    expect(secondary.positions.length + official.positions.length).toBe(all.positions.length);
    // A tier is no property of who took part: participating States stay those of every meeting.
    expect(secondary.meetings).toEqual(all.meetings);
  });

  test('a dataset keeps its own positions and narrows the meetings to the one it codes', async () => {
    const dataset = await loadAnalysisInput(store, { sourceDocumentIds: [DATASET] });
    expect(dataset.positions.map((p) => p.id)).toEqual((await loadAnalysisInput(store, { sourceTiers: ['SECONDARY'] })).positions.map((p) => p.id));
    expect(dataset.meetings.map((m) => m.id)).toEqual([DATASET]);
    expect(dataset.participations.every((p) => p.meetingId === DATASET && p.status === 'CODED')).toBe(true);
  });

  test('consensus and agreement change when scoped to one tier or one dataset', async () => {
    const scoped = [
      await loadAnalysisInput(store, { sourceTiers: ['SECONDARY'] }),
      await loadAnalysisInput(store, { sourceTiers: ['OFFICIAL_RECORD'] }),
      await loadAnalysisInput(store, { sourceDocumentIds: [DATASET] }),
    ];
    const whole = consensusOn(all, 'coercion-required');
    for (const input of scoped) {
      const consensus = consensusOn(input, 'coercion-required');
      expect([consensus.score, consensus.statesSpoke]).not.toEqual([whole.score, whole.statesSpoke]);
      expect(agreement(input, {}).pairs.map((p) => [p.stateA, p.stateB, p.sharedTargets, p.agreements])).not.toEqual(
        agreement(all, {}).pairs.map((p) => [p.stateA, p.stateB, p.sharedTargets, p.agreements]),
      );
    }
  });

  test('the zero draft names the tiers it drew on, within the scope', async () => {
    expect(zeroDraft(all).tiers).toEqual(['OFFICIAL_RECORD', 'SECONDARY']);
    const secondary = await loadAnalysisInput(store, { sourceTiers: ['SECONDARY'] });
    expect(zeroDraft(secondary).tiers).toEqual(['SECONDARY']);
    expect(zeroDraft(secondary).scope).toEqual({ sourceTiers: ['SECONDARY'] });
    expect(renderZeroDraft(zeroDraft(secondary), 'MARKDOWN')).toContain(
      'Source tiers: SECONDARY. The scope admits only positions from sources of tier SECONDARY.',
    );
    expect(renderZeroDraft(zeroDraft(secondary), 'MARKDOWN')).toContain(
      `Positions drawn on: ${codedRowsOfCitations()} (0 curated, ${codedRowsOfCitations()} imported from research datasets;`,
    );
    const dataset = await loadAnalysisInput(store, { sourceDocumentIds: [DATASET] });
    expect(renderZeroDraft(zeroDraft(dataset), 'MARKDOWN')).toContain(`Source tiers: SECONDARY. The scope admits only positions recorded in \`${DATASET}\`.`);
    // The JSON form, scope and imported count included, still validates against schema v1.
    for (const input of [secondary, dataset]) {
      const json = JSON.parse(renderZeroDraft(zeroDraft(input, { minSupporters: 1 }), 'JSON'));
      expect(validateZeroDraft(json) ? [] : validateZeroDraft.errors).toEqual([]);
      expect(json.basis.imported).toBe(input.positions.length);
    }
  });

  test.each<AnalysisScope>([
    { sourceTiers: ['SECONDARY'] },
    { sourceTiers: ['OFFICIAL_RECORD'], actorIds: ['CHN', 'JPN'] },
    { sourceDocumentIds: [DATASET] },
    { sourceDocumentIds: ['hangzhou-2019', DATASET], sourceTiers: ['SECONDARY'] },
  ])('narrowScope selects what the store selects: %j', async (scope) => {
    expect(narrowScope(all, scope)).toEqual(await loadAnalysisInput(store, scope));
  });

  test('an unknown dataset, a tier outside the vocabulary and a dataset of a meeting left out are errors on that argument', async () => {
    const rejection = (scope: AnalysisScope) => loadAnalysisInput(store, scope, { argumentPrefix: 'scope.' }).then(() => null, (error: unknown) => error);
    const unknown = await rejection({ sourceDocumentIds: ['made-up-citatoins'] });
    expect(unknown).toBeInstanceOf(InvalidArgumentError);
    expect(unknown).toMatchObject({
      argument: 'scope.sourceDocumentIds',
      message: 'scope.sourceDocumentIds: unknown document or dataset "made-up-citatoins". Did you mean "made-up-citations"?',
    });
    const tier = await rejection({ sourceTiers: ['SECONDRY' as 'SECONDARY'] });
    expect(tier).toBeInstanceOf(InvalidArgumentError);
    expect(tier).toMatchObject({ argument: 'scope.sourceTiers', message: expect.stringContaining('"SECONDARY"') });
    const outside = await rejection({ meetingIds: ['aalco-owg-cyber-4'], sourceDocumentIds: [DATASET] });
    expect(outside).toBeInstanceOf(InvalidArgumentError);
    expect(outside).toMatchObject({ argument: 'scope.sourceDocumentIds' });
  });

  test('the cache key holds the source fields, one spelling per scope', () => {
    expect(scopeKeyOf({ sourceTiers: ['SECONDARY', 'OFFICIAL_RECORD'], sourceDocumentIds: ['b', 'a', 'b'] })).toBe(
      scopeKeyOf({ sourceDocumentIds: ['a', 'b'], sourceTiers: ['OFFICIAL_RECORD', 'SECONDARY'], actorIds: [] }),
    );
    expect(scopeKeyOf({ sourceTiers: ['SECONDARY'] })).not.toBe(scopeKeyOf({ sourceTiers: ['OFFICIAL_RECORD'] }));
    expect(scopeKeyOf({ sourceDocumentIds: [DATASET] })).not.toBe(scopeKeyOf({}));
  });
});
