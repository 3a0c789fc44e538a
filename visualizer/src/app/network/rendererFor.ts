import type { CytoscapeOptions } from 'cytoscape';

/** Elements (nodes + edges) above which the network switches to its large-graph settings. */
export const LARGE_GRAPH = 4000;
/** ...and above which it draws with sigma.js in WebGL, when the browser has WebGL on a GPU. */
export const WEBGL_GRAPH = 12000;

/**
 * The renderer by graph size. Small graphs: cytoscape's canvas renderer at full quality. Large ones:
 * cytoscape with its economies (edges hidden and a cached texture while the viewport moves:
 * cytoscape documentation/md/performance.md) and, past WEBGL_GRAPH on a GPU, sigma.js in WebGL
 * (`name: 'webgl'`, sigma/createSigmaNetwork.ts), which draws every element in a few batched calls
 * and styles and processes them without the cytoscape frames that freeze the page for seconds.
 * `?renderer=webgl` takes sigma on whatever WebGL the browser has, software included; when it has
 * none, the page stays on canvas and says so in `data-renderer`. `?renderer=canvas` forces cytoscape.
 * `options` are cytoscape's (unused by sigma).
 */
export function rendererFor(elementCount: number): { options: Partial<CytoscapeOptions>; large: boolean; name: 'canvas' | 'webgl' } {
  // `?renderer=canvas` or `?renderer=webgl` overrides the choice (benchmarks, troubleshooting).
  const forced = new URLSearchParams(location.search).get('renderer');
  if (elementCount <= LARGE_GRAPH && forced === null) {
    return { options: { pixelRatio: 'auto' }, large: false, name: 'canvas' };
  }
  const economies: Partial<CytoscapeOptions> = { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 };
  // Asked for by name, WebGL runs on whatever the browser has, a software rasteriser included:
  // headless Chromium on a machine without a GPU gives SwiftShader, which runs sigma correctly
  // (test/browser/networkWebgl.test.ts) and is how the benchmark measures it. Chosen by size
  // alone, it needs a GPU: see webglKind for why.
  const webgl = forced === 'webgl' ? webglKind() !== 'none' : forced !== 'canvas' && elementCount > WEBGL_GRAPH && webglKind() === 'gpu';
  if (webgl) return { options: {}, large: true, name: 'webgl' };
  return { options: economies, large: elementCount > LARGE_GRAPH, name: 'canvas' };
}

// Private:

/**
 * What WebGL the browser offers (sigma takes WebGL 2, else 1): on a GPU, in software (SwiftShader,
 * llvmpipe: what a machine without a GPU, or Chromium with --disable-gpu, falls back to), or none.
 * Software WebGL does not count for the automatic choice: see bench/visualizer/README.md.
 */
function webglKind(): 'gpu' | 'software' | 'none' {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(name) ? 'software' : 'gpu';
  } catch {
    return 'none';
  }
}
