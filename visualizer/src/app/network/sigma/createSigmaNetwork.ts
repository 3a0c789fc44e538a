import { createNodeBorderProgram } from '@sigma/node-border';
import { fitViewportToNodes } from '@sigma/utils';
import type { ElementDefinition } from 'cytoscape';
import graphology from 'graphology';
import type Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { NodeKind, Stance } from '../../model/kinds.js';
import type { Selection } from '../../state/ViewState.js';
import { createTooltip } from '../createTooltip.js';
import { describeEdge, describeNode } from '../describeElement.js';
import { definitionHiddenUnder } from '../hiddenUnder.js';
import { initialPositions } from '../layout/initialPositions.js';
import { layoutCache } from '../layout/layoutCache.js';
import { LAYOUT_VERSION } from '../layout/layoutPlanFor.js';
import { settleLayout } from '../layout/settleLayout.js';
import type { NetworkView, NetworkViewOptions } from '../NetworkView.js';
import { FONT_STACK, nodeSize } from '../networkStyle.js';
import { createTaskBudget, type TaskBudget } from '../createTaskBudget.js';
import { nextTask } from '../nextTask.js';
import { LABEL_SCREEN_PX } from '../placeLabels.js';
import { selectionOf } from '../selectionOf.js';
import { actorNodeId, positionEdgeElement, targetNodeId, type MappedElements } from '../toElements.js';
import type { VisibleElements } from '../visibleElements.js';
import { createPreparedSigma } from './createPreparedSigma.js';
import { edgeLook, faded, nodeLook } from './sigmaLook.js';

type Data = Readonly<Record<string, unknown>>;
interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  borderColor: string;
  data: Data;
}
interface EdgeAttributes {
  size: number;
  color: string;
  data: Data;
}

/**
 * The network of a large graph, drawn by sigma.js 3 in WebGL over a graphology graph: the same
 * elements as cytoscape's (toElements.ts), the same looks (sigmaLook.ts from networkStyle.ts and
 * the model's looks), the same fcose worker and cache (layout/settleLayout.ts), the same hover text
 * (describeElement.ts) and selection (selectionOf.ts). What the filters hide, the scope's counts and
 * the selection's fading are view state read by sigma's reducers, not written into the graph: one
 * refresh applies a filter to 25,000 elements.
 *
 * Start-up in tasks (nextTask.ts, createTaskBudget.ts): the cache's key, the layout's request;
 * sigma's three WebGL contexts each in a task, sigma created over `graph` while it is still empty
 * (createPreparedSigma.ts) and its edge program registered (a shader link) in a task of its own;
 * then the nodes into `graph` a few tens of milliseconds a task, unheard by sigma (addUnheard), and
 * indexed by sigma in one refresh whose processing and drawing come in its next frame: the first
 * frame, every node at its first position. The edges go in the same way, and stay hidden (the
 * reducer) until the final positions are in (at once when the layout was cached). Every step is
 * then a task of tens of milliseconds but two (processing 5,000 nodes, then 25,000 elements, each
 * in a frame of its own: sigma 3 processes a graph whole), where a `setGraph` of the nodes and
 * another of the whole graph each did the indexing and the processing in one task. Marks
 * `cpg:network-created`, `cpg:first-render`, `cpg:edges-added`, `cpg:layout-end`, as the canvas path
 * does; `firstFrame` resolves with the first frame, `layoutDone` with the frame drawing the edges.
 */
