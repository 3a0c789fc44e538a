import type { StanceMatrix } from './buildMatrix.js';
import type { TargetInfo } from './Catalog.js';

/** A zero-draft candidate: supported by several States, objected to by none. */
export interface CommonGroundEntry {
  readonly target: TargetInfo;
  /** State ids whose net stance is SUPPORTS. */
  readonly supporterIds: readonly string[];
}

/** How many supporting States make a candidate (graph/analysis DEFAULT_MIN_SUPPORTERS). */
export const MIN_SUPPORTERS = 2;

/**
 * Targets supported by at least two States and opposed or qualified by none (consensus as the
 * absence of objection): the rule of graph/analysis/commonGround.ts, applied to the positions in
 * view. Used until the API serves `commonGround`. Most supporters first, then name.
 */
export function commonGroundOf(matrix: StanceMatrix, isState: (actorId: string) => boolean): CommonGroundEntry[] {
  const found: CommonGroundEntry[] = [];
  for (const row of matrix.rows) {
    if (row.summary.opposing + row.summary.qualifying > 0 || row.summary.supporting < MIN_SUPPORTERS) continue;
    const supporterIds = [...row.cells]
      .filter(([actorId, cell]) => isState(actorId) && cell.stances.includes('SUPPORTS'))
      .map(([actorId]) => actorId)
      .sort();
    found.push({ target: row.target, supporterIds });
  }
  return found.sort((a, b) => b.supporterIds.length - a.supporterIds.length || a.target.name.localeCompare(b.target.name));
}
