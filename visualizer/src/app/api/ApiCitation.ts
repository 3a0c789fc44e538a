import { CITATION_PROVENANCE_FIELDS, EVIDENCE_SOURCE_FIELDS, type ApiEvidenceSource, type ApiProvenance } from './ApiProvenance.js';

/** A citation as the views ask the API for it (`Citation` with its position's actor, provenance and evidence source). */
export interface ApiCitation {
  readonly quote: string;
  readonly stance: string;
  readonly reservation: 'CONDITIONAL_ACCEPTANCE' | 'CONTESTATION' | null;
  readonly start: number;
  readonly end: number;
  readonly position: {
    readonly id: string;
    readonly actor: { readonly id: string; readonly name: string };
    readonly provenance: ApiProvenance;
    readonly evidence: ApiEvidenceSource;
  };
  readonly document: { readonly id: string; readonly title: string; readonly date: string };
  readonly agendaItem: { readonly id: string; readonly label: string; readonly title: string };
}

/** The selection set that fills an `ApiCitation`. */
export const CITATION_FIELDS = `quote stance reservation start end position { id actor { id name } ${CITATION_PROVENANCE_FIELDS} evidence { ${EVIDENCE_SOURCE_FIELDS} } } document { id title date } agendaItem { id label title }`;

export interface ApiActorRef {
  readonly id: string;
  readonly name: string;
}
