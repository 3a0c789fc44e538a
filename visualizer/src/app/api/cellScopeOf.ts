import type { Filters } from '../state/ViewState.js';

/**
 * What the cells are asked for: the `AnalysisScope` of `stanceMatrix`. The agenda-item filter is
 * said to the API (positions carry their agenda item; cells do not); every other filter is applied
 * to the cells in the browser (model/filterCells.ts), so ticking a stance or a State sends nothing.
 */
export interface CellScope {
  readonly agendaItemIds: readonly string[];
  /** Also count EXTRACTED positions nobody has reviewed yet (the API's default: curated only). */
  readonly includeExtracted: boolean;
}

/** The scope for the filters' agenda items (sorted, so equal filters share a cache entry). */
export function cellScopeOf(filters: Filters, options: { includeExtracted: boolean }): CellScope {
  return { agendaItemIds: [...filters.agendaItemIds].sort(), includeExtracted: options.includeExtracted };
}

/** The whole graph at this provenance: every agenda item. What the network is built from. */
export function wholeScope(options: { includeExtracted: boolean }): CellScope {
  return { agendaItemIds: [], includeExtracted: options.includeExtracted };
}
