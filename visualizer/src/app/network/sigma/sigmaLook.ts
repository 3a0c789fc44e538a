import { KIND_LOOK } from '../../model/kindLook.js';
import type { NodeKind, Stance } from '../../model/kinds.js';
import { STANCE_LOOK } from '../../model/stanceLook.js';
import { EDGE_OPACITY, edgeWidth, FADED_OPACITY, nodeSize, STRUCTURE_EDGE } from '../networkStyle.js';
import type { ElementStats } from '../toElements.js';

/** The attributes sigma draws a node with, from its data (toElements.ts): the stylesheet's rules, in sigma's terms. */
export interface SigmaNodeLook {
  /** Radius in model units (sigma's `itemSizesReference: 'positions'`): half the stylesheet's diameter. */
  readonly size: number;
  readonly color: string;
  readonly borderColor: string;
}

/**
 * How sigma draws what cytoscape draws with networkStyle.ts, from the same rules: fill and rim by
 * kind (model/kindLook.ts; a disc with a rim for every kind, sigma drawing no other shapes), size
 * by positions (nodeSize), edges coloured by stance (model/stanceLook.ts) at the stylesheet's
 * opacity and width by statements (edgeWidth), catalog links thin and grey, faded elements at the
 * stylesheet's faded opacity. Colours go to sigma as rgba: it blends them over the white page.
 */
export function nodeLook(data: Readonly<Record<string, unknown>>, stats: ElementStats): SigmaNodeLook {
  const look = KIND_LOOK[data.kind as NodeKind];
  return { size: nodeSize(Number(data.weight ?? 0), stats.maxWeight) / 2, color: look.fill, borderColor: look.border };
}

export function edgeLook(data: Readonly<Record<string, unknown>>, statements: number, stats: ElementStats): { size: number; color: string } {
  if (data.role === 'structure') return { size: STRUCTURE_EDGE.width, color: withAlpha(STRUCTURE_EDGE.color, STRUCTURE_EDGE.opacity) };
  return { size: edgeWidth(statements, stats.maxStatements), color: withAlpha(STANCE_LOOK[data.stance as Stance].color, EDGE_OPACITY) };
}

/** A node's or edge's colour outside the selection's neighbourhood. */
export function faded(color: string, element: 'node' | 'edge'): string {
  return withAlpha(color, FADED_OPACITY[element]);
}

// Private:

/** `#RRGGBB` (or an rgba() from this file) at `alpha` times its opacity. */
function withAlpha(color: string, alpha: number): string {
  // A handful of colours and opacities, asked for per edge at every refresh (25,000 times): remembered.
  const key = `${color} ${alpha}`;
  let rgba = RGBA.get(key);
  if (rgba === undefined) RGBA.set(key, (rgba = toRgba(color, alpha)));
  return rgba;
}

const RGBA = new Map<string, string>();

function toRgba(color: string, alpha: number): string {
  const rgba = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(color);
  if (rgba) return `rgba(${rgba[1]},${rgba[2]},${rgba[3]},${Number(rgba[4]) * alpha})`;
  const value = Number.parseInt(color.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${alpha})`;
}
