import type { ApiCitation } from '../api/ApiCitation.js';

/**
 * A citation a legal adviser can paste: who, the verbatim words, the document, its date, the agenda
 * item and the code-point offsets (end exclusive), and the position id that finds it again:
 * `Japan, “…”, Summary Report of … (hangzhou-2019, 2019-09-04), Topic II.1, characters 21992–22137 [position hangzhou-2019.t2-1.jpn.…]`.
 */
export function formatCitation(citation: ApiCitation): string {
  const { position, document, agendaItem } = citation;
  return `${position.actor.name}, “${citation.quote}”, ${document.title} (${document.id}, ${document.date}), ${agendaItem.label}, characters ${citation.start}–${citation.end} [position ${position.id}]`;
}
