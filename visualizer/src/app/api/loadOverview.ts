import { CITATION_FIELDS, type ApiActorRef, type ApiCitation } from './ApiCitation.js';
import type { AnalysisScope } from './loadServerAnalysis.js';
import { queryApi } from './queryApi.js';
import { scopeParts } from './viewScopeOf.js';

export interface ApiTargetRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface ApiCommonGround {
  readonly target: ApiTargetRef;
  readonly tier: 'AGREED' | 'AGREED_WITH_RESERVATIONS';
  readonly supporters: readonly ApiActorRef[];
  readonly reservedBy: readonly ApiActorRef[];
  readonly reservations: readonly ApiCitation[];
  readonly queriedBy: readonly ApiActorRef[];
}

export interface ApiDivergence {
  readonly target: ApiTargetRef;
  readonly supporting: readonly ApiActorRef[];
  readonly opposing: readonly ApiActorRef[];
  readonly contesting: readonly ApiActorRef[];
  readonly reserving: readonly ApiActorRef[];
  readonly smallerCamp: number;
  readonly margin: number;
}

export interface Overview {
  readonly commonGround: readonly ApiCommonGround[];
  /** In the API's order: most divided first. */
  readonly divergences: readonly ApiDivergence[];
}

const ACTOR = '{ id name }';

/** The API's common ground (agreed, then agreed with reservations) and divergences in one request. */
export async function loadOverview(scope: AnalysisScope | null): Promise<Overview> {
  const { declaration, argument, variables } = scopeParts(scope);
  return queryApi<Overview>(
    `query Overview${declaration} {
      commonGround${argument} { target { id name kind } tier supporters ${ACTOR} reservedBy ${ACTOR} reservations { ${CITATION_FIELDS} } queriedBy ${ACTOR} }
      divergences${argument} { target { id name kind } supporting ${ACTOR} opposing ${ACTOR} contesting ${ACTOR} reserving ${ACTOR} smallerCamp margin }
    }`,
    variables,
  );
}
