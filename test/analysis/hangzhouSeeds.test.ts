import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  agreement,
  blocs,
  commonGround,
  consensusOn,
  divergences,
  loadAnalysisInput,
  renderZeroDraftMarkdown,
  verifyZeroDraft,
  zeroDraft,
  type AnalysisInput,
} from '../../graph/analysis/index.js';
import { loadSeeds, type GraphBundle } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { SEEDS_DIR, tempDataDir } from '../support/tempSeeds.js';
import { recordingMemoryStore } from './fixture/recordingMemoryStore.js';

// The curated Hangzhou seeds, through the embedded store: the analyses on real data. Only facts the
// report states plainly are asserted (Japan praises the Budapest Convention, China criticises it);
// the rest are invariants that must hold whatever the curators code.

let bundle: GraphBundle;
let input: AnalysisInput;
let close: () => Promise<void>;
beforeAll(async () => {
  bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
  const data = await tempDataDir();
  const store = createSqliteStore({ dataDir: data.dir });
  await store.replaceGraph(bundle);
  input = await loadAnalysisInput(store, {});
  close = async () => (await store.close(), await data.remove());
});
afterAll(async () => {
  await close();
});

describe('the analyses on the Hangzhou seeds', () => {
  test('the embedded store and an in-memory reading of the same bundle give the same input', async () => {
    expect(await loadAnalysisInput(recordingMemoryStore(bundle), {})).toEqual(input);
  });

  test('the Budapest Convention divides Japan from China', () => {
    const budapest = divergences(input).find((d) => d.targetId === 'budapest-convention');
    expect(budapest?.supporting).toContain('JPN');
    expect(budapest?.opposing).toContain('CHN');
    const consensus = consensusOn(input, 'budapest-convention');
    expect(consensus.score).not.toBeNull();
    expect(consensus.score!).toBeLessThan(1);
  });

  test('every QUALIFIES position of the curated seeds says which reservation it is', () => {
    const uncoded = bundle.positions.filter((p) => p.stance === 'QUALIFIES' && p.reservation == null).map((p) => p.id);
    expect(uncoded).toEqual([]);
  });

  test("State sovereignty is a candidate with Japan's case-by-case reservation; coercion and Budapest stay divergent", () => {
    const sovereignty = zeroDraft(input).principles.find((p) => p.targetId === 'sovereignty');
    expect(sovereignty?.tier).toBe('AGREED_WITH_RESERVATIONS');
    expect(sovereignty?.reservations.map((v) => [v.actorId, v.citations.map((c) => c.positionId)])).toEqual([
      ['JPN', ['hangzhou-2019.t2-1.jpn.sovereignty-case-by-case']],
    ]);
    const divided = divergences(input).map((d) => d.targetId);
    expect(divided).toEqual(expect.arrayContaining(['coercion-required', 'budapest-convention']));
    expect(divided).not.toContain('sovereignty');
  });

  test('common ground is never divergent, and every candidate principle verifies', () => {
    const divergent = new Set(divergences(input).map((d) => d.targetId));
    for (const ground of commonGround(input, { minSupporters: 1 })) expect(divergent.has(ground.targetId)).toBe(false);
    const draft = zeroDraft(input);
    expect(draft.principles.length).toBeGreaterThan(0);
    expect(verifyZeroDraft(draft, input)).toEqual([]);
    expect(renderZeroDraftMarkdown(draft)).toContain('## Points of divergence');
  });

  test('agreement indices stay in range and are null with a reason, never NaN', () => {
    for (const pair of agreement(input, { minSharedTargets: 1 }).pairs) {
      for (const value of [pair.rawAgreement, pair.kappa, pair.pi]) {
        if (value !== null) {
          expect(Number.isNaN(value)).toBe(false);
          expect(value).toBeGreaterThanOrEqual(-1);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
      expect(pair.kappa === null).toBe(pair.nullReason !== null);
    }
  });

  test('blocs are reproducible and place every State that spoke', () => {
    const result = blocs(input);
    expect(blocs(input)).toEqual(result);
    const placed = result.blocs.flatMap((b) => b.stateIds).sort();
    expect([...placed, ...result.unplacedStateIds].sort()).toEqual(agreement(input).stateIds);
  });
});
