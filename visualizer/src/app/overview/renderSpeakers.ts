import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import type { Catalog } from '../model/Catalog.js';
import type { PositionRow } from '../model/PositionRow.js';
import { positionPredicate } from '../model/positionPredicate.js';
import type { Filters } from '../state/ViewState.js';

/** Actors by the number of statements behind their positions in view, most first, as a bar list. */
export function renderSpeakers(catalog: Catalog, rows: readonly PositionRow[], filters: Filters, onChoose: (actorId: string) => void): HTMLElement {
  const keep = positionPredicate(filters, catalog);
  const statements = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!keep(row)) continue;
    let set = statements.get(row.actorId);
    if (!set) statements.set(row.actorId, (set = new Set()));
    set.add(row.statementId);
  }
  const ranked = [...statements].map(([actorId, set]) => ({ actorId, count: set.size })).sort((a, b) => b.count - a.count || (a.actorId < b.actorId ? -1 : 1));
  const most = Math.max(1, ...ranked.map((r) => r.count));
  return h(
    'ol',
    { class: 'speakers' },
    ...ranked.map(({ actorId, count }) => {
      const actor = catalog.actors.get(actorId);
      return h(
        'li',
        { class: 'speaker', 'data-actor': actorId },
        h('button', { type: 'button', class: 'ov-link speaker-link', onclick: () => onChoose(actorId) }, actor ? kindGlyph(actor.kind) : null, actor?.name ?? actorId),
        h('span', { class: 'speaker-bar', style: `width: ${Math.round((count / most) * 100)}%`, 'aria-hidden': 'true' }),
        h('span', { class: 'speaker-count' }, `${count} statement${count === 1 ? '' : 's'}`),
      );
    }),
  );
}
