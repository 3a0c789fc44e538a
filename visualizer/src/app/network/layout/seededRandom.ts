/**
 * mulberry32: a tiny, fast PRNG with a 32-bit state, good enough to seed a layout. The worker
 * installs it as `Math.random`, which fcose and cose-base call for sampling and initial positions,
 * so the same graph gets the same picture on every load.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
