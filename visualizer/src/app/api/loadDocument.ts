import type { ActorKind, ProvenanceMethod, Stance } from '../model/kinds.js';
import { queryApi } from './queryApi.js';

export interface DocumentText {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly reliability: string;
  readonly issuedBy: string;
  readonly meeting: { readonly name: string; readonly place: string; readonly startsOn: string; readonly endsOn: string };
  readonly text: string;
  readonly statements: readonly DocumentStatement[];
}

/** A statement's span, its actor, and the spans of its positions' evidence, in code points. */
export interface DocumentStatement {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly actor: { readonly id: string; readonly name: string; readonly kind: ActorKind };
  readonly speaker: { readonly name: string } | null;
  readonly positions: readonly {
    readonly id: string;
    readonly stance: Stance;
    readonly target: { readonly name: string };
    readonly evidence: { readonly start: number; readonly end: number };
    readonly provenance: { readonly method: ProvenanceMethod };
  }[];
}

const DOCUMENT_QUERY = /* GraphQL */ `
  query DocumentText($id: ID!) {
    document(id: $id) {
      id title date reliability text
      issuedBy { name }
      meeting { name place startsOn endsOn }
    }
  }
`;

// Fifty a page: the server prices each statement's positions as ten (server/schema/limits/
// costEstimator.ts), about 340 points a statement against its default limit of 25,000 a request.
const STATEMENTS_QUERY = /* GraphQL */ `
  query DocumentStatements($id: ID!, $after: String) {
    statements(first: 50, after: $after, filter: { documentIds: [$id] }) {
      pageInfo { hasNextPage endCursor }
      edges { node {
        id start end
        actor { id name kind }
        speaker { name }
        positions { id stance target { name } evidence { start end } provenance { method } }
      } }
    }
  }
`;

/** A document's full text and every statement it records (all pages), or null for an unknown id. */
export async function loadDocument(id: string): Promise<DocumentText | null> {
  const { document } = await queryApi<{ document: (Omit<DocumentText, 'statements' | 'issuedBy'> & { issuedBy: { name: string } }) | null }>(DOCUMENT_QUERY, { id });
  if (!document) return null;
  const statements: DocumentStatement[] = [];
  let after: string | null = null;
  for (;;) {
    const page: StatementsData = await queryApi<StatementsData>(STATEMENTS_QUERY, { id, after });
    statements.push(...page.statements.edges.map((edge) => edge.node));
    if (!page.statements.pageInfo.hasNextPage) break;
    after = page.statements.pageInfo.endCursor;
  }
  return { ...document, issuedBy: document.issuedBy.name, statements };
}

// Private:

interface StatementsData {
  statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: DocumentStatement }[] };
}
