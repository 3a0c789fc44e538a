import { CITATION_FIELDS, type ApiCitation } from './ApiCitation.js';
import type { AnalysisScope } from './loadServerAnalysis.js';
import { queryApi } from './queryApi.js';

export interface ApiSideEntry {
  readonly actor: { readonly id: string; readonly name: string; readonly kind: string };
  readonly isParticipatingState: boolean;
  readonly netStance: string;
  readonly netReservation: 'CONDITIONAL_ACCEPTANCE' | 'CONTESTATION' | null;
  readonly citations: readonly ApiCitation[];
}

export interface ApiConsensusDetail {
  readonly tier: string;
  readonly score: number | null;
  readonly statesSpoke: number;
  readonly sides: readonly { readonly stance: string; readonly entries: readonly ApiSideEntry[] }[];
}

// The server prices sides × entries × citations as 10 × 10 × 10 citations of 7 points: about 7,200
// per target against its default cost limit of 25,000 (server/schema/limits/costEstimator.ts).
const BATCH = 3;

/** Each target's consensus sides with every citation, three targets per request (aliases t0, t1, ...). */
export async function loadDivergenceDetails(targetIds: readonly string[], scope: AnalysisScope | null): Promise<Map<string, ApiConsensusDetail>> {
  const details = new Map<string, ApiConsensusDetail>();
  for (let from = 0; from < targetIds.length; from += BATCH) {
    const batch = targetIds.slice(from, from + BATCH);
    const declarations = [...batch.map((_, i) => `$t${i}: ID!`), ...(scope ? ['$scope: AnalysisScope'] : [])].join(', ');
    const fields = batch
      .map(
        (_, i) =>
          `t${i}: consensus(targetId: $t${i}${scope ? ', scope: $scope' : ''}) { tier score statesSpoke sides { stance entries { actor { id name kind } isParticipatingState netStance netReservation citations { ${CITATION_FIELDS} } } } }`,
      )
      .join('\n');
    const variables = { ...Object.fromEntries(batch.map((id, i) => [`t${i}`, id])), ...(scope ? { scope } : {}) };
    const data = await queryApi<Record<string, ApiConsensusDetail>>(`query DivergenceDetails(${declarations}) {\n${fields}\n}`, variables);
    batch.forEach((id, i) => {
      const detail = data[`t${i}`];
      if (detail) details.set(id, detail);
    });
  }
  return details;
}
