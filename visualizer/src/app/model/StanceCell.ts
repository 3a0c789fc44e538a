import type { Stance } from './kinds.js';

/** The positions of one stance in a cell, and the distinct statements behind them. */
export interface StanceCount {
  readonly stance: Stance;
  readonly positions: number;
  readonly statements: number;
}

/**
 * One actor's positions on one target in scope, counted per stance: a cell of the API's
 * `stanceMatrix` (graph/analysis/stanceMatrix.ts). What the network and the matrix draw; the
 * positions themselves (quotes, speakers) are fetched on demand for the evidence panel, so a graph
 * of 300,000 positions arrives as a few thousand cells.
 */
export interface StanceCell {
  readonly actorId: string;
  readonly targetId: string;
  /** Stances with at least one position, in `STANCES` order. */
  readonly byStance: readonly StanceCount[];
}

/** Positions in a cell, all stances together. */
export function positionsIn(cell: StanceCell): number {
  return cell.byStance.reduce((sum, count) => sum + count.positions, 0);
}
