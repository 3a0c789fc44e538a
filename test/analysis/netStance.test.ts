import { describe, expect, test } from 'vitest';
import { netStance } from '../../graph/analysis/index.js';
import { sliceCodePoints } from '../../graph/analysis/sliceCodePoints.js';

describe('netStance: the most reserved stance an actor took', () => {
  test.each([
    [['SUPPORTS'], 'SUPPORTS'],
    [['SUPPORTS', 'QUALIFIES'], 'QUALIFIES'],
    [['QUALIFIES', 'SUPPORTS'], 'QUALIFIES'],
    [['SUPPORTS', 'OPPOSES'], 'OPPOSES'],
    [['QUALIFIES', 'OPPOSES'], 'OPPOSES'],
    [['QUERIES', 'SUPPORTS'], 'SUPPORTS'],
    [['QUERIES'], 'QUERIES'],
  ] as const)('%j nets to %s', (stances, net) => {
    expect(netStance(stances)).toBe(net);
  });

  test('an actor with no position has no stance', () => {
    expect(() => netStance([])).toThrow(RangeError);
  });
});

describe('sliceCodePoints', () => {
  test('counts a character outside the Basic Multilingual Plane once', () => {
    const text = 'clef 𝄞 then the quote';
    // code points: "clef " 0–4, 𝄞 5, " " 6, "then" 7–10; in UTF-16 𝄞 takes two units.
    expect(sliceCodePoints(text, 7, 11)).toBe('then');
    expect(text.slice(7, 11)).not.toBe('then');
  });
});
