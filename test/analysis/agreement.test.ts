import { describe, expect, test } from 'vitest';
import { agreement } from '../../graph/analysis/index.js';
import { chanceCorrectedAgreement } from '../../graph/analysis/chanceCorrectedAgreement.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

// Net stances per State over the targets it spoke on (fixture/hangzhouFixture.ts):
//   ARE: non-intervention S, sovereignty S
//   CHN: budapest O, coercion Q, non-intervention S, sovereignty S, un-charter S
//   IRN: budapest O, friendly-relations S, zero-draft S, non-intervention Q, un-charter S
//   JPN: budapest S, coercion S, zero-draft ?, non-intervention Q, sovereignty S
//   VNM: heritage ?, zero-draft S, un-charter S
//   THA: nothing
// With counts n_a(k), n_b(k) over the N shared targets and A agreements:
//   κ = (N·A − C) / (N² − C),  C = Σ n_a(k)·n_b(k)          (Cohen 1960)
//   π = (4N·A − P) / (4N² − P), P = Σ (n_a(k) + n_b(k))²     (Scott 1955)

const pair = (stateA: string, stateB: string, options = {}) => {
  const found = agreement(hangzhouInput, options).pairs.find((p) => p.stateA === stateA && p.stateB === stateB);
  if (!found) throw new Error(`no pair ${stateA}–${stateB}`);
  return found;
};

describe('agreement', () => {
  test('compares every pair of participating States, silent ones included, in id order', () => {
    const result = agreement(hangzhouInput);
    expect(result.stateIds).toEqual(['ARE', 'CHN', 'IRN', 'JPN', 'THA', 'VNM']);
    expect(result.minSharedTargets).toBe(3);
    expect(result.pairs).toHaveLength(15); // 6 · 5 / 2
    expect(result.pairs.map((p) => `${p.stateA}-${p.stateB}:${p.sharedTargets}`)).toEqual([
      'ARE-CHN:2', 'ARE-IRN:1', 'ARE-JPN:2', 'ARE-THA:0', 'ARE-VNM:0',
      'CHN-IRN:3', 'CHN-JPN:4', 'CHN-THA:0', 'CHN-VNM:1',
      'IRN-JPN:3', 'IRN-THA:0', 'IRN-VNM:2',
      'JPN-THA:0', 'JPN-VNM:1',
      'THA-VNM:0',
    ]);
  });

  test('China and Iran: above chance', () => {
    // shared: budapest (O,O), non-intervention (S,Q), un-charter (S,S): N = 3, A = 2, p_o = 2/3
    // CHN: O1 S2; IRN: O1 Q1 S1. C = 1·1 + 2·1 = 3; κ = (3·2 − 3) / (9 − 3) = 3/6 = 0.5
    // P = (1+1)² + (2+1)² + (0+1)² = 4 + 9 + 1 = 14; π = (24 − 14) / (36 − 14) = 10/22 = 5/11 ≈ 0.454545
    const chnIrn = pair('CHN', 'IRN');
    expect(chnIrn).toMatchObject({ sharedTargetIds: ['budapest-convention', 'non-intervention', 'un-charter'], sharedTargets: 3, agreements: 2, kappa: 0.5, nullReason: null });
    expect(chnIrn.rawAgreement).toBeCloseTo(0.666667, 6);
    expect(chnIrn.pi).toBeCloseTo(0.454545, 6);
  });

  test('China and Japan: below chance', () => {
    // shared: budapest (O,S), coercion (Q,S), non-intervention (S,Q), sovereignty (S,S): N = 4, A = 1
    // CHN: S2 Q1 O1; JPN: S3 Q1. C = 2·3 + 1·1 = 7; κ = (4 − 7) / (16 − 7) = −3/9 = −1/3
    // P = (2+3)² + (1+1)² + (1+0)² = 25 + 4 + 1 = 30; π = (16 − 30) / (64 − 30) = −14/34 = −7/17 ≈ −0.411765
    const chnJpn = pair('CHN', 'JPN');
    expect(chnJpn).toMatchObject({ sharedTargets: 4, agreements: 1, rawAgreement: 0.25 });
    expect(chnJpn.kappa).toBeCloseTo(-0.333333, 6);
    expect(chnJpn.pi).toBeCloseTo(-0.411765, 6);
  });

  test('Iran and Japan: a question is a category of its own', () => {
    // shared: budapest (O,S), non-intervention (Q,Q), zero-draft (S,?): N = 3, A = 1
    // IRN: O1 Q1 S1; JPN: S1 Q1 ?1. C = Q 1·1 + S 1·1 = 2; κ = (3 − 2) / (9 − 2) = 1/7 ≈ 0.142857
    // P = O 1² + Q 2² + S 2² + ? 1² = 10; π = (12 − 10) / (36 − 10) = 2/26 = 1/13 ≈ 0.076923
    const irnJpn = pair('IRN', 'JPN');
    expect(irnJpn).toMatchObject({ sharedTargets: 3, agreements: 1 });
    expect(irnJpn.rawAgreement).toBeCloseTo(0.333333, 6);
    expect(irnJpn.kappa).toBeCloseTo(0.142857, 6);
    expect(irnJpn.pi).toBeCloseTo(0.076923, 6);
  });

  test('silence is missing data: no shared target gives nulls, never disagreement', () => {
    expect(pair('ARE', 'THA')).toMatchObject({ sharedTargets: 0, agreements: 0, rawAgreement: null, kappa: null, pi: null, nullReason: 'NO_SHARED_TARGETS' });
  });

  test('below minSharedTargets the indices are null but raw agreement stands', () => {
    // ARE–JPN: non-intervention (S,Q), sovereignty (S,S): N = 2 < 3, A = 1
    expect(pair('ARE', 'JPN')).toMatchObject({ sharedTargets: 2, rawAgreement: 0.5, kappa: null, pi: null, nullReason: 'TOO_FEW_SHARED_TARGETS' });
  });

  test('with minSharedTargets 2: total agreement on one stance has no chance-corrected value', () => {
    // ARE–CHN: non-intervention (S,S), sovereignty (S,S): C = 2·2 = 4 = N², so p_e = 1: 0/0
    expect(pair('ARE', 'CHN', { minSharedTargets: 2 })).toMatchObject({ rawAgreement: 1, kappa: null, pi: null, nullReason: 'NO_VARIATION' });
    // ARE–JPN: ARE S2; JPN S1 Q1. C = 2·1 = 2; κ = (2·1 − 2) / (4 − 2) = 0
    // P = (2+1)² + (0+1)² = 10; π = (8 − 10) / (16 − 10) = −2/6 = −1/3
    const areJpn = pair('ARE', 'JPN', { minSharedTargets: 2 });
    expect(areJpn.kappa).toBe(0);
    expect(areJpn.pi).toBeCloseTo(-0.333333, 6);
  });

  test('actorIds narrows the States compared', () => {
    const result = agreement(hangzhouInput, { actorIds: ['JPN', 'CHN', 'JPN'] });
    expect(result.stateIds).toEqual(['CHN', 'JPN']);
    expect(result.pairs.map((p) => [p.stateA, p.stateB])).toEqual([['CHN', 'JPN']]);
  });
});

