import type { ApiActorRef } from './ApiCitation.js';
import type { AnalysisScope } from './loadServerAnalysis.js';
import { queryApi } from './queryApi.js';
import { scopeParts } from './viewScopeOf.js';

export interface ApiAgreementPair {
  readonly stateA: { readonly id: string };
  readonly stateB: { readonly id: string };
  readonly sharedTargets: number;
  readonly agreements: number;
  readonly rawAgreement: number | null;
  readonly kappa: number | null;
  readonly pi: number | null;
  readonly nullReason: 'NO_SHARED_TARGETS' | 'TOO_FEW_SHARED_TARGETS' | 'NO_VARIATION' | null;
}

export interface ApiBlocs {
  readonly blocs: readonly { readonly id: number; readonly states: readonly ApiActorRef[] }[];
  readonly modularity: number | null;
  readonly unplacedStates: readonly ApiActorRef[];
  readonly caveats: readonly string[];
  readonly caveat: string | null;
  readonly dataQuality: { readonly statesPlaced: number; readonly pairs: number; readonly pairsSharingNoTarget: number; readonly medianSharedTargets: number | null };
}

export interface AgreementData {
  readonly agreement: { readonly states: readonly ApiActorRef[]; readonly minSharedTargets: number; readonly pairs: readonly ApiAgreementPair[] };
  readonly blocs: ApiBlocs;
}

/** Pairwise agreement (raw, κ, π, N) and Louvain blocs with modularity and caveats, as the API gives them. */
export async function loadAgreement(scope: AnalysisScope | null): Promise<AgreementData> {
  const { declaration, argument, variables } = scopeParts(scope);
  return queryApi<AgreementData>(
    `query Agreement${declaration} {
      agreement${argument} { states { id name } minSharedTargets pairs { stateA { id } stateB { id } sharedTargets agreements rawAgreement kappa pi nullReason } }
      blocs${argument} { blocs { id states { id name } } modularity unplacedStates { id name } caveats caveat dataQuality { statesPlaced pairs pairsSharingNoTarget medianSharedTargets } }
    }`,
    variables,
  );
}
