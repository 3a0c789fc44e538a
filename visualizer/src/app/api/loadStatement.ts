import type { ActorKind } from '../model/kinds.js';
import { EVIDENCE_FIELDS, type EvidenceItem, type EvidenceStatement } from './loadEvidence.js';
import { queryApi } from './queryApi.js';

export interface StatementDetail extends EvidenceStatement {
  readonly actor: { readonly id: string; readonly name: string; readonly kind: ActorKind };
  readonly document: { readonly id: string; readonly title: string };
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly positions: readonly EvidenceItem[];
}

const STATEMENT_QUERY = /* GraphQL */ `
  query Statement($id: ID!) {
    statement(id: $id) {
      id start end text speakerRole
      speaker { name honorific }
      agendaItem { id label title }
      actor { id name kind }
      document { id title }
      positions { ${EVIDENCE_FIELDS} }
    }
  }
`;

/** One statement with all its positions, or null when the id names none. */
export async function loadStatement(id: string): Promise<StatementDetail | null> {
  const data = await queryApi<{ statement: StatementDetail | null }>(STATEMENT_QUERY, { id });
  return data.statement;
}