describe('chanceCorrectedAgreement', () => {
  test('perfect agreement across two stances is κ = π = 1', () => {
    // (S,S), (O,O), (S,S): N = 3, A = 3; C = 2·2 + 1·1 = 5; κ = (9 − 5) / (9 − 5) = 1
    // P = 4² + 2² = 20; π = (36 − 20) / (36 − 20) = 1
    const result = chanceCorrectedAgreement([['SUPPORTS', 'SUPPORTS'], ['OPPOSES', 'OPPOSES'], ['SUPPORTS', 'SUPPORTS']], 3);
    expect(result).toEqual({ sharedTargets: 3, agreements: 3, rawAgreement: 1, kappa: 1, pi: 1, nullReason: null });
  });

  test('perfect disagreement on mirrored stances is κ = −1', () => {
    // (S,O), (O,S): N = 2, A = 0; C = 1·1 + 1·1 = 2; κ = (0 − 2) / (4 − 2) = −1
    // P = 2² + 2² = 8; π = (0 − 8) / (16 − 8) = −1
    const result = chanceCorrectedAgreement([['SUPPORTS', 'OPPOSES'], ['OPPOSES', 'SUPPORTS']], 1);
    expect(result).toMatchObject({ rawAgreement: 0, kappa: -1, pi: -1 });
  });

  test('κ and π part when the States lean differently', () => {
    // (S,S), (S,S), (S,Q), (Q,Q): N = 4, A = 3; a: S3 Q1, b: S2 Q2
    // C = 3·2 + 1·2 = 8; κ = (12 − 8) / (16 − 8) = 0.5
    // P = 5² + 3² = 34; π = (48 − 34) / (64 − 34) = 14/30 ≈ 0.466667
    const result = chanceCorrectedAgreement(
      [['SUPPORTS', 'SUPPORTS'], ['SUPPORTS', 'SUPPORTS'], ['SUPPORTS', 'QUALIFIES'], ['QUALIFIES', 'QUALIFIES']],
      3,
    );
    expect(result.kappa).toBe(0.5);
    expect(result.pi).toBeCloseTo(0.466667, 6);
  });
});
