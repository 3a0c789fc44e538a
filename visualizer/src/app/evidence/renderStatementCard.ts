import type { EvidenceItem } from '../api/loadEvidence.js';
import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import { stanceBadge } from '../dom/stanceBadge.js';
import { citationOfItem } from './citationOfItem.js';
import { copyCitationButton } from './copyCitationButton.js';
import { formatCitation } from './formatCitation.js';
import type { StatementGroup } from './groupByStatement.js';
import { renderProvenance } from './renderProvenance.js';

const ROLE_WORDS: Record<string, string> = {
  CHAIR: 'Chair',
  RAPPORTEUR: 'Rapporteur',
  PANELIST: 'Panelist',
  DELEGATE: 'Delegate',
  OBSERVER: 'Observer',
  SECRETARY_GENERAL: 'Secretary-General',
  HOST: 'Host',
};

/**
 * One statement and the positions it takes: who spoke (actor, speaker, role), under which agenda
 * item, then for each position its stance, target, verbatim quote, how it came to be (suggested,
 * imported, unlocated), the coder's note, where it stands (document, date, offsets) with "Copy
 * citation", and a link to the source reader at the quote when it was located in a stored text
 * (`sourceLink` builds the deep link).
 */
export function renderStatementCard(group: StatementGroup, sourceLink: (item: EvidenceItem) => string): HTMLElement {
  const { statement, actor } = group;
  const speaker = statement.speaker ? [statement.speaker.honorific, statement.speaker.name].filter(Boolean).join(' ') : null;
  return h(
    'article',
    { class: 'ev-card', 'data-statement': statement.id, 'data-actor': actor.id },
    h(
      'header',
      { class: 'ev-head' },
      h('div', { class: 'ev-who' }, kindGlyph(actor.kind), h('span', { class: 'ev-actor' }, actor.name), h('span', { class: 'ev-role' }, ROLE_WORDS[statement.speakerRole] ?? statement.speakerRole)),
      speaker ? h('div', { class: 'ev-speaker' }, speaker) : null,
      h('div', { class: 'ev-agenda' }, h('span', { class: 'agenda-label' }, statement.agendaItem.label), ' ', statement.agendaItem.title),
    ),
    h(
      'ul',
      { class: 'ev-positions' },
      ...group.items.map((item) => renderPosition(item, sourceLink)),
    ),
  );
}

// Private:

function renderPosition(item: EvidenceItem, sourceLink: (item: EvidenceItem) => string): HTMLElement {
  const { evidence } = item;
  return h(
    'li',
    { class: `ev-position provenance-${item.provenance.method.toLowerCase()}`, 'data-position': item.id, 'data-stance': item.stance, 'data-target': item.target.id, 'data-provenance': item.provenance.method, 'data-located': String(evidence.located) },
    h('div', { class: 'ev-stance-line' }, stanceBadge(item.stance), h('span', { class: 'ev-target' }, item.target.name)),
    renderProvenance(item.provenance, evidence),
    evidence.quote === '' ? h('p', { class: 'ev-no-quote muted' }, 'The dataset gives no quote.') : h('blockquote', { class: `ev-quote stance-${item.stance.toLowerCase()}` }, evidence.quote),
    item.note ? h('p', { class: 'ev-note' }, h('span', { class: 'ev-note-label' }, 'Coder’s note: '), item.note) : null,
    evidence.located
      ? h('p', { class: 'ev-citation' }, h('cite', {}, evidence.document.title), `, ${item.statement.agendaItem.label}, ${evidence.document.date}, characters ${evidence.start}–${evidence.end}`)
      : null,
    h(
      'div',
      { class: 'ev-actions' },
      copyCitationButton(formatCitation(citationOfItem(item))),
      evidence.located ? h('a', { class: 'ev-source', href: sourceLink(item), 'data-source-link': item.id }, 'Show in source ', h('span', { 'aria-hidden': 'true' }, '→')) : null,
    ),
  );
}
