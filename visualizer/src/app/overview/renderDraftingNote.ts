import type { ApiCitation } from '../api/ApiCitation.js';
import { h } from '../dom/h.js';
import { formatCitation } from '../evidence/formatCitation.js';

/**
 * A reservation as a negotiator brackets it: `[Drafting note: Japan: “…” — citation]`, with a link
 * to the words in the source.
 */
export function renderDraftingNote(citation: ApiCitation, sourceLink: (citation: ApiCitation) => string): HTMLElement {
  return h(
    'p',
    { class: 'drafting-note', 'data-position': citation.position.id },
    '[Drafting note: ',
    h('strong', {}, citation.position.actor.name),
    ' accepts with a reservation: “',
    h('q', { class: 'dn-quote' }, citation.quote),
    '” ',
    h('a', { href: sourceLink(citation), title: formatCitation(citation) }, `${citation.agendaItem.label}, characters ${citation.start}–${citation.end}`),
    ']',
  );
}
