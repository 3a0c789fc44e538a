import type { ApiCitation } from './ApiCitation.js';
import { EVIDENCE_SOURCE_FIELDS, PROVENANCE_FIELDS, type ApiEvidenceSource, type ApiProvenance } from './ApiProvenance.js';
import type { AnalysisScope } from './loadServerAnalysis.js';
import type { PositionFilter } from './positionFilterOf.js';
import { queryApi } from './queryApi.js';

/** One position of a compared State, as a citation with its target. */
export interface ComparedPosition extends ApiCitation {
  readonly target: { readonly id: string; readonly name: string; readonly kind: string };
}

interface PositionNode {
  readonly id: string;
  readonly stance: string;
  readonly reservation: ApiCitation['reservation'];
  readonly actor: { readonly id: string; readonly name: string };
  readonly target: { readonly id: string; readonly name: string; readonly kind: string };
  readonly evidence: ApiEvidenceSource & { readonly quote: string; readonly start: number; readonly end: number; readonly document: ApiCitation['document'] };
  readonly provenance: ApiProvenance;
  readonly statement: { readonly agendaItem: ApiCitation['agendaItem'] };
}

/**
 * Every position of `stateIds` (within the agenda items of `scope`; unreviewed suggestions only when
 * the scope includes them, as the analyses count them), a hundred a page, in document order, as
 * citations: what Compare States sets side by side.
 */
export async function loadStatesPositions(stateIds: readonly string[], scope: AnalysisScope | null): Promise<ComparedPosition[]> {
  return loadCitedPositions({
    actorIds: [...stateIds],
    ...(scope?.agendaItemIds ? { agendaItemIds: scope.agendaItemIds } : {}),
    ...(scope?.includeExtracted ? {} : { provenance: ['CURATED', 'IMPORTED'] }),
  });
}

/** Every position the API's `PositionFilter` selects, a hundred a page, in document order, as citations. */
export async function loadCitedPositions(filter: PositionFilter): Promise<ComparedPosition[]> {
  const found: ComparedPosition[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    const data: { positions: { edges: { node: PositionNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await queryApi(
      `query ComparedPositions($filter: PositionFilter, $after: String) { positions(first: 100, after: $after, filter: $filter) {
        edges { node { id stance reservation actor { id name } target { id name kind } ${PROVENANCE_FIELDS}
          evidence { quote start end ${EVIDENCE_SOURCE_FIELDS} document { id title date } } statement { agendaItem { id label title } } } }
        pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    for (const { node } of data.positions.edges) {
      found.push({
        quote: node.evidence.quote,
        stance: node.stance,
        reservation: node.reservation,
        start: node.evidence.start,
        end: node.evidence.end,
        position: {
          id: node.id,
          actor: node.actor,
          provenance: node.provenance,
          evidence: { located: node.evidence.located, citation: node.evidence.citation, sourceUrl: node.evidence.sourceUrl },
        },
        document: node.evidence.document,
        agendaItem: node.statement.agendaItem,
        target: node.target,
      });
    }
    if (!data.positions.pageInfo.hasNextPage) break;
    after = data.positions.pageInfo.endCursor;
  }
  return found;
}
