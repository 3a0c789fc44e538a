/**
 * A seeded generator of floats in [0, 1): Mulberry32 (Tommy Ettinger, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). Louvain visits nodes in
 * random order; seeding it makes blocs reproducible, and identical across stores. The explorer's
 * layout worker installs it as `Math.random` for fcose, so a graph gets the same picture on every
 * load, and the visualizer benchmark draws its synthetic graph from it.
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
