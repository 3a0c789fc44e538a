import type { CytoscapeOptions } from 'cytoscape';

/** Elements (nodes + edges) above which the network switches to its large-graph settings. */
export const LARGE_GRAPH = 4000;
/** ...and above which it asks for cytoscape's WebGL renderer, when the browser has WebGL 2. */
export const WEBGL_GRAPH = 12000;

/**
 * Renderer options by graph size. Small graphs get the canvas renderer at full quality. Large
 * ones hide edges and draw a cached texture while the viewport moves (cytoscape
 * documentation/md/performance.md), and past WEBGL_GRAPH use the WebGL renderer (cytoscape 3.31+,
 * a preview) where the browser offers WebGL 2 on a GPU; without it, canvas with the same economies.
 * `?renderer=webgl` takes WebGL 2 in software too; when the browser has no WebGL 2 at all (or it
 * fails to start), the page stays on canvas and says so in `data-renderer`.
 */
export function rendererFor(elementCount: number): { options: Partial<CytoscapeOptions>; large: boolean; name: 'canvas' | 'webgl' } {
  // `?renderer=canvas` or `?renderer=webgl` overrides the choice (benchmarks, troubleshooting).
  const forced = new URLSearchParams(location.search).get('renderer');
  if (elementCount <= LARGE_GRAPH && forced === null) {
    return { options: { pixelRatio: 'auto' }, large: false, name: 'canvas' };
  }
  const economies: Partial<CytoscapeOptions> = { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 };
  // Asked for by name, WebGL runs on whatever WebGL 2 the browser has, a software rasteriser
  // included: headless Chromium on a machine without a GPU gives SwiftShader, which runs cytoscape's
  // WebGL renderer correctly (test/browser/networkWebgl.test.ts) and is how the benchmark measures
  // it. Chosen by size alone, it needs a GPU: see webgl2Kind for why.
  const webgl = forced === 'webgl' ? webgl2Kind() !== 'none' : forced !== 'canvas' && elementCount > WEBGL_GRAPH && webgl2Kind() === 'gpu';
  if (webgl) {
    // Edges stay drawn while the view moves: hiding them, or panning a cached texture, are economies
    // of the 2D canvas; WebGL redraws every element each frame in a few batched calls.
    return { options: { motionBlur: false, pixelRatio: 1, renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>, large: true, name: 'webgl' };
  }
  return { options: economies, large: elementCount > LARGE_GRAPH, name: 'canvas' };
}

// Private:

/**
 * What WebGL 2 the browser offers: on a GPU, in software (SwiftShader, llvmpipe: what a machine
 * without a GPU, or Chromium with --disable-gpu, falls back to), or none. Software WebGL does not
 * count for the automatic choice: on the 2-core CI machine it pans 5,000 nodes and 20,000 edges no
 * faster than the canvas renderer with its viewport economies (bench/visualizer/README.md).
 */
function webgl2Kind(): 'gpu' | 'software' | 'none' {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(name) ? 'software' : 'gpu';
  } catch {
    return 'none';
  }
}
