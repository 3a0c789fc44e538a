import { PROVENANCE_METHODS, type ProvenanceMethod } from '../model/kinds.js';
import { queryApi } from './queryApi.js';

/**
 * How many positions the graph holds of each provenance, in one request (three counted pages of
 * one position): the filters show a Provenance group only when some are not curated.
 */
export async function loadProvenanceCounts(): Promise<Record<ProvenanceMethod, number>> {
  const fields = PROVENANCE_METHODS.map((method) => `${method}: positions(first: 1, filter: { provenance: [${method}] }) { totalCount }`).join('\n');
  const data = await queryApi<Record<ProvenanceMethod, { totalCount: number }>>(`query ProvenanceCounts {\n${fields}\n}`);
  return Object.fromEntries(PROVENANCE_METHODS.map((method) => [method, data[method].totalCount])) as Record<ProvenanceMethod, number>;
}
