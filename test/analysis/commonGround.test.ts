import { describe, expect, test } from 'vitest';
import { commonGround } from '../../graph/analysis/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

describe('commonGround', () => {
  test('targets supported by at least two States and opposed or qualified by none, most supported first', () => {
    // sovereignty 3 (ARE CHN JPN), un-charter 3 (CHN IRN VNM): tie broken by id; zero draft 2 (IRN VNM).
    // Not: non-intervention (IRN, JPN qualify), coercion (CHN qualifies), budapest (CHN, IRN oppose),
    // friendly relations (1 supporter), ihl (no State supports), heritage (a question only).
    expect(commonGround(hangzhouInput).map((g) => [g.targetId, g.supporters, g.queriedBy])).toEqual([
      ['sovereignty', ['ARE', 'CHN', 'JPN'], []],
      ['un-charter', ['CHN', 'IRN', 'VNM'], []],
      ['hangzhou-2019.zero-draft', ['IRN', 'VNM'], ['JPN']],
    ]);
  });

  test('minSupporters moves the bar', () => {
    expect(commonGround(hangzhouInput, { minSupporters: 1 }).map((g) => g.targetId)).toEqual([
      'sovereignty',
      'un-charter',
      'hangzhou-2019.zero-draft',
      'friendly-relations-declaration',
    ]);
    expect(commonGround(hangzhouInput, { minSupporters: 3 }).map((g) => g.targetId)).toEqual(['sovereignty', 'un-charter']);
    expect(commonGround(hangzhouInput, { minSupporters: 4 })).toEqual([]);
  });
});
