import { PROVENANCE_METHODS, type ProvenanceMethod } from '../model/kinds.js';
import type { Filters } from './ViewState.js';

/**
 * The provenance kinds the filters let through, in `PROVENANCE_METHODS` order: the reviewed kinds
 * ticked, plus EXTRACTED when suggestions are shown. The one place both filter fields are combined,
 * so the evidence panel, the exports and the network ask the API for the same positions.
 */
export function shownProvenanceOf(filters: Filters): ProvenanceMethod[] {
  return PROVENANCE_METHODS.filter((method) => (method === 'EXTRACTED' ? filters.includeExtracted : filters.provenance.includes(method)));
}