export function createSigmaNetwork(options: NetworkViewOptions, { elements, stats }: MappedElements): NetworkView {
  const { container } = options;
  container.dataset.renderer = 'webgl';
  const nodeDefs = elements.filter((e) => e.group === 'nodes');
  const edgeDefs = elements.filter((e) => e.group === 'edges');
  const nodeIds = nodeDefs.map((e) => e.data.id!);
  // Edges the first load has (arriving in tasks) and those a later scope added: never added twice.
  const knownEdgeIds = new Set(edgeDefs.map((e) => e.data.id!));
  /** The graph sigma draws: the nodes, then the edges (hidden until `edgesShown`), with the final positions once they are in. */
  const graph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();

  // View state, read by the reducers.
  let lastVisible: VisibleElements | null = null;
  const hidden = new Set<string>();
  let selected = new Set<string>();
  /** The selection, its edges and their ends (nodes and edges by key): what does not fade. */
  let context: Set<string> | null = null;
  /** Nodes whose label shows whatever the zoom: the selection and its neighbours, heaviest first. */
  let forcedLabels = new Set<string>();
  let sigma: Sigma<NodeAttributes, EdgeAttributes> | null = null;
  /** Whether build has put every edge of edgeDefs in the graph (a later one is then added at once). */
  let edgesAdded = false;
  /**
   * Whether the edges are drawn: not while they arrive nor before the final positions are in
   * (between the spiral's nodes they are long lines that mean nothing), so that each frame meanwhile
   * processes hidden edges only.
   */
  let edgesShown = false;
  /** While nodes or edges go into `graph` unheard by sigma (addUnheard). */
  let adding = false;

  /** The selection last asked for: applied again once the graph holds the nodes and edges it names. */
  let lastSelection: Selection | null = null;
  let drawFirstFrame = () => {};
  const firstFrame = new Promise<void>((resolve) => (drawFirstFrame = resolve));

  const tooltip = createTooltip(container);
  const layoutDone = build();
  layoutDone.then(
    () => {
      container.dataset.layout = 'done';
      performance.mark('cpg:layout-end');
    },
    (error: unknown) => {
      // Said on the container and the console (a page error for the tests), not swallowed.
      container.dataset.layout = 'failed';
      console.error('The network could not be drawn:', error);
    },
  );

  async function build(): Promise<void> {
    // The cache's key hashes 25,000 ids, the layout's request copies them to the worker: tasks of their own.
    await nextTask();
    const cacheKey = layoutCache.keyFor(elements.map((e) => e.data.id!), LAYOUT_VERSION);
    const cached = layoutCache.read(cacheKey);
    const start = cached ?? initialPositions(nodeIds);
    await nextTask();
    const positioned = settleLayout({
      container,
      cacheKey,
      cached,
      nodes: nodeDefs.map((e) => ({ id: e.data.id!, size: Math.round(nodeSize(Number(e.data.weight ?? 0), stats.maxWeight)) })),
      edges: edgeDefs.map((e) => ({ id: e.data.id!, source: e.data.source as string, target: e.data.target as string })),
      ...(options.onLayout ? { onLayout: options.onLayout } : {}),
    });
    const budget = createTaskBudget();
    // Sigma made over `graph` while it is still empty (its WebGL contexts and programs in tasks: createRenderer).
    const renderer = await createRenderer();
    performance.mark('cpg:network-created');
    await budget.next();
    // The nodes, unheard by sigma, then indexed in one refresh: processed and drawn in its next
    // frame, the first (fitted to what the filters leave once sigma has their positions).
    await addUnheard('nodeAdded', nodeDefs, ({ data }) => {
      const at = start[data.id!] ?? { x: 0, y: 0 };
      graph.addNode(data.id!, { x: at.x, y: at.y, label: data.label as string, data, ...nodeLook(data, stats) });
    }, budget);
    sigma = renderer;
    lastSize = sizeOf(container);
    if (lastSelection) setSelection(lastSelection);
    if (hidden.size > 0) renderer.once('afterProcess', () => fitVisible(false));
    renderer.once('afterRender', () =>
      requestAnimationFrame(() => {
        performance.mark('cpg:first-render');
        drawFirstFrame();
      }),
    );
    renderer.scheduleRefresh();
    // That frame drawn before the edges go in unheard: its processing must not meet edges sigma has not indexed.
    await nextFrameOf(renderer);
    await budget.next();
    // By index: a scope's edges pushed meanwhile (showVisible) come along.
    await addUnheard('edgeAdded', edgeDefs, addEdge, budget);
    edgesAdded = true;
    performance.mark('cpg:edges-added');
    // Sigma indexes every element in one refresh (the reducers: a selection read from a link gets
    // its edges), processed and drawn in the next frame. A cached layout is final: its edges are
    // drawn at once; otherwise they stay hidden until the positions are in.
    edgesShown = cached !== null;
    if (lastSelection) setSelection(lastSelection);
    renderer.scheduleRefresh();
    const positions = await positioned;
    if (edgesShown) return nextFrameOf(renderer);
    await budget.next();
    // Sigma hears the update (one event for every node): their display data now, a frame next.
    if (positions) graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, ...(positions[id] ?? {}) }), { attributes: ['x', 'y'] });
    await budget.next();
    // The edges shown: the reducer runs on each now, sigma processes and draws every element in its next frame.
    edgesShown = true;
    // Fitted once sigma has processed the final positions (the camera reads its normalised ones),
    // before that frame draws: the frame shown is the fitted one.
    if (hidden.size > 0) renderer.once('afterProcess', () => fitVisible(false));
    renderer.refresh({ partialGraph: { edges: graph.edges() }, schedule: true });
    await nextFrameOf(renderer);
  }

  /**
   * Elements into `graph`, a few tens of milliseconds a task, with sigma not listening: sigma hears
   * graphology's `nodeAdded` and `edgeAdded` and indexes the element, but also marks its whole graph
   * for processing, so that every frame between two tasks processed every element so far
   * (0.1–0.25 s a frame here). Its listeners are set aside (graphology's EventEmitter API) and put
   * back at the end; meanwhile `redraw` does not ask sigma to process a graph holding elements it
   * has not indexed, and the refresh that follows (build) indexes them. Definitions pushed meanwhile
   * (a scope's edges: showVisible) come along: by index.
   */
  async function addUnheard(event: 'nodeAdded' | 'edgeAdded', definitions: readonly ElementDefinition[], add: (definition: ElementDefinition) => void, budget: TaskBudget): Promise<void> {
    const listeners = graph.listeners(event) as ((...args: unknown[]) => void)[];
    graph.removeAllListeners(event);
    adding = true;
    try {
      for (let index = 0; index < definitions.length; index++) {
        if (budget.due()) await budget.next();
        add(definitions[index]!);
      }
    } finally {
      for (const listener of listeners) graph.on(event, listener);
      adding = false;
    }
  }

  /** Sigma reads the view state again: the reducers now, processing and drawing in its next frame (another task). */
  function redraw(): void {
    if (sigma && !adding) sigma.scheduleRefresh();
  }

  function addEdge({ data }: ElementDefinition): void {
    graph.addDirectedEdgeWithKey(data.id!, data.source as string, data.target as string, { data, ...edgeLook(data, Number(data.statements ?? 1), stats) });
  }

  async function createRenderer(): Promise<Sigma<NodeAttributes, EdgeAttributes>> {
    const renderer = await createPreparedSigma<NodeAttributes, EdgeAttributes>(graph, container, {
      // The container is hidden (0 × 0) while another view shows: sigma draws when it is resized.
      allowInvalidContainer: true,
      // Sizes in model units, as cytoscape and the layout have them: nodes grow as the view zooms in.
      itemSizesReference: 'positions',
      zoomToSizeRatioFunction: (ratio) => ratio,
      // The edge program comes in a task of its own (below).
      defaultNodeType: 'bordered',
      nodeProgramClasses: { bordered: NODE_PROGRAM },
      defaultEdgeType: 'line',
      edgeProgramClasses: {},
      enableEdgeEvents: true,
      zIndex: true,
      // Labels of the bigger nodes on screen, at the canvas renderer's size, one per grid cell (no overlaps).
      labelFont: FONT_STACK,
      labelSize: LABEL_SCREEN_PX,
      labelWeight: '600',
      labelColor: { color: '#1c2733' },
      labelRenderedSizeThreshold: 10,
      labelDensity: 0.6,
      stagePadding: 40,
      // The economy the large canvas network makes (rendererFor.ts: hideEdgesOnViewport): edges
      // are not drawn while the view moves, and come back when it stops. Drawing 20,000 edges is
      // most of a frame where WebGL runs in software.
      hideEdgesOnMove: true,
      nodeReducer: (node, attributes) => reduceNode(node, attributes),
      edgeReducer: (edge, attributes) => reduceEdge(edge, attributes),
    });
    // The edge program (a shader link) while sigma's graph is still empty: the refresh a setting
    // change triggers then costs nothing (over the nodes, it was a task of 0.1–0.2 s).
    await nextTask();
    renderer.setSetting('edgeProgramClasses', { line: EdgeRectangleProgram });
    // Drawn now (an empty graph: nothing to draw), so that no frame sigma scheduled for the setting
    // comes while the nodes go in unheard (addUnheard).
    renderer.refresh();
    renderer.on('enterNode', ({ node, event }) => {
      container.style.cursor = 'pointer';
      tooltip.show(describeNodeAt(node), event);
    });
    renderer.on('enterEdge', ({ edge, event }) => {
      container.style.cursor = 'pointer';
      const data = edgeData(edge);
      tooltip.show(describeEdge({ data, sourceLabel: graph.getNodeAttribute(graph.source(edge), 'label'), targetLabel: graph.getNodeAttribute(graph.target(edge), 'label') }), event);
    });
    const leave = () => {
      container.style.cursor = '';
      tooltip.hide();
    };
    renderer.on('leaveNode', leave);
    renderer.on('leaveEdge', leave);
    renderer.getCamera().on('updated', () => tooltip.hide());
    renderer.on('clickStage', () => options.onSelect(null));
    renderer.on('clickNode', ({ node }) => select(graph.getNodeAttribute(node, 'data'), () => ''));
    renderer.on('clickEdge', ({ edge }) => select(graph.getEdgeAttribute(edge, 'data'), () => graph.getNodeAttribute(graph.source(edge), 'data').ref as string));
    return renderer;
  }

  function select(data: Data, sourceRef: () => string): void {
    tooltip.hide();
    const selection = selectionOf(data, sourceRef);
    if (selection) options.onSelect(selection);
  }

  // The reducers receive a shallow copy of the attributes (sigma's addNode, addEdge): they write
  // the view state into it rather than copy it again, 25,000 times a refresh.
  function reduceNode(node: string, attributes: NodeAttributes): Partial<NodeDisplayData> {
    const display = attributes as NodeAttributes & Partial<NodeDisplayData>;
    if (hidden.has(node)) {
      display.hidden = true;
    } else if (context && !context.has(node)) {
      display.color = faded(attributes.color, 'node');
      display.borderColor = faded(attributes.borderColor, 'node');
      display.label = null as unknown as string;
    } else {
      const chosen = selected.has(node);
      display.highlighted = chosen;
      display.forceLabel = forcedLabels.has(node);
      display.zIndex = chosen ? 2 : context ? 1 : 0;
    }
    return display;
  }

  function reduceEdge(edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
    const display = attributes as EdgeAttributes & Partial<EdgeDisplayData>;
    if (!edgesShown || hidden.has(edge)) {
      display.hidden = true;
      return display;
    }
    const counts = lastVisible?.edges.get(edge);
    // The width follows the statements in scope; unchanged (no filter narrows them), the attributes have it.
    if (counts && counts.statements !== attributes.data.statements) Object.assign(display, edgeLook(attributes.data, counts.statements, stats));
    if (context && !context.has(edge)) display.color = faded(display.color, 'edge');
    else if (context) display.zIndex = 1;
    return display;
  }

  /** An edge's data with the counts the filters leave it. */
  function edgeData(edge: string): Data {
    const data = graph.getEdgeAttribute(edge, 'data');
    const counts = lastVisible?.edges.get(edge);
    return counts ? { ...data, statements: counts.statements, positions: counts.positions } : data;
  }

  function describeNodeAt(node: string) {
    const edges: { stance: Stance; positions: number }[] = [];
    const count = (edge: string, data: Data) => {
      if (data.role !== 'position' || hidden.has(edge)) return;
      const counts = lastVisible?.edges.get(edge);
      edges.push({ stance: data.stance as Stance, positions: Number(counts ? counts.positions : data.positions) });
    };
    // The graph's edges are still arriving for a moment after the first frame: then from the definitions.
    if (edgesAdded) graph.forEachEdge(node, (edge, attributes) => count(edge, attributes.data));
    else for (const { data } of edgeDefs) if (data.source === node || data.target === node) count(data.id!, data);
    const data = graph.getNodeAttribute(node, 'data');
    return describeNode({ kind: data.kind as NodeKind, label: data.label as string, edges });
  }

  function fitVisible(animate: boolean): void {
    if (!sigma || adding || container.clientWidth === 0) return;
    if (hidden.size === 0) {
      if (animate) void sigma.getCamera().animatedReset({ duration: 250 });
      else sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return;
    }
    const shown = graph.filterNodes((node) => !hidden.has(node));
    if (shown.length > 0) void fitViewportToNodes(sigma as unknown as Sigma, shown, { animate });
  }

  /** The selection's highlight and fading, as view state for the reducers (sigma redraws on its caller's word). */
  function setSelection(selection: Selection | null): void {
    lastSelection = selection;
    const chosen = selectedKeys(selection);
    selected = chosen;
    if (chosen.size === 0) {
      context = null;
      forcedLabels = new Set();
      return;
    }
    context = new Set(chosen);
    for (const key of chosen) {
      if (graph.hasNode(key)) graph.forEachEdge(key, (edge, attributes) => void (attributes.data.role === 'position' && !hidden.has(edge) && context!.add(edge)));
    }
    for (const key of [...context]) if (graph.hasEdge(key)) graph.extremities(key).forEach((node) => context!.add(node));
    const nodes = [...context].filter((key) => graph.hasNode(key) && !hidden.has(key));
    const weight = (node: string) => (selected.has(node) ? Infinity : Number(graph.getNodeAttribute(node, 'data').weight ?? 0));
    forcedLabels = new Set(nodes.sort((a, b) => weight(b) - weight(a)).slice(0, MAX_FORCED_LABELS));
  }

  let lastSize = '';
  const view: NetworkView = {
    renderer: 'webgl',
    canGroup: false,
    firstFrame,
    layoutDone,
    internals: { graph, get sigma() {
      return sigma;
    } },
    showVisible(visible) {
      lastVisible = visible;
      // An edge the first load lacked (a scope that counts more, e.g. unreviewed positions) is added.
      // Not one of the first load's: those may still be arriving (build), and take it with them.
      for (const edge of visible.edges.values()) {
        if (knownEdgeIds.has(edge.id)) continue;
        knownEdgeIds.add(edge.id);
        const definition = positionEdgeElement(edge);
        edgeDefs.push(definition);
        if (edgesAdded) addEdge(definition);
      }
      // From the definitions, not the graph: it may still be filling.
      hidden.clear();
      for (const definition of nodeDefs) if (definitionHiddenUnder(visible, definition)) hidden.add(definition.data.id!);
      for (const definition of edgeDefs) if (definitionHiddenUnder(visible, definition)) hidden.add(definition.data.id!);
      redraw();
      fitVisible(true);
    },
    showSelection(selection) {
      setSelection(selection);
      redraw();
    },
    focus(nodeId) {
      if (!sigma || !graph.hasNode(nodeId) || hidden.has(nodeId)) return;
      const at = sigma.getNodeDisplayData(nodeId);
      if (!at) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: 300 });
    },
    fit: () => fitVisible(true),
    resize() {
      const size = sizeOf(container);
      if (!sigma || size === lastSize) return;
      lastSize = size;
      sigma.resize();
      redraw();
    },
    async png(scale) {
      if (!sigma) throw new Error('The network is still being drawn: export it again in a moment.');
      // Drawn now, read now: sigma's WebGL canvases keep no drawing buffer once the frame is shown.
      sigma.refresh({ partialGraph: {}, skipIndexation: true });
      const { width, height } = sigma.getDimensions();
      const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
      const context2d = canvas.getContext('2d')!;
      context2d.fillStyle = '#ffffff';
      context2d.fillRect(0, 0, canvas.width, canvas.height);
      const layers = sigma.getCanvases();
      for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
        const layer = layers[name];
        if (layer) context2d.drawImage(layer, 0, 0, canvas.width, canvas.height);
      }
      return canvas.convertToBlob({ type: 'image/png' });
    },
    async visibleElements() {
      // The exports read a cytoscape collection (export/toCytoscapeJson.ts, toGraphML.ts): built
      // headless, for the one export, from the graph's positions and the scope's counts (cytoscape
      // loaded then: sigma's start-up does without it).
      const definitions: ElementDefinition[] = [];
      graph.forEachNode((node, { x, y, data }) => void (hidden.has(node) || definitions.push({ group: 'nodes', data: { ...data } as ElementDefinition['data'], position: { x, y } })));
      graph.forEachEdge((edge) => void (hidden.has(edge) || definitions.push({ group: 'edges', data: { ...edgeData(edge) } as ElementDefinition['data'] })));
      const { default: cytoscape } = await import('cytoscape');
      return cytoscape({ headless: true, styleEnabled: false, elements: definitions, layout: { name: 'preset' } }).elements();
    },
    counts: () => ({ nodes: graph.order, edges: graph.size }),
    setGrouping() {
      container.dataset.grouping = 'none';
      return Promise.resolve();
    },
  };

  /** Node and edge keys of the selection: an actor or target node; a pair's two nodes and its stance edges between them. */
  function selectedKeys(selection: Selection | null): Set<string> {
    if (!selection) return new Set();
    switch (selection.kind) {
      case 'actor':
      case 'target': {
        const id = selection.kind === 'actor' ? actorNodeId(selection.id) : targetNodeId(selection.id);
        return new Set(graph.hasNode(id) ? [id] : []);
      }
      case 'pair': {
        const source = actorNodeId(selection.actorId);
        const target = targetNodeId(selection.targetId);
        if (!graph.hasNode(source) || !graph.hasNode(target)) return new Set();
        const edges = graph.directedEdges(source, target).filter((edge) => {
          const data = graph.getEdgeAttribute(edge, 'data');
          return data.role === 'position' && (!selection.stance || data.stance === selection.stance);
        });
        return new Set([source, target, ...edges]);
      }
      case 'statement':
        return new Set();
    }
  }

  return view;
}

