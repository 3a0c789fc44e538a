import type { Stance } from './kinds.js';
import type { PositionRow } from './PositionRow.js';

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

/** Groups positions into one edge per (actor, target, stance), counting positions and distinct statements. */
export function aggregateEdges(rows: Iterable<PositionRow>): Map<string, StanceEdge> {
  const groups = new Map<string, { row: PositionRow; statements: Set<string>; positions: number }>();
  for (const row of rows) {
    const id = stanceEdgeId(row.actorId, row.targetId, row.stance);
    const group = groups.get(id);
    if (group) {
      group.statements.add(row.statementId);
      group.positions += 1;
    } else {
      groups.set(id, { row, statements: new Set([row.statementId]), positions: 1 });
    }
  }
  const edges = new Map<string, StanceEdge>();
  for (const [id, { row, statements, positions }] of groups) {
    edges.set(id, { id, actorId: row.actorId, targetId: row.targetId, stance: row.stance, statements: statements.size, positions });
  }
  return edges;
}
