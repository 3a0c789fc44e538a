import { describe, expect, test } from 'vitest';
import { blocs } from '../../graph/analysis/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

// Edge weight w = max(0, A − D) over the pair's shared targets (see agreement.test.ts for N, A):
//   ARE–CHN N2 A2 → 2     ARE–IRN N1 A0 → 0    ARE–JPN N2 A1 → 0    ARE–VNM N0 → 0
//   CHN–IRN N3 A2 → 1     CHN–JPN N4 A1 → 0    CHN–VNM N1 A1 → 1
//   IRN–JPN N3 A1 → 0     IRN–VNM N2 A2 → 2    JPN–VNM N1 A0 → 0
// m = 6; degrees ARE 2, CHN 4, IRN 3, VNM 3, JPN 0; Q = Σ_c [L_c/m − (d_c/2m)²]:
//   {ARE,CHN} {IRN,VNM} {JPN}: (2/6 − (6/12)²) + (2/6 − (6/12)²) + 0 = 2/3 − 1/2 = 1/6 ≈ 0.166667
//   {ARE,CHN,IRN,VNM} {JPN}: 6/6 − (12/12)² = 0;  {ARE,CHN,VNM} {IRN}: 3/6 − (9/12)² − (3/12)² < 0;
//   {CHN,IRN,VNM} {ARE}: 4/6 − (10/12)² − (2/12)² < 0; … 1/6 is the best (JPN, with no edge, alone).

describe('blocs', () => {
  test('groups States by net agreement, with the modularity of the partition', () => {
    const result = blocs(hangzhouInput);
    expect(result.edges).toEqual([
      { stateA: 'ARE', stateB: 'CHN', weight: 2 },
      { stateA: 'CHN', stateB: 'IRN', weight: 1 },
      { stateA: 'CHN', stateB: 'VNM', weight: 1 },
      { stateA: 'IRN', stateB: 'VNM', weight: 2 },
    ]);
    expect(result.blocs).toEqual([
      { id: 1, stateIds: ['ARE', 'CHN'] },
      { id: 2, stateIds: ['IRN', 'VNM'] },
      { id: 3, stateIds: ['JPN'] },
    ]);
    expect(result.modularity).toBeCloseTo(0.166667, 6);
    expect(result.unplacedStateIds).toEqual(['THA']);
  });

  test('is deterministic: same seed, same answer; every seed finds the optimum here', () => {
    expect(blocs(hangzhouInput)).toEqual(blocs(hangzhouInput));
    for (const seed of [0, 1, 7, 123456]) {
      expect(blocs(hangzhouInput, { seed, restarts: 1 }).blocs).toEqual(blocs(hangzhouInput).blocs);
    }
  });

  test('says honestly when the data are thin', () => {
    // 5 placed States, 10 pairs, shared targets 0,1,1,1,2,2,2,3,3,4: median (2 + 2) / 2 = 2;
    // one pair (ARE–VNM) shares none; THA took no position; Q = 1/6 < 0.3.
    const result = blocs(hangzhouInput);
    expect(result.dataQuality).toEqual({ statesPlaced: 5, statesUnplaced: 1, pairs: 10, pairsSharingNoTarget: 1, medianSharedTargets: 2 });
    expect(result.caveats).toEqual(['UNPLACED_STATES', 'WEAK_STRUCTURE', 'FEW_SHARED_TARGETS', 'PAIRS_WITHOUT_SHARED_TARGETS']);
    expect(result.caveat).toMatch(/^Read with care: /);
  });

  test('with no edge every State stands alone and modularity is null', () => {
    // ARE–JPN: A1 D1 → w 0; ARE–IRN: A0 D1 → 0.
    const result = blocs(hangzhouInput, { actorIds: ['ARE', 'IRN', 'JPN'] });
    expect(result.edges).toEqual([]);
    expect(result.blocs).toEqual([{ id: 1, stateIds: ['ARE'] }, { id: 2, stateIds: ['IRN'] }, { id: 3, stateIds: ['JPN'] }]);
    expect(result.modularity).toBeNull();
    expect(result.caveats).toContain('NO_EDGES');
  });
});
