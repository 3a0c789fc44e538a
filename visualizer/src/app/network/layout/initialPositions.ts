import type { Positions } from './runLayout.js';

/**
 * Where nodes sit before the layout arrives: a sunflower spiral (golden-angle phyllotaxis) in id
 * order, actors and targets interleaved as the ids fall. O(n), deterministic, and evenly spread,
 * so the first frame of a 5,000-node graph is a calm disc rather than a pile at the origin.
 */
export function initialPositions(ids: readonly string[], spacing = 28): Positions {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions: Positions = {};
  ids.forEach((id, i) => {
    const radius = spacing * Math.sqrt(i + 0.5);
    positions[id] = { x: radius * Math.cos(i * golden), y: radius * Math.sin(i * golden) };
  });
  return positions;
}
