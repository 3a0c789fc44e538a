import type { Filters } from '../state/ViewState.js';
import type { Catalog } from './Catalog.js';
import type { PositionRow } from './PositionRow.js';

/**
 * Whether a position passes the filters: its agenda item, stance and actor kind are among those
 * chosen, and a State actor is in the chosen set when there is one. The same rule the evidence
 * panel sends to the API as a `PositionFilter` (see api/positionFilterOf.ts).
 */
export function positionPredicate(filters: Filters, catalog: Catalog): (row: PositionRow) => boolean {
  const agenda = filters.agendaItemIds.length > 0 ? new Set(filters.agendaItemIds) : null;
  const stances = new Set(filters.stances);
  const kinds = new Set(filters.actorKinds);
  const states = filters.stateIds.length > 0 ? new Set(filters.stateIds) : null;
  return (row) => {
    if (agenda && !agenda.has(row.agendaItemId)) return false;
    if (!stances.has(row.stance)) return false;
    const actor = catalog.actors.get(row.actorId);
    if (!actor || !kinds.has(actor.kind)) return false;
    return !(states && actor.kind === 'STATE' && !states.has(actor.id));
  };
}
