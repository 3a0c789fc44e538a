import type { Stance } from './kinds.js';
import type { StanceCell } from './StanceCell.js';

/** All positions of one actor with one stance on one target: one edge of the network. */
export interface StanceEdge {
  readonly id: string;
  readonly actorId: string;
  readonly targetId: string;
  readonly stance: Stance;
  /** Distinct statements behind the edge (its width). */
  readonly statements: number;
  readonly positions: number;
}

/** The id of the edge for an actor, a target and a stance; ids of nodes are prefixed (`a:`/`t:`) apart. */
export function stanceEdgeId(actorId: string, targetId: string, stance: Stance): string {
  return `p:${actorId}|${targetId}|${stance}`;
}

/** One edge per (actor, target, stance) with positions: each cell split by its stances. */
export function aggregateEdges(cells: Iterable<StanceCell>): Map<string, StanceEdge> {
  const edges = new Map<string, StanceEdge>();
  for (const cell of cells) {
    for (const { stance, positions, statements } of cell.byStance) {
      const id = stanceEdgeId(cell.actorId, cell.targetId, stance);
      edges.set(id, { id, actorId: cell.actorId, targetId: cell.targetId, stance, statements, positions });
    }
  }
  return edges;
}
