import type Sigma from 'sigma';

/**
 * Sigma finds what is under the pointer by drawing every node and edge a second time, each in a
 * colour that is its id, into picking layers, and reading one pixel back. Both halves cost most
 * where there is no GPU (WebGL in software, SwiftShader), measured on the benchmark machine at
 * 5,000 nodes and 20,000 edges:
 * - a lookup is a synchronous `readPixels` that waits for the GPU to finish every frame queued
 *   before it: 0.2–1.2 s each, 45–70 % of the main thread while a user dragged or zoomed;
 * - the picking pass of the nodes, and the fresh picking textures sigma allocates for every frame,
 *   cut the frames sigma could draw per second while the view moved from 8.2–8.9 to 5.3–5.9
 *   (`npm run bench:visualizer:frames`).
 *
 * Sigma uses the picking layers for hovers and for its interaction events, and this patch keeps
 * them where their answer is used:
 * - while the view moves (sigma's own rule for hiding edges on move: a drag, a zoom's or the
 *   inertia's camera animation), frames are drawn without the picking pass, and a hover keeps what
 *   was hovered last: the graph moves with the pointer, or what is under it is about to change.
 *   The first frame after the view stops draws the picking layers again; until then a lookup
 *   finds what was hovered last;
 * - a press, a release, a wheel turn or a click that no listener asks about as a node or an edge
 *   event (`downNode`, `wheelEdge`, ...) does not look up: sigma would read a pixel only to choose
 *   the name of an event nobody hears. The explorer listens to hovers and clicks; a listener added
 *   for another gets its lookups back. A heard one (a click) always looks up.
 *
 * Sigma 3.0.3 has no setting for any of it and declares what is patched private, hence the
 * casts. A later sigma without those members keeps its own behaviour rather than failing here.
 */
export function withPickingOnlyWhereUsed<N extends object, E extends object>(sigma: Sigma<N, E>): Sigma<N, E> {
  const internals = sigma as unknown as SigmaPicking;
  if (!PATCHED.every((member) => typeof internals[member] === 'function') || !PROGRAMS.every((member) => typeof internals[member] === 'object')) return sigma;
  const captor = sigma.getMouseCaptor();
  // Sigma's own `moving` (sigma.esm.js `render`).
  const viewMoving = () => captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0 || sigma.getCamera().isAnimated();
  /** Whether the last frame was drawn without the picking layers: they show an earlier view. */
  let pickingStale = false;

  const render = internals.render.bind(sigma);
  const resetTexture = internals.resetWebGLTexture.bind(sigma);
  let drawingWithoutPicking = false;
  internals.resetWebGLTexture = (layer) => (drawingWithoutPicking ? sigma : resetTexture(layer));
  internals.render = () => {
    if (!viewMoving()) {
      pickingStale = false;
      return render();
    }
    const programs = [...Object.values(internals.nodePrograms), ...Object.values(internals.edgePrograms)];
    const picks = programs.map((program) => program.pickProgram);
    for (const program of programs) program.pickProgram = null;
    drawingWithoutPicking = true;
    try {
      return render();
    } finally {
      drawingWithoutPicking = false;
      programs.forEach((program, i) => (program.pickProgram = picks[i]!));
      pickingStale = true;
    }
  };

  // Which of the captor's events sigma is handling: sigma's listeners run inside the captor's emit.
  let handling: string | null = null;
  const emit = captor.emit.bind(captor) as (type: string, ...args: unknown[]) => boolean;
  (captor as unknown as { emit: typeof emit }).emit = (type, ...args) => {
    const outer = handling;
    handling = type;
    try {
      return emit(type, ...args);
    } finally {
      handling = outer;
    }
  };
  const unused = (): boolean => {
    const interaction = handling === null ? undefined : INTERACTIONS[handling];
    if (interaction !== undefined) return internals.listenerCount(`${interaction}Node`) === 0 && internals.listenerCount(`${interaction}Edge`) === 0;
    // A hover. A move with the button down drags the view (and comes before sigma counts it in
    // `draggedEvents`, which lasts until just after the release; its `isMoving` lapses after 100 ms
    // without a move, and a stalled lookup makes every next move come after such a lapse).
    return pickingStale || captor.isMouseDown || viewMoving();
  };
  const nodeAt = internals.getNodeAtPosition.bind(sigma);
  const edgeAt = internals.getEdgeAtPoint.bind(sigma);
  internals.getNodeAtPosition = (position) => (unused() ? internals.hoveredNode : nodeAt(position));
  internals.getEdgeAtPoint = (x, y) => (unused() ? internals.hoveredEdge : edgeAt(x, y));
  return sigma;
}

// Private:

/** The captor's events for which sigma looks up what is under the pointer, and the prefix of the node, edge and stage events it then emits (sigma.esm.js `createInteractionListener`). */
const INTERACTIONS: Readonly<Record<string, string>> = {
  mousedown: 'down',
  mouseup: 'up',
  wheel: 'wheel',
  click: 'click',
  doubleClick: 'doubleClick',
  rightClick: 'rightClick',
};

const PATCHED = ['render', 'resetWebGLTexture', 'getNodeAtPosition', 'getEdgeAtPoint', 'listenerCount'] as const;
const PROGRAMS = ['nodePrograms', 'edgePrograms'] as const;

/** Sigma's own members that the patch reads or replaces (sigma.esm.js). */
interface SigmaPicking {
  render(): unknown;
  /** Allocates a fresh picking texture for a layer: every frame, for every picking layer. */
  resetWebGLTexture(layer: string): unknown;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getEdgeAtPoint(x: number, y: number): string | null;
  listenerCount(event: string): number;
  readonly hoveredNode: string | null;
  readonly hoveredEdge: string | null;
  /** Each draws its picking pass first when it has a `pickProgram`. */
  readonly nodePrograms: Record<string, { pickProgram: unknown }>;
  readonly edgePrograms: Record<string, { pickProgram: unknown }>;
}
