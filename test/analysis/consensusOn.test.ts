import { describe, expect, test } from 'vitest';
import { consensusOn } from '../../graph/analysis/index.js';
import { hangzhouInput, twoMeetingsInput } from './fixture/hangzhouFixture.js';

// Expected values are worked out by hand from the stance table in fixture/hangzhouFixture.ts.
// score = (supporting − opposing − qualifying) / statesSpoke, each State once, by net stance.

const sideActors = (targetId: string, input = hangzhouInput) =>
  Object.fromEntries(consensusOn(input, targetId).sides.map((side) => [side.stance, side.actors.map((a) => a.actorId)]));

describe('consensusOn', () => {
  test('non-intervention: Iran holds SUPPORTS and QUALIFIES, sits on both sides and counts once, as qualifying', () => {
    const consensus = consensusOn(hangzhouInput, 'non-intervention');
    expect(sideActors('non-intervention')).toEqual({
      SUPPORTS: ['ARE', 'CHN', 'IRN'],
      OPPOSES: [],
      QUALIFIES: ['IRN', 'JPN'],
      QUERIES: [],
    });
    const iran = consensus.sides[0]!.actors.find((a) => a.actorId === 'IRN')!;
    expect(iran.netStance).toBe('QUALIFIES');
    expect(iran.evidence.map((c) => c.positionId)).toEqual(['fx.t21.irn.non-intervention.1']);
    // 6 participating States (ARE CHN IRN JPN THA VNM); 4 spoke; S = {ARE, CHN}, Q = {IRN, JPN}.
    // (2 − 0 − 2) / 4 = 0
    expect(consensus).toMatchObject({
      participatingStates: 6,
      statesSpoke: 4,
      supporting: 2,
      opposing: 0,
      qualifying: 2,
      queryingOnly: 0,
      score: 0,
      scoreNullReason: null,
      divergent: true,
    });
    expect(consensus.divergence).toMatchObject({ supporting: ['ARE', 'CHN'], opposing: [], qualifying: ['IRN', 'JPN'], smallerCamp: 2, margin: 0 });
  });

  test('the Budapest Convention: one State praises it, two criticise it', () => {
    // S = {JPN}, O = {CHN, IRN}: (1 − 2 − 0) / 3 = −1/3 ≈ −0.333333
    const consensus = consensusOn(hangzhouInput, 'budapest-convention');
    expect(consensus.score).toBeCloseTo(-0.333333, 6);
    expect(consensus.divergence).toMatchObject({ supporting: ['JPN'], opposing: ['CHN', 'IRN'], qualifying: [], smallerCamp: 1, margin: 1 });
  });

  test('a question counts in the denominator and nowhere else', () => {
    // zero draft: S = {IRN, VNM}, JPN only QUERIES: (2 − 0 − 0) / 3 = 2/3 ≈ 0.666667
    const consensus = consensusOn(hangzhouInput, 'hangzhou-2019.zero-draft');
    expect(consensus).toMatchObject({ statesSpoke: 3, supporting: 2, queryingOnly: 1, divergent: false, divergence: null });
    expect(consensus.score).toBeCloseTo(0.666667, 6);
    // common heritage: VNM only QUERIES: (0 − 0 − 0) / 1 = 0
    expect(consensusOn(hangzhouInput, 'common-heritage-of-mankind')).toMatchObject({ statesSpoke: 1, score: 0, divergent: false });
  });

  test('unanimous support scores 1', () => {
    // sovereignty: ARE, CHN, JPN all SUPPORTS: 3 / 3 = 1
    expect(consensusOn(hangzhouInput, 'sovereignty')).toMatchObject({ statesSpoke: 3, supporting: 3, score: 1, divergent: false });
  });

  test('an observer organisation is shown on its side but scores nothing', () => {
    const consensus = consensusOn(hangzhouInput, 'ihl');
    expect(consensus.sides[0]!.actors).toMatchObject([{ actorId: 'icrc', actorKind: 'ORGANIZATION', isParticipatingState: false }]);
    expect(consensus).toMatchObject({ statesSpoke: 0, score: null, scoreNullReason: 'NO_STATE_SPOKE' });
  });

  test('a known target nobody spoke on answers with empty sides', () => {
    const consensus = consensusOn(hangzhouInput, 'due-diligence');
    expect(consensus.sides.map((side) => side.actors.length)).toEqual([0, 0, 0, 0]);
    expect(consensus).toMatchObject({ participatingStates: 6, statesSpoke: 0, score: null, scoreNullReason: 'NO_STATE_SPOKE', divergent: false });
  });

  test('evidence cites document, agenda item and code-point offsets', () => {
    const [citation] = consensusOn(hangzhouInput, 'coercion').sides[0]!.actors[0]!.evidence;
    expect(citation).toMatchObject({
      positionId: 'fx.t21.jpn.coercion',
      actorId: 'JPN',
      stance: 'SUPPORTS',
      quote: 'it is essential that the element of coercion is strongly made out',
      documentId: 'fixture-hangzhou-2019',
      documentTitle: 'Fixture report of the Fourth Meeting of the Open-ended Working Group (invented)',
      agendaItemId: 'hangzhou-2019.topic-2-1',
      agendaItemLabel: 'Topic II.1',
    });
    expect(citation!.end - citation!.start).toBe(Array.from(citation!.quote).length);
  });

  test('over both meetings each State still counts once', () => {
    // + VNM SUPPORTS non-intervention at the follow-up: S = {ARE, CHN, VNM}, Q = {IRN, JPN}:
    // (3 − 0 − 2) / 5 = 0.2; KOR takes part there, so 7 participating States.
    expect(consensusOn(twoMeetingsInput, 'non-intervention')).toMatchObject({ participatingStates: 7, statesSpoke: 5, score: 0.2 });
    expect(consensusOn(twoMeetingsInput, 'non-intervention').divergence).toMatchObject({ smallerCamp: 2, margin: 1 });
    // JPN supports the Budapest Convention at both meetings: two citations, one vote. (1 − 2) / 3.
    const budapest = consensusOn(twoMeetingsInput, 'budapest-convention');
    expect(budapest.score).toBeCloseTo(-0.333333, 6);
    expect(budapest.sides[0]!.actors[0]!.evidence.map((c) => c.positionId)).toEqual(['fx.t1.jpn.budapest', 'fx2.jpn.budapest']);
  });
});
