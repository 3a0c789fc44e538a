import type { Catalog } from '../model/Catalog.js';
import { ACTOR_KINDS, PROVENANCE_METHODS, STANCES, type ActorKind, type ProvenanceMethod, type Stance } from '../model/kinds.js';
import { shownProvenanceOf } from '../state/shownProvenanceOf.js';
import type { Filters, Selection } from '../state/ViewState.js';

/** The API's `PositionFilter` input (server/schema/typeDefs.ts). */
export interface PositionFilter {
  actorIds?: string[];
  actorKinds?: ActorKind[];
  targetIds?: string[];
  stances?: Stance[];
  agendaItemIds?: string[];
  /** By how the position came to be; absent: every kind, unreviewed suggestions included. */
  provenance?: ProvenanceMethod[];
}

/**
 * The filter that asks the API for the positions behind a selection, under the filters in force:
 * the same rule as model/filterCells.ts. "Only these States" cannot be said with the API's
 * AND-only filter (it would drop organisations), so it becomes an explicit list of the actors that
 * pass. A selected actor is shown even when the filters hide its kind: the user asked for it.
 * Unreviewed EXTRACTED positions pass only when `filters.includeExtracted` (the API, asked with no
 * provenance, returns every kind, so the filter is sent whenever it narrows).
 * Null when nothing can pass: the API reads an empty list as "no filter", not "none".
 */
export function positionFilterOf(
  selection: Exclude<Selection, { kind: 'statement' }>,
  filters: Filters,
  catalog: Catalog,
): PositionFilter | null {
  const filter: PositionFilter = {};
  if (filters.agendaItemIds.length > 0) filter.agendaItemIds = [...filters.agendaItemIds];
  const stances = selection.stance ? filters.stances.filter((s) => s === selection.stance) : [...filters.stances];
  if (stances.length === 0) return null;
  if (stances.length < STANCES.length) filter.stances = stances;
  const provenance = shownProvenanceOf(filters);
  if (provenance.length === 0) return null;
  if (provenance.length < PROVENANCE_METHODS.length) filter.provenance = provenance;
  switch (selection.kind) {
    case 'actor':
      filter.actorIds = [selection.id];
      break;
    case 'pair':
      filter.actorIds = [selection.actorId];
      filter.targetIds = [selection.targetId];
      break;
    case 'target': {
      filter.targetIds = [selection.id];
      if (filters.stateIds.length > 0) {
        const states = new Set(filters.stateIds);
        filter.actorIds = [...catalog.actors.values()]
          .filter((a) => filters.actorKinds.includes(a.kind) && (a.kind !== 'STATE' || states.has(a.id)))
          .map((a) => a.id);
        if (filter.actorIds.length === 0) return null;
      } else if (filters.actorKinds.length < ACTOR_KINDS.length) {
        if (filters.actorKinds.length === 0) return null;
        filter.actorKinds = [...filters.actorKinds];
      }
      break;
    }
  }
  return filter;
}
