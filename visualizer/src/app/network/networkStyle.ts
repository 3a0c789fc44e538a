import type { StylesheetJson } from 'cytoscape';
import { KIND_LOOK } from '../model/kindLook.js';
import { NODE_KINDS, STANCES } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import { GROUP_PADDING } from './layout/LayoutRequest.js';
import type { ElementStats } from './toElements.js';

export interface NetworkStyleOptions extends ElementStats {
  /**
   * A graph too big for bezier edges and arrows at interactive speed: haystack edges (no arrows,
   * no line styles: stance is then colour plus the hover text), labels only when zoomed in.
   */
  readonly large: boolean;
}

/** Node diameter in model units, from the lightest node to the heaviest (positions involving it). */
export const NODE_MIN_SIZE = 18;
export const NODE_MAX_SIZE = 56;

/** A node's diameter, as the stylesheet's `mapData(weight, ...)` draws it: for the layout, before cytoscape has the node. */
export function nodeSize(weight: number, maxWeight: number): number {
  const share = Math.min(1, Math.max(0, weight / Math.max(1, maxWeight)));
  return NODE_MIN_SIZE + share * (NODE_MAX_SIZE - NODE_MIN_SIZE);
}

/** Edge width in model units, from one distinct statement behind it to the most any edge has. */
export const EDGE_MIN_WIDTH = 1.4;
export const EDGE_MAX_WIDTH = 7;

/** An edge's width, as the stylesheet's `mapData(statements, ...)` draws it: for a renderer without the stylesheet (sigma). */
export function edgeWidth(statements: number, maxStatements: number): number {
  const share = Math.min(1, Math.max(0, (statements - 1) / (Math.max(2, maxStatements) - 1)));
  return EDGE_MIN_WIDTH + share * (EDGE_MAX_WIDTH - EDGE_MIN_WIDTH);
}

/** Stance edges' opacity; catalog links (part of, element of, ...) are thin, grey and fainter. */
export const EDGE_OPACITY = 0.85;
export const STRUCTURE_EDGE = { color: '#A9B4C2', opacity: 0.55, width: 1 } as const;
/** What is left of an element outside the selection's neighbourhood. */
export const FADED_OPACITY = { node: 0.1, edge: 0.06 } as const;
/** The selection's halo. */
export const SELECTED_COLOR = '#1A73E8';

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * The stylesheet, keyed by selectors on the data toElements.ts writes (`node[kind = "STATE"]`,
 * `edge.opposes`) and the classes the view toggles (`hidden`, `faded`, `selected`). Stance is shown
 * three ways: colour (Okabe–Ito), line style and arrow head (model/stanceLook.ts).
 */
export function networkStyle(options: NetworkStyleOptions): StylesheetJson {
  const { maxStatements, maxWeight, large } = options;
  // Typed loosely and cast once: cytoscape's typings reject `mapData(...)` strings and unions of
  // blocks built by `map`, though cytoscape accepts both.
  const blocks: { selector: string; style: Record<string, string | number | number[]> }[] = [
    {
      selector: 'node',
      style: {
        width: `mapData(weight, 0, ${Math.max(1, maxWeight)}, ${NODE_MIN_SIZE}, ${NODE_MAX_SIZE})`,
        height: `mapData(weight, 0, ${Math.max(1, maxWeight)}, ${NODE_MIN_SIZE}, ${NODE_MAX_SIZE})`,
        'border-width': 1.5,
        // Labels only where placeLabels.ts puts them (class `labelled`), at a readable size, without overlaps.
        label: '',
        'font-family': FONT_STACK,
        'font-size': `mapData(weight, 0, ${Math.max(1, maxWeight)}, 10, 15)`,
        color: '#1c2733',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': '120px',
        'line-height': 1.1,
        'min-zoomed-font-size': large ? 11 : 8,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_LOOK[kind].shape, 'background-color': KIND_LOOK[kind].fill, 'border-color': KIND_LOOK[kind].border },
    })),
    { selector: 'node[role = "actor"]', style: { 'font-weight': 600 } },
    { selector: 'node.labelled', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
    // The size placeLabels.ts chose for the zoom: it reads at LABEL_SCREEN_PX on screen.
    { selector: 'node.labelled[labelPx]', style: { 'font-size': 'data(labelPx)', 'text-max-width': 'data(labelWidth)', 'text-margin-y': 'data(labelMargin)' } },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'bezier',
        'control-point-step-size': 14,
        width: `mapData(statements, 1, ${Math.max(2, maxStatements)}, ${EDGE_MIN_WIDTH}, ${EDGE_MAX_WIDTH})`,
        opacity: EDGE_OPACITY,
        'arrow-scale': 0.8,
      },
    },
    ...STANCES.map((stance) => {
      const look = STANCE_LOOK[stance];
      return {
        selector: `edge.${stance.toLowerCase()}`,
        style: {
          'line-color': look.color,
          'target-arrow-color': look.color,
          'target-arrow-shape': large ? 'none' : look.arrow,
          'line-style': large ? 'solid' : look.line === 'dotted' ? 'dotted' : look.dash ? 'dashed' : 'solid',
          ...(look.dash && !large ? { 'line-dash-pattern': [...look.dash] } : {}),
        },
      };
    }),
    {
      selector: 'edge.structure',
      style: { 'curve-style': large ? 'haystack' : 'straight', width: STRUCTURE_EDGE.width, 'line-color': STRUCTURE_EDGE.color, 'line-style': 'solid', opacity: STRUCTURE_EDGE.opacity, 'target-arrow-shape': 'none' },
    },
    {
      // A box around the targets of one kind (groupTargets.ts): pale, dashed, named at the top.
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#F3F5F8',
        'background-opacity': 0.7,
        'border-color': '#8A96A6',
        'border-style': 'dashed',
        'border-width': 1.5,
        padding: GROUP_PADDING,
        // Sized by its members' shapes, not their labels: labels grow as the view zooms out
        // (placeLabels.ts), and boxes sized by them would swell into each other.
        'compound-sizing-wrt-labels': 'exclude',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-weight': 600,
        color: '#3A4656',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.group[labelPx]', style: { 'font-size': 'data(labelPx)', 'text-margin-y': 'data(labelMargin)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: FADED_OPACITY.node, 'text-opacity': 0.15 } },
    { selector: 'edge.faded', style: { opacity: FADED_OPACITY.edge } },
    {
      selector: 'node.selected',
      style: { 'underlay-color': SELECTED_COLOR, 'underlay-opacity': 0.28, 'underlay-padding': 7, 'underlay-shape': 'ellipse', 'border-width': 3, 'font-size': 13, 'z-index': 10 },
    },
    { selector: 'edge.selected', style: { 'underlay-color': SELECTED_COLOR, 'underlay-opacity': 0.25, 'underlay-padding': 5, opacity: 1, 'z-index': 10 } },
    { selector: 'node.neighbour', style: { 'text-opacity': 1 } },
  ];
  return blocks as unknown as StylesheetJson;
}
