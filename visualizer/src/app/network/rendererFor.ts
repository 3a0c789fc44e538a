import type { CytoscapeOptions } from 'cytoscape';
import { probeWebgl } from './webglProbe.js';

/** Elements (nodes + edges) above which the network switches to its large-graph settings. */
export const LARGE_GRAPH = 4000;
/** ...and above which it draws with sigma.js in WebGL, when the browser has WebGL (on a GPU or in software). */
export const WEBGL_GRAPH = 12000;

/**
 * The renderer by graph size. Small graphs: cytoscape's canvas renderer at full quality. Large ones:
 * cytoscape with its economies (edges hidden and a cached texture while the viewport moves:
 * cytoscape documentation/md/performance.md) and, past WEBGL_GRAPH, sigma.js in WebGL
 * (`name: 'webgl'`, sigma/createSigmaNetwork.ts), which draws every element in a few batched calls
 * and styles and processes them without the cytoscape frames that freeze the page for seconds.
 * Software WebGL (SwiftShader) counts: at 5,000 nodes and 20,000 edges sigma on it draws sooner, with
 * shorter tasks, than cytoscape's canvas (bench/visualizer/README.md). `?renderer=webgl` takes sigma
 * at any size; without WebGL the page stays on canvas and says so in `data-renderer`.
 * `?renderer=canvas` forces cytoscape.
 * `options` are cytoscape's (unused by sigma).
 */
export function rendererFor(elementCount: number): { options: Partial<CytoscapeOptions>; large: boolean; name: 'canvas' | 'webgl' } {
  // `?renderer=canvas` or `?renderer=webgl` overrides the choice (benchmarks, troubleshooting).
  const forced = new URLSearchParams(location.search).get('renderer');
  if (elementCount <= LARGE_GRAPH && forced === null) {
    return { options: { pixelRatio: 'auto' }, large: false, name: 'canvas' };
  }
  const economies: Partial<CytoscapeOptions> = { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 };
  // WebGL runs on whatever the browser has, a software rasteriser included: headless Chromium on a
  // machine without a GPU gives SwiftShader, which runs sigma correctly
  // (test/browser/networkWebgl.test.ts) and is how the benchmark measures it.
  const webgl = forced === 'webgl' || (forced !== 'canvas' && elementCount > WEBGL_GRAPH) ? probeWebgl() : false;
  if (webgl) return { options: {}, large: true, name: 'webgl' };
  return { options: economies, large: elementCount > LARGE_GRAPH, name: 'canvas' };
}
