/**
 * Whether the browser offers WebGL (sigma takes WebGL 2, else 1), on a GPU or in software. The
 * probe's canvas and context are kept for sigma's first layer (sigma/createPreparedSigma.ts):
 * creating a context costs 50–150 ms in software, so one is not made only to be thrown away.
 */
export function probeWebgl(): boolean {
  if (probed) return true;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES) ?? canvas.getContext('webgl', CONTEXT_ATTRIBUTES);
    if (!gl) return false;
    probed = canvas;
    return true;
  } catch {
    return false;
  }
}

/** The probe's canvas, with its context, once (null when none is left). */
export function takeProbedWebglCanvas(): HTMLCanvasElement | null {
  const canvas = probed;
  probed = null;
  return canvas;
}

// Private:

let probed: HTMLCanvasElement | null = null;
/** The attributes sigma asks its WebGL layers for (sigma.esm.js createWebGLContext). */
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { preserveDrawingBuffer: false, antialias: false };
