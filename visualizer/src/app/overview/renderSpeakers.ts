import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import type { Catalog } from '../model/Catalog.js';
import { filterCells } from '../model/filterCells.js';
import { positionsIn, type StanceCell } from '../model/StanceCell.js';
import type { Filters } from '../state/ViewState.js';

/**
 * Actors by the number of positions they took in view (the stance cells of the filters' scope),
 * most first, as a bar list. Positions, not statements: the cells count statements per target, and
 * one statement often speaks to several targets.
 */
export function renderSpeakers(catalog: Catalog, cells: readonly StanceCell[], filters: Filters, onChoose: (actorId: string) => void): HTMLElement {
  const positions = new Map<string, number>();
  for (const cell of filterCells(cells, filters, catalog)) positions.set(cell.actorId, (positions.get(cell.actorId) ?? 0) + positionsIn(cell));
  const ranked = [...positions].map(([actorId, count]) => ({ actorId, count })).sort((a, b) => b.count - a.count || (a.actorId < b.actorId ? -1 : 1));
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
        h('span', { class: 'speaker-count' }, `${count} position${count === 1 ? '' : 's'}`),
      );
    }),
  );
}
