import type { ComparedPosition } from '../api/loadStatesPositions.js';
import { h } from '../dom/h.js';
import { renderCitedQuote } from '../evidence/renderCitedQuote.js';
import { isStance } from '../model/kinds.js';
import { netStance } from '../model/netStance.js';
import { stanceBadge } from '../dom/stanceBadge.js';

/**
 * Two or more States side by side: every target at least two of them spoke on, each State's net
 * stance and exact words with citations next to each other. Targets where they differ come first.
 */
export function renderSideBySide(states: readonly { id: string; name: string }[], positions: readonly ComparedPosition[], sourceLink: (c: ComparedPosition) => string): HTMLElement {
  const byTarget = new Map<string, { name: string; byState: Map<string, ComparedPosition[]> }>();
  for (const p of positions) {
    let entry = byTarget.get(p.target.id);
    if (!entry) byTarget.set(p.target.id, (entry = { name: p.target.name, byState: new Map() }));
    const list = entry.byState.get(p.position.actor.id) ?? [];
    list.push(p);
    entry.byState.set(p.position.actor.id, list);
  }
  const rows = [...byTarget]
    .filter(([, entry]) => entry.byState.size >= 2)
    .map(([targetId, entry]) => {
      const nets = states.map((s) => netStance((entry.byState.get(s.id) ?? []).map((p) => p.stance).filter(isStance)));
      const spoken = nets.filter((n) => n !== null);
      return { targetId, entry, nets, differ: new Set(spoken).size > 1 };
    })
    .sort((a, b) => Number(b.differ) - Number(a.differ) || a.entry.name.localeCompare(b.entry.name));
  if (rows.length === 0) return h('p', { class: 'muted' }, 'These States took no position on a common target in scope.');
  return h(
    'table',
    { class: 'side-by-side' },
    h('caption', { class: 'visually-hidden' }, `Positions of ${states.map((s) => s.name).join(', ')} on the targets they share`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Target'), ...states.map((s) => h('th', { scope: 'col', 'data-state': s.id }, s.name)))),
    h(
      'tbody',
      {},
      ...rows.map(({ targetId, entry, nets, differ }) =>
        h(
          'tr',
          { 'data-target': targetId, class: differ ? 'differ' : 'same' },
          h('th', { scope: 'row' }, entry.name, h('span', { class: 'sbs-flag' }, differ ? 'they differ' : 'same stance')),
          ...states.map((s, i) =>
            h(
              'td',
              { 'data-state': s.id },
              nets[i] ? h('div', { class: 'sbs-net' }, 'Net: ', stanceBadge(nets[i]!)) : h('p', { class: 'muted' }, 'Did not speak on it'),
              ...(entry.byState.get(s.id) ?? []).map((p) => renderCitedQuote(p, () => sourceLink(p))),
            ),
          ),
        ),
      ),
    ),
  );
}
