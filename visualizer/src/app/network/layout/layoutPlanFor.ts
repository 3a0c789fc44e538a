import type { LayoutPlan } from './LayoutRequest.js';

/** Bumped when the plan changes, so layouts cached under the old one are not reused. */
export const LAYOUT_VERSION = 2;

const SEED = 0x5eed2019;

/**
 * The layout choice: fcose (cytoscape-fcose, maintained by the Bilkent i-Vis lab) for every size,
 * always in a Web Worker, seeded. fcose runs a spectral phase, then a CoSE force-directed
 * refinement. The spectral phase is cheap (on a 2-core CI machine: 2,000 nodes / 6,000 edges in
 * 1.7 s, 5,000 / 20,000 in 7 s); the refinement is what has been seen to block a page for 45 s
 * at ~5.5k nodes, and on that machine it took 11 s at 500 nodes / 1,500 edges and 44 s at
 * 1,000 / 3,000. So: the slow-cooling "proof" refinement for small graphs (a meeting or two: the
 * best picture), a shortened refinement up to a few hundred nodes, and the spectral "draft" alone
 * beyond, where the worker keeps the page responsive and the result still separates clusters.
 * "Size" counts an edge as a quarter of a node, roughly its share of the refinement's cost.
 */
export function layoutPlanFor(nodeCount: number, edgeCount: number): LayoutPlan {
  const size = nodeCount + edgeCount / 4;
  if (size <= 300) {
    return { seed: SEED, quality: 'proof', numIter: 2500, nodeRepulsion: 30000, idealEdgeLength: 130, nodeSeparation: 140, sampleSize: 25 };
  }
  if (size <= 900) {
    return { seed: SEED, quality: 'default', numIter: 400, nodeRepulsion: 12000, idealEdgeLength: 90, nodeSeparation: 110, sampleSize: 25 };
  }
  return { seed: SEED, quality: 'draft', numIter: 0, nodeRepulsion: 4500, idealEdgeLength: 50, nodeSeparation: 75, sampleSize: 25 };
}
