import { seededRandom } from '../../graph/analysis/seededRandom.js';

/** Seeded draws the generator needs, on top of the project's one seeded generator. */
export interface Draw {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given cumulative weights (see `cumulative`). */
  weighted(cumulativeWeights: readonly number[]): number;
  /** The items in a seeded random order (Fisher–Yates), as a new array. */
  shuffle<T>(items: readonly T[]): T[];
}

export function createDraw(seed: number): Draw {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(cumulativeWeights) {
      const total = cumulativeWeights[cumulativeWeights.length - 1]!;
      const x = next() * total;
      let lo = 0;
      let hi = cumulativeWeights.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulativeWeights[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/**
 * Cumulative Zipf weights for `n` ranks (weight of rank r is 1 / (r + 1)^exponent): a few ranks
 * draw most of the mass, as a few States speak far more than the rest.
 */
export function zipf(n: number, exponent: number): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let r = 0; r < n; r += 1) out.push((sum += 1 / (r + 1) ** exponent));
  return out;
}
