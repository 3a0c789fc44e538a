import type { Collection } from 'cytoscape';
import type { Catalog } from '../model/Catalog.js';
import type { StanceCell } from '../model/StanceCell.js';
import type { Selection } from '../state/ViewState.js';
import type { TargetGrouping } from './groupTargets.js';
import type { VisibleElements } from './visibleElements.js';

export interface NetworkViewOptions {
  readonly container: HTMLElement;
  readonly catalog: Catalog;
  /** The stance cells of the whole graph (every agenda item): one edge per cell and stance. */
  readonly cells: readonly StanceCell[];
  /** A click on a node or edge (or on the background: null). */
  readonly onSelect: (selection: Selection | null) => void;
  /** Layout progress, for the status line. */
  readonly onLayout?: (state: { phase: 'running' | 'done'; cached: boolean; milliseconds: number }) => void;
}

/**
 * The network view, as the rest of the explorer sees it, whichever renderer draws it: cytoscape on
 * a 2D canvas (cytoscape/createCytoscapeNetwork.ts) or sigma.js in WebGL (sigma/createSigmaNetwork.ts).
 */
export interface NetworkView {
  /** Which renderer runs: 'canvas' (cytoscape) or 'webgl' (sigma.js). Also `data-renderer` on the container. */
  readonly renderer: 'canvas' | 'webgl';
  /** Whether "Group targets by kind" is offered (the canvas renderer draws the boxes; sigma has no compound nodes). */
  readonly canGroup: boolean;
  /** Resolves once the first frame with every node is drawn (sigma), or at once (cytoscape, whose start-up orders itself). */
  readonly firstFrame: Promise<void>;
  /** Resolves when the final (fcose) positions are in place and every edge is drawn. */
  readonly layoutDone: Promise<void>;
  /** The renderer's own objects, for the automation handle `window.__cpg` (tests, benchmark): read-only use. */
  readonly internals: Readonly<Record<string, unknown>>;
  /** Shows what the filters leave, with edge counts recomputed; fits the view to it. */
  showVisible(visible: VisibleElements): void;
  /** Highlights the selection and its neighbourhood, fading the rest. */
  showSelection(selection: Selection | null): void;
  /** Centres and zooms on a node, by node id (`a:JPN`, `t:sovereignty`). */
  focus(nodeId: string): void;
  /** Fits the visible graph in the view, animated. */
  fit(): void;
  /** Call when the container changed size (a view switch, a panel opening). */
  resize(): void;
  /** The view as drawn, a PNG at `scale` times the screen's size (the export). */
  png(scale: number): Promise<Blob>;
  /** The visible elements with positions, for the exports (group boxes left out); a promise, as sigma's path loads cytoscape (headless) for it. */
  visibleElements(): Promise<Collection>;
  /** Nodes and edges the view holds (shown or not), for the benchmark. */
  counts(): { nodes: number; edges: number };
  /**
   * Groups the targets in a box per kind, or ungroups them, and lays the visible graph out again;
   * resolves when the new positions are in place (`data-grouping` on the container then says which).
   */
  setGrouping(grouping: TargetGrouping): Promise<void>;
}
