import { expect, test } from 'vitest';
import { sliceCodePoints } from '../../graph/analysis/sliceCodePoints.js';

test('slices by code points, astral characters counting one, as Array.from does', () => {
  const text = 'a😀b𝄞cd\u{1F600}e';
  const points = Array.from(text);
  for (let start = 0; start <= points.length; start += 1) {
    for (let end = start; end <= points.length; end += 1) expect(sliceCodePoints(text, start, end)).toBe(points.slice(start, end).join(''));
  }
});
