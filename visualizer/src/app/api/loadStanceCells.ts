import type { Stance } from '../model/kinds.js';
import type { StanceCell } from '../model/StanceCell.js';
import type { CellScope } from './cellScopeOf.js';
import { queryApi } from './queryApi.js';

const CELLS_QUERY = /* GraphQL */ `
  query StanceCells($scope: AnalysisScope) {
    stanceMatrix(scope: $scope) { actor { id } target { id } byStance { stance positions statements } }
  }
`;

/**
 * Every actor × target pair with positions in scope, counted per stance, in one request: the API's
 * `stanceMatrix` (computed once per graph version and scope on the server). Replaces walking every
 * position 100 a page: 26,000 positions took ~4 s that way, and the answer grew with the corpus
 * rather than with the picture.
 */
export async function loadStanceCells(scope: CellScope): Promise<StanceCell[]> {
  const { stanceMatrix } = await queryApi<CellsData>(CELLS_QUERY, { scope: toAnalysisScope(scope) });
  return stanceMatrix.map((cell) => ({ actorId: cell.actor.id, targetId: cell.target.id, byStance: cell.byStance }));
}

// Private:

function toAnalysisScope(scope: CellScope): Record<string, unknown> | null {
  const analysisScope = {
    ...(scope.agendaItemIds.length > 0 ? { agendaItemIds: [...scope.agendaItemIds] } : {}),
    ...(scope.includeExtracted ? { includeExtracted: true } : {}),
  };
  return Object.keys(analysisScope).length > 0 ? analysisScope : null;
}

interface CellsData {
  stanceMatrix: { actor: { id: string }; target: { id: string }; byStance: { stance: Stance; positions: number; statements: number }[] }[];
}
