/**
 * The layout worker: runs fcose on a headless cytoscape off the main thread, so a layout of
 * thousands of nodes never freezes the page, and posts back the positions. One worker per run
 * (the main thread terminates it): fcose's helper library keeps a global seed counter, and a fresh
 * worker starts it from the same value every time.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { separateGroups } from './separateGroups.js';
import { GROUP_PADDING, type LayoutRequest, type LayoutResponse } from './LayoutRequest.js';
import { seededRandom } from '../../../../../graph/analysis/seededRandom.js';

cytoscape.use(fcose);

const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(message: LayoutResponse): void };

scope.onmessage = (event) => {
  try {
    scope.postMessage(layOut(event.data));
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

function layOut(request: LayoutRequest): LayoutResponse {
  const started = performance.now();
  Math.random = seededRandom(request.plan.seed);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Group boxes (compound parents) are laid out a little larger than they are drawn
    // (networkStyle.ts: padding GROUP_PADDING), so their frames and names never touch.
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
      { selector: ':parent', style: { padding: `${GROUP_PADDING + 14}px` } },
    ],
    elements: [
      ...request.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, size: node.size, ...(node.parent ? { parent: node.parent } : {}) } })),
      ...request.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target } })),
    ],
  });
  const { plan } = request;
  cy.layout({
    name: 'fcose',
    quality: plan.quality,
    randomize: true,
    animate: false,
    fit: false,
    numIter: plan.numIter,
    nodeRepulsion: () => plan.nodeRepulsion,
    idealEdgeLength: () => plan.idealEdgeLength,
    nodeSeparation: plan.nodeSeparation,
    sampleSize: plan.sampleSize,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 24,
    tilingPaddingHorizontal: 24,
  } as cytoscape.LayoutOptions).run();
  separateGroups(cy);
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: tenth(x), y: tenth(y) };
  });
  cy.destroy();
  return { ok: true, positions, milliseconds: performance.now() - started };
}

/**
 * A coordinate to a tenth. A value just below zero rounds to -0, which the layout cache's JSON
 * writes as 0: a layout read back from the cache would then differ from the one computed.
 */
function tenth(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}
