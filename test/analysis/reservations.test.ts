import { describe, expect, test } from 'vitest';
import {
  commonGround,
  consensusOn,
  divergences,
  renderZeroDraftMarkdown,
  verifyZeroDraft,
  zeroDraft,
  type AnalysisInput,
  type ZeroDraft,
} from '../../graph/analysis/index.js';
import type { Position, ReservationKind } from '../../graph/model/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

// The fixture recoded: Japan's sovereignty quote and China's coercion quote become reservations
// of a chosen kind (their words stay verbatim, only the coding changes), so one input exercises
// the three tiers: agreed, agreed with reservations, divergent.
function recoded(changes: Record<string, ReservationKind | null>): AnalysisInput {
  return {
    ...hangzhouInput,
    positions: hangzhouInput.positions.map((p): Position =>
      p.id in changes ? { ...p, stance: 'QUALIFIES', reservation: changes[p.id] ?? null } : p,
    ),
  };
}

const japanReserves = recoded({ 'fx.t21.jpn.sovereignty': 'CONDITIONAL_ACCEPTANCE' });

describe('reservations: conditional acceptance is not objection', () => {
  test('a conditional acceptance leaves a target agreed with reservations, naming the reserving State', () => {
    const consensus = consensusOn(japanReserves, 'sovereignty');
    expect(consensus).toMatchObject({ tier: 'AGREED_WITH_RESERVATIONS', supporting: 2, qualifying: 1, reserving: 1, contesting: 0 });
    expect(consensus.divergent).toBe(false);
    const japan = consensus.sides.find((side) => side.stance === 'QUALIFIES')!.actors[0]!;
    expect([japan.actorId, japan.netReservation]).toEqual(['JPN', 'CONDITIONAL_ACCEPTANCE']);
  });

  test('the same words coded as contestation make the target divergent', () => {
    const contested = recoded({ 'fx.t21.jpn.sovereignty': 'CONTESTATION' });
    expect(consensusOn(contested, 'sovereignty')).toMatchObject({ tier: 'DIVERGENT', contesting: 1, reserving: 0 });
    expect(divergences(contested).find((d) => d.targetId === 'sovereignty')).toMatchObject({
      supporting: ['ARE', 'CHN'],
      contesting: ['JPN'],
      qualifying: ['JPN'],
      reserving: [],
      smallerCamp: 1,
    });
  });

  test('an uncoded QUALIFIES counts as contestation', () => {
    expect(consensusOn(recoded({ 'fx.t21.jpn.sovereignty': null }), 'sovereignty').tier).toBe('DIVERGENT');
  });

  test('common ground lists agreed targets first, then those agreed with reservations', () => {
    expect(commonGround(japanReserves).map((g) => [g.targetId, g.tier, g.supporters, g.reservedBy])).toEqual([
      ['un-charter', 'AGREED', ['CHN', 'IRN', 'VNM'], []],
      ['hangzhou-2019.zero-draft', 'AGREED', ['IRN', 'VNM'], []],
      ['sovereignty', 'AGREED_WITH_RESERVATIONS', ['ARE', 'CHN'], ['JPN']],
    ]);
  });

  test('a reserving State is in neither camp of a divergence', () => {
    // China's "unsettled" recoded as a conditional acceptance: Japan's support alone, no dissent.
    const input = recoded({ 'fx.t21.chn.coercion': 'CONDITIONAL_ACCEPTANCE' });
    expect(divergences(input).map((d) => d.targetId)).not.toContain('coercion');
    expect(consensusOn(input, 'coercion').tier).toBe('AGREED_WITH_RESERVATIONS');
    // One contestation beside a conditional acceptance still withholds agreement.
    expect(consensusOn(hangzhouInput, 'coercion').tier).toBe('DIVERGENT');
  });

  test('the zero draft brackets each reservation as a drafting note with the State and its words', () => {
    const draft = zeroDraft(japanReserves);
    const sovereignty = draft.principles.find((p) => p.targetId === 'sovereignty')!;
    expect(sovereignty.tier).toBe('AGREED_WITH_RESERVATIONS');
    expect(sovereignty.reservations.map((v) => [v.actorId, v.citations.map((c) => [c.quote, c.reservation])])).toEqual([
      ['JPN', [['Such an action constitutes infringement of territorial sovereignty', 'CONDITIONAL_ACCEPTANCE']]],
    ]);
    const markdown = renderZeroDraftMarkdown(draft);
    expect(markdown).toContain('Agreed with reservations: accepted on stated conditions by Japan (JPN).');
    expect(markdown).toContain('\\[Drafting note: Japan (JPN) accepts with a reservation: “Such an action constitutes infringement of territorial sovereignty”');
  });

  test('verifyZeroDraft rejects a candidate that hides a reservation', () => {
    const draft = zeroDraft(japanReserves);
    const i = draft.principles.findIndex((p) => p.targetId === 'sovereignty');
    const forged: ZeroDraft = {
      ...draft,
      principles: draft.principles.map((p, j) => (j === i ? { ...p, tier: 'AGREED', reservations: [] } : p)),
    };
    expect(verifyZeroDraft(forged, japanReserves).map((p) => [p.code, p.path])).toEqual([
      ['RESERVATION_NOT_NOTED', `principles[${i}]`],
    ]);
  });
});
