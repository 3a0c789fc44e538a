import type { ActorKind, Stance, TargetKind } from '../model/kinds.js';
import { EVIDENCE_SOURCE_FIELDS, PROVENANCE_FIELDS, type ApiEvidenceSource, type ApiProvenance } from './ApiProvenance.js';
import type { PositionFilter } from './positionFilterOf.js';
import { queryApi } from './queryApi.js';

/** One position with everything the evidence panel prints about it. */
export interface EvidenceItem {
  readonly id: string;
  readonly stance: Stance;
  readonly note: string | null;
  readonly actor: { readonly id: string; readonly name: string; readonly kind: ActorKind };
  readonly target: { readonly id: string; readonly name: string; readonly kind: TargetKind };
  readonly statement: EvidenceStatement;
  readonly evidence: ApiEvidenceSource & {
    readonly start: number;
    readonly end: number;
    readonly quote: string;
    readonly document: { readonly id: string; readonly title: string; readonly date: string };
  };
  readonly provenance: ApiProvenance;
}

export interface EvidenceStatement {
  readonly id: string;
  readonly speakerRole: string;
  readonly speaker: { readonly name: string; readonly honorific: string | null } | null;
  readonly agendaItem: { readonly id: string; readonly label: string; readonly title: string };
}

export interface EvidencePage {
  readonly items: EvidenceItem[];
  /** Positions matching the filter in all. */
  readonly totalCount: number;
  /** Positions behind the selection without the sidebar filters, for "3 of 7". */
  readonly unfilteredCount: number;
  /** Pass to load the next page; null on the last. */
  readonly after: string | null;
}

export const EVIDENCE_FIELDS = /* GraphQL */ `
  id stance note
  actor { id name kind }
  target { id name kind }
  statement { id speakerRole speaker { name honorific } agendaItem { id label title } }
  evidence { start end quote ${EVIDENCE_SOURCE_FIELDS} document { id title date } }
  ${PROVENANCE_FIELDS}
`;

const EVIDENCE_QUERY = /* GraphQL */ `
  query Evidence($filter: PositionFilter, $base: PositionFilter, $after: String) {
    positions(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${EVIDENCE_FIELDS} } }
    }
    unfiltered: positions(first: 1, filter: $base) { totalCount }
  }
`;

/**
 * A page of the positions matching `filter`, in document order, with quotes and speakers; `base`
 * is the same selection without the sidebar filters, counted only.
 */
export async function loadEvidence(filter: PositionFilter, base: PositionFilter, after: string | null = null): Promise<EvidencePage> {
  const data = await queryApi<EvidenceData>(EVIDENCE_QUERY, { filter, base, after });
  return {
    items: data.positions.edges.map((edge) => edge.node),
    totalCount: data.positions.totalCount,
    unfilteredCount: data.unfiltered.totalCount,
    after: data.positions.pageInfo.hasNextPage ? data.positions.pageInfo.endCursor : null,
  };
}

// Private:

interface EvidenceData {
  positions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: EvidenceItem }[] };
  unfiltered: { totalCount: number };
}
