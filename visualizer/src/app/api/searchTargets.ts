import type { TargetKind } from '../model/kinds.js';
import { queryApi } from './queryApi.js';

const TARGETS_QUERY = /* GraphQL */ `
  query SearchTargets($query: String!) { targets(query: $query) { id kind name } }
`;

/** Principles, instruments and proposals whose name or an alias contains `query` (the API ignores case and accents). */
export async function searchTargets(query: string): Promise<{ id: string; kind: TargetKind; name: string }[]> {
  const data = await queryApi<{ targets: { id: string; kind: TargetKind; name: string }[] }>(TARGETS_QUERY, { query });
  return data.targets;
}
