import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { nextTask } from '../nextTask.js';
import { takeProbedWebglCanvas } from '../webglProbe.js';
import { withPickingOnlyWhereUsed } from './withPickingOnlyWhereUsed.js';

/**
 * `new Sigma(...)`, with its three WebGL contexts (edges, nodes, hovered nodes) each created in a
 * task of its own beforehand. Creating a context is the constructor's costliest step when WebGL is
 * drawn in software (a synchronous round trip to the GPU process, then SwiftShader's set-up:
 * 150–450 ms each on the 2-core benchmark machine), and the constructor creates all three in one
 * call. The canvases are made here, their contexts asked for, and sigma given them as its layers:
 * sigma's own `getContext` on such a canvas returns the context it already has. The first one is the
 * canvas rendererFor.ts probed WebGL with, when there is one.
 *
 * Sigma 3.0.3 has no option to take canvases for its layers, so a subclass overrides `createLayer`
 * for those three (the same element, class, style and place as sigma's own: sigma.esm.js
 * `createLayer`); every other layer is sigma's.
 */
export async function createPreparedSigma<N extends object, E extends object>(graph: ReturnType<Sigma<N, E>['getGraph']>, container: HTMLElement, settings: Partial<Settings<N, E>>): Promise<Sigma<N, E>> {
  const prepared = new Map<string, HTMLCanvasElement>();
  for (const layer of WEBGL_LAYERS) {
    await nextTask();
    const canvas = (prepared.size === 0 ? takeProbedWebglCanvas() : null) ?? document.createElement('canvas');
    // The attributes sigma asks for (createWebGLContext); a context, once made, is what later calls get.
    const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES) ?? canvas.getContext('webgl', CONTEXT_ATTRIBUTES);
    if (context) prepared.set(layer, canvas);
  }
  await nextTask();
  class PreparedSigma extends Sigma<N, E> {
    /** From the mouseup that ends a drag until sigma's own follow-up to it has run (see `refresh`). */
    private dragEnding = false;

    constructor(...args: ConstructorParameters<typeof Sigma<N, E>>) {
      super(...args);
      const captor = this.getMouseCaptor();
      captor.on('mouseup', () => {
        if (captor.draggedEvents === 0) return;
        this.dragEnding = true;
        // Sigma's follow-up is a timeout set just before it emits mouseup: this one runs after it.
        setTimeout(() => (this.dragEnding = false), 0);
      });
    }

    /**
     * After a drag with edges hidden while the view moves (`hideEdgesOnMove`), sigma's mouse captor
     * refreshes the whole graph only to draw the edges again: the reducers re-run over every node
     * and edge and sigma indexes them anew, 34–121 ms of the main thread at 25,000 elements on the
     * benchmark machine. Nothing in the graph changed, so a render does it.
     */
    override refresh(options?: Parameters<Sigma<N, E>['refresh']>[0]): this {
      if (options === undefined && this.dragEnding) {
        this.dragEnding = false;
        return this.scheduleRender();
      }
      return super.refresh(options);
    }

    override createLayer<T extends HTMLElement>(id: string, tag: string, options: Parameters<Sigma['createLayer']>[2] = {}): T {
      const canvas = tag === 'canvas' ? prepared.get(id) : undefined;
      if (!canvas) return super.createLayer<T>(id, tag, options);
      prepared.delete(id);
      const layers = (this as unknown as { elements: Record<string, HTMLElement> }).elements;
      if (layers[id]) throw new Error(`Sigma: a layer named "${id}" already exists`);
      canvas.style.position = 'absolute';
      canvas.setAttribute('class', `sigma-${id}`);
      if (options.style) Object.assign(canvas.style, options.style);
      layers[id] = canvas;
      if ('beforeLayer' in options && options.beforeLayer) layers[options.beforeLayer]!.before(canvas);
      else if ('afterLayer' in options && options.afterLayer) layers[options.afterLayer]!.after(canvas);
      else container.appendChild(canvas);
      return canvas as unknown as T;
    }
  }
  return withPickingOnlyWhereUsed(new PreparedSigma(graph, container, settings));
}

// Private:

/** Sigma's WebGL layers, in the order its constructor makes them. */
const WEBGL_LAYERS = ['edges', 'nodes', 'hoverNodes'] as const;
const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { preserveDrawingBuffer: false, antialias: false };
