import { STANCES, type Stance, type StanceCell } from '../../graph/index.js';

/** The GraphQL `StanceColumns` object: stance cells as parallel lists (stanceColumnsOf). */
export interface StanceColumns {
  readonly actorIds: string[];
  readonly targetIds: string[];
  readonly actor: number[];
  readonly target: number[];
  readonly byStance: { readonly stance: Stance; readonly positions: number[]; readonly statements: number[] }[];
}

/**
 * graph/analysis's stance cells (stanceMatrix), unchanged and in their order, written as columns:
 * cell i is `actorIds[actor[i]]` on `targetIds[target[i]]`, with `byStance[s].positions[i]`
 * positions of stance s (every stance of STANCES, in its order; 0 when none). Each id is written
 * once instead of once per cell, and no field name is repeated per cell: at 25,844 cells the
 * answer is about a fifth of `stanceMatrix`'s 2.3 MB, which a browser downloads and parses before
 * it can draw anything.
 */
export function stanceColumnsOf(cells: readonly StanceCell[]): StanceColumns {
  const actorIndex = new Map<string, number>();
  const targetIndex = new Map<string, number>();
  const indexOf = (index: Map<string, number>, id: string) => {
    let at = index.get(id);
    if (at === undefined) index.set(id, (at = index.size));
    return at;
  };
  const byStance = STANCES.map((stance) => ({ stance, positions: new Array<number>(cells.length), statements: new Array<number>(cells.length) }));
  const actor = new Array<number>(cells.length);
  const target = new Array<number>(cells.length);
  cells.forEach((cell, i) => {
    actor[i] = indexOf(actorIndex, cell.actorId);
    target[i] = indexOf(targetIndex, cell.targetId);
    for (const column of byStance) {
      column.positions[i] = cell.counts[column.stance];
      column.statements[i] = cell.statementsByStance[column.stance];
    }
  });
  return { actorIds: [...actorIndex.keys()], targetIds: [...targetIndex.keys()], actor, target, byStance };
}
