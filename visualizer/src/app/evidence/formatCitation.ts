import type { ApiCitation } from '../api/ApiCitation.js';
import { UnreachableCaseError } from '../model/kinds.js';
import { datasetCell, EXTRACTED_LABEL } from './renderProvenance.js';

/**
 * A citation a legal adviser can paste: who, the verbatim words, the document, its date, the agenda
 * item and the code-point offsets (end exclusive), how the position came to be when a person did
 * not code it, and the position id that finds it again:
 * `Japan, “…”, Summary Report of … (hangzhou-2019, 2019-09-04), Topic II.1, characters 21992–22137 [position hangzhou-2019.t2-1.jpn.…]`.
 * Evidence never located in a stored text cites the dataset's source instead of offsets:
 * `…, “…”, Position paper no. 1, para. 3 <https://…>, unlocated, as recorded in dataset made-up-citations, row 4, column “Quote” [position …]`.
 */
export function formatCitation(citation: ApiCitation): string {
  const { position, document, agendaItem } = citation;
  const words = citation.quote === '' ? '(the dataset gives no quote)' : `“${citation.quote}”`;
  const where = position.evidence.located
    ? `${document.title} (${document.id}, ${document.date}), ${agendaItem.label}, characters ${citation.start}–${citation.end}`
    : `${position.evidence.citation ?? 'source not named'}${position.evidence.sourceUrl ? ` <${position.evidence.sourceUrl}>` : ''}, unlocated`;
  return `${position.actor.name}, ${words}, ${where}${provenanceNote(citation)} [position ${position.id}]`;
}

// Private:

function provenanceNote(citation: ApiCitation): string {
  const provenance = citation.position.provenance;
  switch (provenance.method) {
    case 'CURATED':
      return '';
    case 'IMPORTED':
      return `, ${citation.position.evidence.located ? 'imported from' : 'as recorded in'} dataset ${provenance.dataset ?? 'unknown'}${datasetCell(provenance)}`;
    case 'EXTRACTED':
      return `, ${EXTRACTED_LABEL.toLowerCase()}${provenance.confidence !== null ? ` (confidence ${provenance.confidence.toFixed(2)})` : ''}`;
    default:
      throw new UnreachableCaseError(provenance.method);
  }
}
