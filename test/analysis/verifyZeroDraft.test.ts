import { describe, expect, test } from 'vitest';
import { verifyZeroDraft, zeroDraft, type DraftPrinciple, type ZeroDraft } from '../../graph/analysis/index.js';
import { hangzhouInput } from './fixture/hangzhouFixture.js';

// Each case forges one claim the graph does not hold and expects the checker to name it.
const draft = zeroDraft(hangzhouInput);
const codesOf = (forged: ZeroDraft) => verifyZeroDraft(forged, hangzhouInput).map((p) => [p.code, p.path]);
const withPrinciple = (index: number, change: (p: DraftPrinciple) => DraftPrinciple): ZeroDraft => ({
  ...draft,
  principles: draft.principles.map((p, i) => (i === index ? change(p) : p)),
});

describe('verifyZeroDraft', () => {
  test('accepts the draft zeroDraft builds', () => {
    expect(verifyZeroDraft(draft, hangzhouInput)).toEqual([]);
  });

  test('rejects a supporter without a SUPPORTS position, even with a real quote', () => {
    // China never spoke on the zero draft; cite its (real) sovereignty quote under it.
    const chinaQuote = draft.principles[0]!.supporters[1]!.citations[0]!;
    const forged = withPrinciple(2, (p) => ({
      ...p,
      supporters: [...p.supporters, { actorId: 'CHN', actorName: "People's Republic of China", citations: [chinaQuote], moreCitations: 0 }],
    }));
    expect(codesOf(forged)).toEqual([
      ['NOT_A_SUPPORTER', 'principles[2].supporters[2]'],
      ['CITATION_MISMATCH', 'principles[2].supporters[2].citations[0]'],
    ]);
  });

  test('rejects a quote that is not the document text', () => {
    const forged = withPrinciple(0, (p) => ({
      ...p,
      supporters: p.supporters.map((v, i) =>
        i === 0 ? { ...v, citations: [{ ...v.citations[0]!, quote: 'the paramount importance of sovereignty' }] } : v,
      ),
    }));
    expect(codesOf(forged)).toEqual([['QUOTE_NOT_VERBATIM', 'principles[0].supporters[0].citations[0]']]);
  });

  test('rejects shifted offsets', () => {
    const forged = withPrinciple(0, (p) => ({
      ...p,
      supporters: p.supporters.map((v, i) =>
        i === 0 ? { ...v, citations: [{ ...v.citations[0]!, start: v.citations[0]!.start + 1, end: v.citations[0]!.end + 1 }] } : v,
      ),
    }));
    expect(codesOf(forged)).toEqual([
      ['CITATION_MISMATCH', 'principles[0].supporters[0].citations[0]'],
      ['CITATION_MISMATCH', 'principles[0].supporters[0].citations[0]'],
      ['QUOTE_NOT_VERBATIM', 'principles[0].supporters[0].citations[0]'],
    ]);
  });

  test('rejects a candidate with fewer supporters than the draft promises', () => {
    const forged = withPrinciple(2, (p) => ({ ...p, supporters: p.supporters.slice(0, 1) }));
    expect(codesOf(forged)).toEqual([
      ['TOO_FEW_SUPPORTERS', 'principles[2]'],
      ['VOICE_LEFT_OUT', 'principles[2].supporters'],
    ]);
  });

  test('rejects a sentence that is not the neutral template', () => {
    const forged = withPrinciple(0, (p) => ({ ...p, text: 'States unanimously recognise sovereignty as applicable in cyberspace.' }));
    expect(codesOf(forged)).toEqual([['TEXT_NOT_FROM_TEMPLATE', 'principles[0].text']]);
  });

  test('rejects a candidate principle that a State contested', () => {
    const divergent = zeroDraft(hangzhouInput).divergences[0]!; // non-intervention
    const forged: ZeroDraft = {
      ...draft,
      principles: [
        ...draft.principles,
        {
          number: 4,
          targetId: 'non-intervention',
          targetName: divergent.targetName,
          targetKind: 'PRINCIPLE',
          tier: 'AGREED',
          text: 'States recognise the principle of non-intervention as applicable in cyberspace.',
          supporters: divergent.sides[0]!.voices,
          otherSupporters: { count: 0, actorIds: [] },
          reservations: [],
          otherReservations: { count: 0, actorIds: [] },
          queriedBy: [],
          otherQueriedBy: { count: 0, actorIds: [] },
        },
      ],
    };
    expect(codesOf(forged)).toEqual([
      ['NOT_COMMON_GROUND', 'principles[3]'],
      ['NOT_COMMON_GROUND', 'principles[3]'],
    ]);
  });

  test('rejects a divergence side that misstates a stance', () => {
    const forged: ZeroDraft = {
      ...draft,
      divergences: draft.divergences.map((d, i) =>
        i === 2 ? { ...d, sides: d.sides.map((s) => (s.stance === 'OPPOSES' ? { ...s, stance: 'QUALIFIES' as const, reservation: 'CONTESTATION' as const } : s)) } : d,
      ),
    };
    // China and Iran opposed the Budapest Convention; neither qualified it, let alone contested it.
    expect(codesOf(forged)).toEqual([
      ['NOT_ON_THAT_SIDE', 'divergences[2].sides[1].voices[0]'],
      ['NOT_ON_THAT_SIDE', 'divergences[2].sides[1].voices[0]'],
      ['CITATION_MISMATCH', 'divergences[2].sides[1].voices[0].citations[0]'],
      ['NOT_ON_THAT_SIDE', 'divergences[2].sides[1].voices[1]'],
      ['NOT_ON_THAT_SIDE', 'divergences[2].sides[1].voices[1]'],
      ['CITATION_MISMATCH', 'divergences[2].sides[1].voices[1].citations[0]'],
      // ...and the opposing camp has gone missing.
      ['VOICE_LEFT_OUT', 'divergences[2].sides'],
      ['VOICE_LEFT_OUT', 'divergences[2].sides'],
    ]);
  });

  test('rejects a voice that miscounts the positions it does not quote', () => {
    const miscounted = withPrinciple(0, (p) => ({ ...p, supporters: p.supporters.map((v, i) => (i === 0 ? { ...v, moreCitations: v.moreCitations + 1 } : v)) }));
    expect(codesOf(miscounted)).toEqual([['WRONG_CITATION_COUNT', 'principles[0].supporters[0]']]);
  });

  test('rejects an open question that was no question', () => {
    const sovereigntyQuote = draft.principles[0]!.supporters[0]!.citations[0]!;
    const forged: ZeroDraft = {
      ...draft,
      openQuestions: [{ targetId: 'sovereignty', targetName: 'Sovereignty', actorId: 'ARE', actorName: 'United Arab Emirates', citation: sovereigntyQuote, moreCitations: 0 }],
    };
    expect(codesOf(forged)).toEqual([
      ['CITATION_MISMATCH', 'openQuestions[0].citation'],
      // The two real questions were dropped for it.
      ['VOICE_LEFT_OUT', 'openQuestions'],
      ['VOICE_LEFT_OUT', 'openQuestions'],
    ]);
  });

  test('rejects counted voices that miscount or hold another stance', () => {
    // Quote one supporter of sovereignty and count the others, then forge the count and the ids.
    const capped = zeroDraft(hangzhouInput, { quoting: { supportersPerCandidate: 1 } });
    expect(verifyZeroDraft(capped, hangzhouInput)).toEqual([]);
    const others = capped.principles[0]!.otherSupporters;
    expect(others).toEqual({ count: 2, actorIds: ['ARE', 'CHN'] });
    const forged: ZeroDraft = {
      ...capped,
      principles: capped.principles.map((p, i) => (i === 0 ? { ...p, otherSupporters: { count: 3, actorIds: ['ARE', 'IRN'] } } : p)),
    };
    // Iran never spoke on sovereignty; China supports it and is now neither quoted nor counted.
    expect(verifyZeroDraft(forged, hangzhouInput).map((p) => [p.code, p.path])).toEqual([
      ['VOICE_LEFT_OUT', 'principles[0].supporters'],
      ['WRONG_VOICE_COUNT', 'principles[0].otherSupporters.count'],
      ['NOT_A_SUPPORTER', 'principles[0].otherSupporters.actorIds[1]'],
    ]);
  });
});
