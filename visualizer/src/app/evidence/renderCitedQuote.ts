import type { ApiCitation } from '../api/ApiCitation.js';
import { h } from '../dom/h.js';
import { stanceBadge } from '../dom/stanceBadge.js';
import { isStance } from '../model/kinds.js';
import { formatCitation } from './formatCitation.js';

/** Words for a reservation kind, as the codebook defines them (seeds/README.md, Reservations). */
export const RESERVATION_LABELS = { CONDITIONAL_ACCEPTANCE: 'accepts with a reservation', CONTESTATION: 'contests' } as const;

/**
 * One quote as evidence: the verbatim words, its stance (and reservation kind), the formatted
 * citation, a "Copy citation" button and a link into the source reader at the quote.
 */
export function renderCitedQuote(citation: ApiCitation, sourceLink: (citation: ApiCitation) => string, options: { showActor?: boolean } = {}): HTMLElement {
  const text = formatCitation(citation);
  const copy = h('button', {
    type: 'button',
    class: 'button small subtle copy-citation',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = 'Copied';
      } catch {
        copy.textContent = 'Select the citation to copy it';
      }
      setTimeout(() => (copy.textContent = 'Copy citation'), 2500);
    },
  }, 'Copy citation');
  return h(
    'figure',
    { class: 'cited-quote', 'data-position': citation.position.id },
    h(
      'div',
      { class: 'cq-head' },
      options.showActor ? h('strong', { class: 'cq-actor' }, citation.position.actor.name) : null,
      isStance(citation.stance) ? stanceBadge(citation.stance) : null,
      citation.reservation ? h('span', { class: `reservation reservation-${citation.reservation.toLowerCase()}` }, RESERVATION_LABELS[citation.reservation]) : null,
    ),
    h('blockquote', { class: 'ev-quote' }, citation.quote),
    h(
      'figcaption',
      { class: 'cq-cite' },
      h('cite', {}, citation.document.title),
      `, ${citation.agendaItem.label}, ${citation.document.date}, characters ${citation.start}–${citation.end}`,
      h('span', { class: 'cq-actions' }, copy, h('a', { class: 'button small subtle', href: sourceLink(citation) }, 'Show in source')),
    ),
  );
}
