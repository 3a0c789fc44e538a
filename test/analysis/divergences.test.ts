import { describe, expect, test } from 'vitest';
import { divergences } from '../../graph/analysis/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

describe('divergences', () => {
  test('lists every target States conflict on, most divided first', () => {
    // non-intervention: S {ARE, CHN} vs Q {IRN, JPN}: smaller camp 2, margin 0
    // coercion:         S {JPN} vs Q {CHN}:            smaller camp 1, margin 0
    // budapest:         S {JPN} vs O {CHN, IRN}:       smaller camp 1, margin 1
    // Not divergent: sovereignty, un-charter (all S), zero draft (S and a question),
    // common heritage (a question), ihl (no State), friendly relations (one S).
    expect(divergences(hangzhouInput).map((d) => [d.targetId, d.smallerCamp, d.margin])).toEqual([
      ['non-intervention', 2, 0],
      ['coercion', 1, 0],
      ['budapest-convention', 1, 1],
    ]);
  });

  test('names the conflicting sides', () => {
    expect(divergences(hangzhouInput)[1]).toEqual({
      targetId: 'coercion',
      targetName: 'Coercion',
      targetKind: 'PRINCIPLE',
      supporting: ['JPN'],
      opposing: [],
      qualifying: ['CHN'],
      contesting: ['CHN'],
      reserving: [],
      smallerCamp: 1,
      margin: 0,
    });
  });
});
