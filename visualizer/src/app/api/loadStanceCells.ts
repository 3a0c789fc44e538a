import type { Stance } from '../model/kinds.js';
import type { StanceCell } from '../model/StanceCell.js';
import type { CellScope } from './cellScopeOf.js';
import { queryApi } from './queryApi.js';

/** Exported for the server's tests: the explorer's heaviest request must stay within the default cost limit. */
export const CELLS_QUERY = /* GraphQL */ `
  query StanceColumns($scope: AnalysisScope) {
    stanceColumns(scope: $scope) { actorIds targetIds actor target byStance { stance positions statements } }
  }
`;

/**
 * Every actor × target pair with positions in scope, counted per stance, in one request: the API's
 * `stanceColumns` (stanceMatrix's cells in columns, computed once per graph version and scope on
 * the server). Replaces walking every position 100 a page: 26,000 positions took ~4 s that way, and
 * the answer grew with the corpus rather than with the picture. Columns rather than `stanceMatrix`'s
 * objects: at 25,844 cells 0.5 MB instead of 2.3 MB to download and parse before the first frame.
 */
export async function loadStanceCells(scope: CellScope): Promise<StanceCell[]> {
  const { stanceColumns: columns } = await queryApi<ColumnsData>(CELLS_QUERY, { scope: toAnalysisScope(scope) });
  return columns.actor.map((actor, i) => ({
    actorId: columns.actorIds[actor]!,
    targetId: columns.targetIds[columns.target[i]!]!,
    // Stances with positions only, in the API's (STANCES) order, as StanceCell has them.
    byStance: columns.byStance.filter((column) => column.positions[i]! > 0).map((column) => ({ stance: column.stance, positions: column.positions[i]!, statements: column.statements[i]! })),
  }));
}

// Private:

function toAnalysisScope(scope: CellScope): Record<string, unknown> | null {
  const analysisScope = {
    ...(scope.agendaItemIds.length > 0 ? { agendaItemIds: [...scope.agendaItemIds] } : {}),
    ...(scope.includeExtracted ? { includeExtracted: true } : {}),
  };
  return Object.keys(analysisScope).length > 0 ? analysisScope : null;
}

interface ColumnsData {
  stanceColumns: {
    actorIds: string[];
    targetIds: string[];
    actor: number[];
    target: number[];
    byStance: { stance: Stance; positions: number[]; statements: number[] }[];
  };
}
