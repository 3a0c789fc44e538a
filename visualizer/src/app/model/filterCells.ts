import type { Filters } from '../state/ViewState.js';
import type { Catalog } from './Catalog.js';
import { STANCES } from './kinds.js';
import type { StanceCell } from './StanceCell.js';

/**
 * The cells the filters leave, for filters the API's scope does not say: stances (a cell keeps the
 * stances ticked, and goes when none is left), actor kinds, and the chosen set of States (other
 * actor kinds pass). Agenda items are not applied here: they are the scope the cells were asked
 * for (api/cellScopeOf.ts). The same rule the evidence panel sends to the API as a `PositionFilter`
 * (api/positionFilterOf.ts), so an edge's quotes are the positions it counts.
 */
export function filterCells(cells: readonly StanceCell[], filters: Filters, catalog: Catalog): StanceCell[] {
  const stances = new Set(filters.stances);
  const kinds = new Set(filters.actorKinds);
  const states = filters.stateIds.length > 0 ? new Set(filters.stateIds) : null;
  const allStances = STANCES.every((stance) => stances.has(stance));
  const kept: StanceCell[] = [];
  for (const cell of cells) {
    const actor = catalog.actors.get(cell.actorId);
    if (!actor || !kinds.has(actor.kind) || !catalog.targets.has(cell.targetId)) continue;
    if (states && actor.kind === 'STATE' && !states.has(actor.id)) continue;
    const byStance = allStances ? cell.byStance : cell.byStance.filter((count) => stances.has(count.stance));
    if (byStance.length === 0) continue;
    kept.push(byStance === cell.byStance ? cell : { ...cell, byStance });
  }
  return kept;
}
