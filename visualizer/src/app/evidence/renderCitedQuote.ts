import type { ApiCitation } from '../api/ApiCitation.js';
import { h } from '../dom/h.js';
import { stanceBadge } from '../dom/stanceBadge.js';
import { isStance } from '../model/kinds.js';
import { copyCitationButton } from './copyCitationButton.js';
import { formatCitation } from './formatCitation.js';
import { renderProvenance } from './renderProvenance.js';

/** Words for a reservation kind, as the codebook defines them (seeds/README.md, Reservations). */
export const RESERVATION_LABELS = { CONDITIONAL_ACCEPTANCE: 'accepts with a reservation', CONTESTATION: 'contests' } as const;

/**
 * One quote as evidence: the verbatim words, its stance (and reservation kind), how it came to be
 * (suggested, imported, unlocated), the formatted citation, a "Copy citation" button and, when the
 * quote was located in a stored text, a link into the source reader at the quote.
 */
export function renderCitedQuote(citation: ApiCitation, sourceLink: (citation: ApiCitation) => string, options: { showActor?: boolean } = {}): HTMLElement {
  const { provenance, evidence } = citation.position;
  return h(
    'figure',
    { class: 'cited-quote', 'data-position': citation.position.id, 'data-provenance': provenance.method, 'data-located': String(evidence.located) },
    h(
      'div',
      { class: 'cq-head' },
      options.showActor ? h('strong', { class: 'cq-actor' }, citation.position.actor.name) : null,
      isStance(citation.stance) ? stanceBadge(citation.stance) : null,
      citation.reservation ? h('span', { class: `reservation reservation-${citation.reservation.toLowerCase()}` }, RESERVATION_LABELS[citation.reservation]) : null,
    ),
    citation.quote === '' ? h('p', { class: 'ev-no-quote muted' }, 'The dataset gives no quote.') : h('blockquote', { class: 'ev-quote' }, citation.quote),
    renderProvenance(provenance, evidence),
    h(
      'figcaption',
      { class: 'cq-cite' },
      evidence.located ? [h('cite', {}, citation.document.title), `, ${citation.agendaItem.label}, ${citation.document.date}, characters ${citation.start}–${citation.end}`] : null,
      h(
        'span',
        { class: 'cq-actions' },
        copyCitationButton(formatCitation(citation)),
        evidence.located ? h('a', { class: 'button small subtle', href: sourceLink(citation) }, 'Show in source') : null,
      ),
    ),
  );
}
