import { STANCES, type ActorKind, type Stance, type TargetKind } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { indexInput } from './indexInput.js';
import { mustGet } from './mustGet.js';

/** One actor's stand on one target in scope: its net stance and the positions behind it, counted. */
export interface StanceCell {
  readonly actorId: string;
  readonly targetId: string;
  /** See `netStance`: OPPOSES > QUALIFIES > SUPPORTS > QUERIES. */
  readonly net: Stance;
  /** Positions per stance, in `STANCES` order (SUPPORTS, OPPOSES, QUALIFIES, QUERIES). */
  readonly counts: Readonly<Record<Stance, number>>;
  readonly positions: number;
  /**
   * Distinct statements behind the positions of each stance, in `STANCES` order: a statement that
   * takes two positions of one stance on one target (two passages quoted) counts once. What a
   * network draws as an edge's width.
   */
  readonly statementsByStance: Readonly<Record<Stance, number>>;
  /** Distinct statements behind all the positions of the cell. */
  readonly statements: number;
}

export interface StanceMatrixOptions {
  readonly actorKinds?: readonly ActorKind[];
  readonly targetKinds?: readonly TargetKind[];
}

/**
 * Every actor × target pair with positions in scope (any actor kind, not only participating
 * States), ordered by target id then actor id: what a network or matrix view draws, a few
 * thousand cells where the positions behind them are hundreds of thousands.
 */
export function stanceMatrix(input: AnalysisInput, options: StanceMatrixOptions = {}): StanceCell[] {
  const index = indexInput(input);
  const actorKinds = options.actorKinds?.length ? new Set(options.actorKinds) : null;
  const targetKinds = options.targetKinds?.length ? new Set(options.targetKinds) : null;
  const cells: StanceCell[] = [];
  for (const [targetId, stances] of index.stancesByTarget) {
    if (targetKinds !== null && !targetKinds.has(mustGet(index.targetById, targetId, 'target').kind)) continue;
    for (const stance of stances) {
      if (actorKinds !== null && !actorKinds.has(mustGet(index.actorById, stance.actorId, 'actor').kind)) continue;
      const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
      const statementIds = Object.fromEntries(STANCES.map((s) => [s, new Set<string>()])) as Record<Stance, Set<string>>;
      for (const position of stance.positions) {
        counts[position.stance] += 1;
        statementIds[position.stance].add(position.statementId);
      }
      const statementsByStance = Object.fromEntries(STANCES.map((s) => [s, statementIds[s].size])) as Record<Stance, number>;
      const statements = new Set(stance.positions.map((position) => position.statementId)).size;
      cells.push({ actorId: stance.actorId, targetId, net: stance.net, counts, positions: stance.positions.length, statementsByStance, statements });
    }
  }
  return cells;
}
