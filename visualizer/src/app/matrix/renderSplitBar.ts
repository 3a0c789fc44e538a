import { h } from '../dom/h.js';
import type { TargetSummary } from '../model/buildMatrix.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

/** The States' split on a target as a stacked bar (supporting, qualifying, opposing, querying) with the counts in text. */
export function renderSplitBar(summary: TargetSummary): HTMLElement {
  const parts = [
    { n: summary.supporting, stance: 'SUPPORTS' as const },
    { n: summary.qualifying, stance: 'QUALIFIES' as const },
    { n: summary.opposing, stance: 'OPPOSES' as const },
    { n: summary.queryingOnly, stance: 'QUERIES' as const },
  ];
  const total = Math.max(1, summary.statesSpoke);
  const text = parts.filter((p) => p.n > 0).map((p) => `${STANCE_LOOK[p.stance].icon}${p.n}`).join(' ');
  return h(
    'div',
    { class: 'split', title: summary.statesSpoke === 0 ? 'No State took a position' : `States by net stance: ${parts.map((p) => `${STANCE_LOOK[p.stance].label.toLowerCase()} ${p.n}`).join(', ')}` },
    h('div', { class: 'split-bar', 'aria-hidden': 'true' }, ...parts.filter((p) => p.n > 0).map((p) => h('span', { class: `split-part stance-${p.stance.toLowerCase()}`, style: `width:${(p.n / total) * 100}%` }))),
    h('span', { class: 'split-text' }, summary.statesSpoke === 0 ? '—' : text),
  );
}
