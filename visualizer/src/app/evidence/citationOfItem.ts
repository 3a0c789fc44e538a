import type { ApiCitation } from '../api/ApiCitation.js';
import type { EvidenceItem } from '../api/loadEvidence.js';

/** An evidence-panel position as a citation, so both print and copy through `formatCitation`. */
export function citationOfItem(item: EvidenceItem): ApiCitation {
  return {
    quote: item.evidence.quote,
    stance: item.stance,
    reservation: null,
    start: item.evidence.start,
    end: item.evidence.end,
    position: {
      id: item.id,
      actor: item.actor,
      provenance: item.provenance,
      evidence: { located: item.evidence.located, citation: item.evidence.citation, sourceUrl: item.evidence.sourceUrl },
    },
    document: item.evidence.document,
    agendaItem: item.statement.agendaItem,
  };
}
