import { describe, expect, test } from 'vitest';
import {
  agreement,
  commonGround,
  consensusOn,
  divergences,
  narrowScope,
  participatingStates,
} from '../../graph/analysis/index.js';
import { hangzhouInput, twoMeetingsInput } from './fixture/hangzhouFixture.js';

describe('narrowScope: scope filters apply to every analysis', () => {
  test('one meeting out of two gives the one-meeting input', () => {
    const narrowed = narrowScope(twoMeetingsInput, { meetingIds: ['hangzhou-2019'] });
    expect(narrowed).toEqual({ ...hangzhouInput, scope: { meetingIds: ['hangzhou-2019'] } });
    // Non-intervention: 0.2 over both meetings (consensusOn.test.ts), 0 at Hangzhou alone.
    expect(consensusOn(narrowed, 'non-intervention').score).toBe(0);
  });

  test('an agenda item scopes positions to it and participation to its meeting', () => {
    const topic21 = narrowScope(twoMeetingsInput, { agendaItemIds: ['hangzhou-2019.topic-2-1'] });
    expect(topic21.meetings.map((m) => m.id)).toEqual(['hangzhou-2019']);
    expect(participatingStates(topic21).map((a) => a.id)).toEqual(['ARE', 'CHN', 'IRN', 'JPN', 'THA', 'VNM']);
    // The Budapest Convention was discussed under Topic I only.
    expect(consensusOn(topic21, 'budapest-convention')).toMatchObject({ statesSpoke: 0, score: null });
    expect(divergences(topic21).map((d) => d.targetId)).toEqual(['non-intervention', 'coercion']);
  });

  test('an actor set narrows positions and participating States alike', () => {
    const pair = narrowScope(hangzhouInput, { actorIds: ['CHN', 'JPN'] });
    expect(participatingStates(pair).map((a) => a.id)).toEqual(['CHN', 'JPN']);
    // non-intervention: CHN S, JPN Q: (1 − 0 − 1) / 2 = 0, with 2 participating States.
    expect(consensusOn(pair, 'non-intervention')).toMatchObject({ participatingStates: 2, statesSpoke: 2, score: 0 });
    // Three 1–1 splits (smaller camp 1, margin 0), so target id decides.
    expect(divergences(pair).map((d) => d.targetId)).toEqual(['budapest-convention', 'coercion', 'non-intervention']);
    expect(agreement(pair).pairs.map((p) => [p.stateA, p.stateB])).toEqual([['CHN', 'JPN']]);
    // Sovereignty: only CHN and JPN count now, both support.
    expect(commonGround(pair).map((g) => [g.targetId, g.supporters])).toEqual([['sovereignty', ['CHN', 'JPN']]]);
  });

  test('narrowing twice keeps both restrictions', () => {
    const once = narrowScope(twoMeetingsInput, { meetingIds: ['hangzhou-2019'] });
    const twice = narrowScope(once, { actorIds: ['VNM', 'IRN'] });
    expect(twice.scope).toEqual({ meetingIds: ['hangzhou-2019'], actorIds: ['IRN', 'VNM'] });
    expect(new Set(twice.positions.map((p) => p.actorId))).toEqual(new Set(['IRN', 'VNM']));
    expect(twice.positions.every((p) => p.meetingId === 'hangzhou-2019')).toBe(true);
  });
});