// Private:

/** A container's size, to tell whether sigma's layers must be resized. */
function sizeOf(container: HTMLElement): string {
  return `${container.clientWidth}x${container.clientHeight}`;
}

/**
 * Resolves once sigma has drawn the frame it scheduled; a page in a background tab draws no frames,
 * so after FRAME_WAIT_MS sigma refreshes and draws at once (a hidden page: its cost unseen), and the
 * start-up goes on either way.
 */
function nextFrameOf(renderer: Sigma<NodeAttributes, EdgeAttributes>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      renderer.refresh();
      resolve();
    }, FRAME_WAIT_MS);
    renderer.once('afterRender', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const FRAME_WAIT_MS = 3000;

/** Nodes as discs with their kind's rim (networkStyle.ts's border, relative to the radius). */
const NODE_PROGRAM = createNodeBorderProgram<NodeAttributes, EdgeAttributes>({ borders: [{ size: { value: 0.12 }, color: { attribute: 'borderColor' } }, { size: { fill: true }, color: { attribute: 'color' } }] });

/** Labels shown whatever the zoom around a selection (placeLabels.ts shows as many on canvas). */
const MAX_FORCED_LABELS = 60;
/** The camera's ratio (1: the whole graph) a search result is shown at, at most. */
const FOCUS_RATIO = 0.15;
