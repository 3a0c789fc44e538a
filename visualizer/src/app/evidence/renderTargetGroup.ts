import type { EvidenceItem } from '../api/loadEvidence.js';
import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import { groupByStatement } from './groupByStatement.js';
import type { TargetGroup } from './groupByTarget.js';
import { renderStatementCard } from './renderStatementCard.js';

/**
 * One target's evidence: its name with the stance counts (`Budapest Convention — 1 supports ·
 * 1 opposes`), then a card per statement quoting it. `partial` says the counts are of the
 * positions loaded so far (more pages follow).
 */
export function renderTargetGroup(group: TargetGroup, sourceLink: (item: EvidenceItem) => string, partial: boolean): HTMLElement {
  const counts = group.counts.map(({ stance, count }) => `${count} ${STANCE_LOOK[stance].label.toLowerCase()}`).join(' · ');
  return h(
    'section',
    { class: 'ev-group', 'data-target': group.target.id, 'aria-label': `${group.target.name}: ${counts}` },
    h(
      'h3',
      { class: 'ev-group-title' },
      kindGlyph(group.target.kind),
      h('span', { class: 'ev-group-name' }, group.target.name),
      h('span', { class: 'ev-group-counts', 'data-counts': counts }, ` — ${counts}${partial ? ' (so far)' : ''}`),
    ),
    ...groupByStatement(group.items).map((statement) => renderStatementCard(statement, sourceLink)),
  );
}
