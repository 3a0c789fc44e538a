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
 */
export function rendererFor(elementCount: number): { options: Partial<CytoscapeOptions>; large: boolean; name: 'canvas' | 'webgl' } {
  // `?renderer=canvas` or `?renderer=webgl` overrides the choice (benchmarks, troubleshooting).
  const forced = new URLSearchParams(location.search).get('renderer');
  if (elementCount <= LARGE_GRAPH && forced === null) {
    return { options: { pixelRatio: 'auto' }, large: false, name: 'canvas' };
  }
  const economies: Partial<CytoscapeOptions> = { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 };
  const webgl = forced === 'webgl' || (forced !== 'canvas' && elementCount > WEBGL_GRAPH);
  if (webgl && hasWebGL2()) {
    return { options: { ...economies, renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>, large: true, name: 'webgl' };
  }
  return { options: economies, large: elementCount > LARGE_GRAPH, name: 'canvas' };
}

// Private:

/**
 * WebGL 2 on a GPU. A software rasteriser (SwiftShader, llvmpipe: what a machine without a GPU, or
 * Chromium with --disable-gpu, falls back to) draws the WebGL renderer at under one frame per
 * second, far slower than canvas, so it counts as none.
 */
function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software|basic render/i.test(name);
  } catch {
    return false;
  }
}
