import cytoscape, { type Collection, type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { Selection } from '../../state/ViewState.js';
import { createTooltip } from '../createTooltip.js';
import { describeElement } from '../describeElement.js';
import { groupTargets } from '../groupTargets.js';
import { definitionHiddenUnder, hiddenUnder } from '../hiddenUnder.js';
import { initialPositions } from '../layout/initialPositions.js';
import { layoutCache } from '../layout/layoutCache.js';
import { LAYOUT_VERSION, layoutPlanFor } from '../layout/layoutPlanFor.js';
import { runLayout, type Positions } from '../layout/runLayout.js';
import { settleLayout } from '../layout/settleLayout.js';
import type { NetworkView, NetworkViewOptions } from '../NetworkView.js';
import { NODE_MAX_SIZE, networkStyle, nodeSize } from '../networkStyle.js';
import { nextTask } from '../nextTask.js';
import { placeLabels } from '../placeLabels.js';
import type { rendererFor } from '../rendererFor.js';
import { selectionOf } from '../selectionOf.js';
import { actorNodeId, positionEdgeElement, targetNodeId, type MappedElements } from '../toElements.js';
import { MAX_ZOOM, MIN_ZOOM, viewportFor } from '../viewportFor.js';
import type { VisibleElements } from '../visibleElements.js';

/**
 * The network: nodes by kind, edges by stance (networkStyle.ts), positioned by fcose in a worker.
 *
 * First frame: cached positions when this graph was laid out before in this browser, otherwise a
 * spiral (initialPositions.ts) that the worker's result replaces. Every bulk change runs inside
 * `cy.batch()`. A large graph is built in tasks of a few hundred elements (nextTask.ts) so the page
 * never freezes: nodes first (the first frame), then, once the final positions are in place, the
 * edges. Marks `cpg:network-created`, `cpg:first-render`, `cpg:edges-added` (large graphs) and
 * `cpg:layout-end` (Performance API) and sets `data-layout` on the container, for the benchmark
 * and the tests.
 */
export function createCytoscapeNetwork(options: NetworkViewOptions, { elements, stats }: MappedElements, renderer: ReturnType<typeof rendererFor>): NetworkView {
  const { container } = options;
  const nodeIds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id!);
  const cacheKey = layoutCache.keyFor(elements.map((e) => e.data.id!), LAYOUT_VERSION);
  const cached = layoutCache.read(cacheKey);
  const start = cached ?? initialPositions(nodeIds);

  const nodeDefs = elements.filter((e) => e.group === 'nodes').map((e) => ({ ...e, position: start[e.data.id!] ?? { x: 0, y: 0 } }));
  const edgeDefs = elements.filter((e) => e.group === 'edges');
  const knownEdgeIds = new Set(edgeDefs.map((e) => e.data.id!));
  // A large graph comes in steps (buildInTasks): creating cytoscape with 25,000 elements at once is
  // one task of seconds, and so is every full restyle.
  const progressive = renderer.large;
  let lastVisible: VisibleElements | null = null;
  let lastSelection: Selection | null = null;

  const cy = cytoscape({
    container,
    elements: progressive ? [] : [...nodeDefs, ...edgeDefs],
    style: networkStyle({ ...stats, large: renderer.large }),
    // A large graph's first viewport is computed from the positions (fitPositions), not by
    // measuring every element's box.
    layout: progressive ? { name: 'null' } : { name: 'preset', fit: true, padding: 40 },
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    selectionType: 'single',
    autoungrabify: renderer.large,
    ...renderer.options,
  });
  container.dataset.renderer = 'canvas';
  performance.mark('cpg:network-created');
  // The first frame: cytoscape draws on the next animation frame after its nodes are in.
  const markFirstRender = () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('cpg:first-render')));
  if (!progressive) markFirstRender();

  const tooltip = createTooltip(container);
  cy.on('mouseover', 'node[role != "group"], edge', (event: EventObject) => tooltip.show(describeElement(event.target as cytoscape.NodeSingular), event.renderedPosition ?? { x: 0, y: 0 }));
  cy.on('mouseout', 'node[role != "group"], edge', () => tooltip.hide());
  cy.on('viewport', () => tooltip.hide());
  // Labels are chosen again when the view settles: zoom changes their size on screen and their
  // collisions. On a large graph, only once the view has been still a quarter of a second: not
  // between the frames of a pan.
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  const relabel = () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(() => {
      if (container.clientWidth > 0) placeLabels(cy);
    }, renderer.large ? 250 : 60);
  };
  cy.on('viewport', relabel);
  cy.on('tap', (event: EventObject) => {
    tooltip.hide();
    const target = event.target as Core | cytoscape.SingularElementArgument;
    if (target === cy) return options.onSelect(null);
    const element = target as cytoscape.SingularElementArgument;
    const selection = selectionOf(element.data() as Record<string, unknown>, () => (element as cytoscape.EdgeSingular).source().data('ref') as string);
    // A group's box selects nothing (selectionOf).
    if (selection) options.onSelect(selection);
  });

  let needsFit = container.clientWidth === 0;
  const positioned = settleFirstLayout();
  const layoutDone = progressive
    ? buildInTasks()
    : positioned.then((positions) => {
        if (positions) placeNow(positions);
      });
  void layoutDone.then(() => {
    relabel();
    container.dataset.layout = 'done';
    performance.mark('cpg:layout-end');
  });

  /**
   * A large graph, in tasks: nodes NODE_CHUNK at a time at their first positions (cached or the
   * spiral), the viewport fitted to them, drawn in one frame (the first); edges EDGE_CHUNK at a time, undrawn
   * (a `display: none` bypass) while the worker lays out; the worker's positions, NODE_CHUNK nodes
   * a task; then every edge revealed at once. Undrawn, an added edge costs no redraw of the edges
   * before it (adding them drawn, chunk by chunk, redrew a growing graph after every chunk); the
   * bypass comes off one property at a time, far cheaper than a class change, which restyles the
   * element whole. Edges wait for the final positions to be drawn: between the spiral's nodes,
   * 20,000 edges are long lines that take seconds to rasterise, and mean nothing. Each element
   * arrives already hidden or shown as the current filters say (withCurrentState).
   */
  async function buildInTasks(): Promise<void> {
    fitPositions(start);
    // One batch across the node chunks: the elements are created a chunk a task, and cytoscape
    // styles and draws them in one frame at the end, instead of redrawing a growing graph per chunk.
    cy.startBatch();
    try {
      for (let from = 0; from < nodeDefs.length; from += NODE_CHUNK) {
        await nextTask();
        cy.add(nodeDefs.slice(from, from + NODE_CHUNK).map(withCurrentState));
      }
    } finally {
      cy.endBatch();
    }
    markFirstRender();
    relabel();
    const undrawn: Collection[] = [];
    for (let from = 0; from < edgeDefs.length; from += EDGE_CHUNK) {
      await nextTask();
      // The bypass is set on the added collection, not in the definitions: cytoscape warns (on the
      // console, at a cost) for every element created with a bypass.
      const chunk = cy.add(edgeDefs.slice(from, from + EDGE_CHUNK).map(withCurrentState));
      chunk.style('display', 'none');
      undrawn.push(chunk);
    }
    performance.mark('cpg:edges-added');
    const positions = await positioned;
    if (positions) {
      const nodes = cy.nodes().toArray();
      for (let from = 0; from < nodes.length; from += NODE_CHUNK) {
        await nextTask();
        cy.batch(() => {
          for (const node of nodes.slice(from, from + NODE_CHUNK)) {
            const at = positions[node.id()];
            if (at) node.position(at);
          }
        });
      }
      fitPositions(positions);
    }
    await nextTask();
    cy.batch(() => undrawn.forEach((chunk) => chunk.removeStyle('display')));
    if (lastSelection) view.showSelection(lastSelection);
  }

  /** An element definition as the current filters would leave it: hidden or not, with the scope's counts. */
  function withCurrentState(definition: ElementDefinition): ElementDefinition {
    if (!lastVisible) return definition;
    const hidden = definitionHiddenUnder(lastVisible, definition);
    const counts = definition.group === 'edges' ? lastVisible.edges.get(definition.data.id!) : undefined;
    return {
      ...definition,
      classes: hidden ? `${definition.classes ?? ''} hidden` : definition.classes,
      data: counts ? { ...definition.data, statements: counts.statements, positions: counts.positions } : definition.data,
    };
  }

  function placeNow(positions: Positions): void {
    cy.batch(() => cy.nodes().positions((node) => positions[(node as cytoscape.NodeSingular).id()] ?? (node as cytoscape.NodeSingular).position()));
    fitVisible(false);
  }

  /** Fits the view to positions the page already knows: their extent, plus the largest node, plus padding. */
  function fitPositions(positions: Positions): void {
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (width === 0 || height === 0) {
      needsFit = true;
      return;
    }
    const visible = Object.entries(positions).filter(([id]) => !lastVisible || lastVisible.nodeIds.has(id));
    const viewport = viewportFor((visible.length > 0 ? visible : Object.entries(positions)).map(([, at]) => at), { width, height, margin: 40 + NODE_MAX_SIZE / 2 });
    if (!viewport) return;
    needsFit = false;
    cy.viewport(viewport);
  }

  /** Lays the graph out in the worker (or reads the cache): layout/settleLayout.ts. */
  function settleFirstLayout(): Promise<Positions | null> {
    const weights = new Map(nodeDefs.map((node) => [node.data.id!, Number(node.data.weight ?? 0)] as const));
    return settleLayout({
      container,
      cacheKey,
      cached,
      nodes: nodeIds.map((id) => ({ id, size: Math.round(nodeSize(weights.get(id) ?? 0, stats.maxWeight)) })),
      edges: edgeDefs.map((e) => ({ id: e.data.id!, source: e.data.source as string, target: e.data.target as string })),
      ...(options.onLayout ? { onLayout: options.onLayout } : {}),
    });
  }

  /**
   * After a filter changes what is shown, lays out the visible part again (fcose in the worker, as
   * at start, seeded), so a filtered graph is not left with the holes of the full one. A newer
   * filter supersedes an older layout still running.
   */
  let relayouts = 0;
  async function relayoutVisible(): Promise<void> {
    const mine = ++relayouts;
    const nodes = cy.nodes().not('.hidden');
    const ids = new Set(nodes.map((node) => node.id()));
    const edges = cy
      .edges()
      .not('.hidden')
      .filter((edge) => ids.has((edge as cytoscape.EdgeSingular).source().id()) && ids.has((edge as cytoscape.EdgeSingular).target().id()))
      .map((edge) => ({ id: edge.id(), source: (edge as cytoscape.EdgeSingular).source().id(), target: (edge as cytoscape.EdgeSingular).target().id() }));
    const leaves = nodes.not('.group');
    if (leaves.length < 2) return;
    const plan = layoutPlanFor(leaves.length, edges.length);
    // Group boxes go to fcose as compound parents: it keeps each box's members together and the boxes apart.
    const request = nodes.map((node) => {
      const parent = (node as cytoscape.NodeSingular).parent();
      return { id: node.id(), size: Math.round(node.width()), ...(parent.nonempty() ? { parent: parent[0]!.id() } : {}) };
    });
    const { positions } = await runLayout({ nodes: request, edges, plan });
    if (mine !== relayouts) return;
    // Only the leaves are placed: a compound's position follows its children.
    await leaves
      .layout({ name: 'preset', positions: (node: cytoscape.NodeSingular) => positions[node.id()] ?? node.position(), animate: !renderer.large, animationDuration: 300, fit: true, padding: 40 } as cytoscape.LayoutOptions)
      .run()
      .promiseOn('layoutstop');
  }

  function fitVisible(animate: boolean): void {
    if (container.clientWidth === 0) {
      needsFit = true;
      return;
    }
    needsFit = false;
    const visible = cy.elements().not('.hidden');
    // A large graph fits its nodes' centres: measuring 25,000 elements' boxes (labels included) is seconds.
    if (renderer.large) return fitPositions(Object.fromEntries(cy.nodes().map((node) => [node.id(), (node as cytoscape.NodeSingular).position()])));
    const eles = visible.nonempty() ? visible : cy.elements();
    if (animate && !renderer.large) cy.animate({ fit: { eles, padding: 40 } }, { duration: 250 });
    else cy.fit(eles, 40);
  }

  /** What the filters leave: not hidden, group boxes left out. */
  const shownElements = () => cy.elements().not('.hidden').not('.group');
  const view: NetworkView = {
    renderer: 'canvas',
    canGroup: true,
    firstFrame: Promise.resolve(),
    layoutDone,
    internals: { cy },
    showVisible(visible) {
      const changed = lastVisible !== null && (lastVisible.nodeIds.size !== visible.nodeIds.size || [...visible.nodeIds].some((id) => !lastVisible!.nodeIds.has(id)));
      lastVisible = visible;
      // Only elements whose visibility changes are touched, in two collection calls: per-element
      // class toggles on 25,000 elements cost seconds.
      cy.batch(() => {
        // An edge the first load lacked (a scope that counts more, e.g. unreviewed positions) is
        // added. Not one of the first load's: on a large graph those arrive in chunks (addInChunks).
        const missing = [...visible.edges.values()].filter((edge) => !knownEdgeIds.has(edge.id));
        for (const edge of missing) knownEdgeIds.add(edge.id);
        if (missing.length > 0) cy.add(missing.map(positionEdgeElement));
        const hidden = cy.elements('.hidden');
        const toHide = cy.elements().filter((element) => !element.hasClass('hidden') && hiddenUnder(visible, element));
        const toShow = hidden.filter((element) => !hiddenUnder(visible, element));
        toHide.addClass('hidden');
        toShow.removeClass('hidden');
        for (const [id, counts] of visible.edges) {
          const edge = cy.getElementById(id);
          if (edge.nonempty() && (edge.data('statements') !== counts.statements || edge.data('positions') !== counts.positions)) {
            edge.data({ statements: counts.statements, positions: counts.positions });
          }
        }
      });
      fitVisible(true);
      if (changed && !renderer.large) void relayoutVisible();
      relabel();
    },
    showSelection(selection) {
      lastSelection = selection;
      cy.batch(() => {
        cy.elements('.selected, .faded, .neighbour').removeClass('selected faded neighbour');
        const chosen = selectedElements(cy, selection);
        if (chosen.empty()) return;
        chosen.addClass('selected');
        const neighbourhood = chosen.union(chosen.nodes().connectedEdges('.position')).union(chosen.edges().connectedNodes());
        const context = neighbourhood.union(neighbourhood.connectedNodes());
        context.difference(chosen).addClass('neighbour');
        // Group boxes never fade: a compound's opacity would fade the selected node inside it.
        cy.elements().difference(context).not('.group').addClass('faded');
      });
      // Zoom to the selection and its neighbourhood, when the network is on screen.
      const chosen = selectedElements(cy, selection);
      if (chosen.nonempty() && container.clientWidth > 0 && !renderer.large) {
        const context = chosen.union(chosen.nodes().connectedEdges('.position')).union(chosen.edges().connectedNodes());
        const around = context.union(context.connectedNodes()).not('.hidden');
        cy.animate({ fit: { eles: around, padding: 60 } }, { duration: 250 });
      }
      relabel();
    },
    focus(nodeId) {
      const node = cy.getElementById(nodeId);
      if (node.empty() || node.hasClass('hidden')) return;
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.4) }, { duration: 300 });
    },
    resize() {
      cy.resize();
      if (needsFit) fitVisible(false);
      relabel();
    },
    fit() {
      cy.animate({ fit: { eles: shownElements(), padding: 40 } }, { duration: 250 });
    },
    png: (scale) => Promise.resolve(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale })),
    visibleElements: () => Promise.resolve(shownElements()),
    counts: () => ({ nodes: cy.nodes().not('.group').length, edges: cy.edges().length }),
    async setGrouping(grouping) {
      groupTargets(cy, grouping);
      if (lastVisible) {
        const visible = lastVisible;
        cy.batch(() => cy.nodes('.group').forEach((group) => void (hiddenUnder(visible, group) ? group.addClass('hidden') : group.removeClass('hidden'))));
      }
      await relayoutVisible();
      container.dataset.grouping = grouping;
      relabel();
    },
  };
  return view;
}

// Private:

/** Nodes added (or moved) per task on a large graph: a few tens of milliseconds each. */
const NODE_CHUNK = 400;
/** Edges added per task on a large graph. */
const EDGE_CHUNK = 600;

function selectedElements(cy: Core, selection: Selection | null): Collection {
  if (!selection) return cy.collection();
  switch (selection.kind) {
    case 'actor':
      return cy.getElementById(actorNodeId(selection.id));
    case 'target':
      return cy.getElementById(targetNodeId(selection.id));
    case 'pair': {
      const source = cy.getElementById(actorNodeId(selection.actorId));
      const target = cy.getElementById(targetNodeId(selection.targetId));
      const edges = source.edgesTo(target).filter((edge) => edge.data('role') === 'position' && (!selection.stance || edge.data('stance') === selection.stance));
      return edges.union(source).union(target);
    }
    case 'statement':
      return cy.collection();
  }
}
