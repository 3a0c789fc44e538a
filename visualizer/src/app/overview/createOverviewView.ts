import { loadOverview, type ApiCommonGround, type ApiDivergence, type Overview } from '../api/loadOverview.js';
import { viewScopeOf } from '../api/viewScopeOf.js';
import { h } from '../dom/h.js';
import type { Catalog } from '../model/Catalog.js';
import type { StanceCell } from '../model/StanceCell.js';
import type { StateStore } from '../state/createStateStore.js';
import { sourceHashOf } from '../evidence/sourceHashOf.js';
import { renderDraftingNote } from './renderDraftingNote.js';
import { renderSpeakers } from './renderSpeakers.js';

/**
 * The landing view: where States agree (the API's `commonGround`: agreed, then agreed with
 * reservations, each reservation as a bracketed drafting note), where they split (the API's
 * `divergences`, in the API's order: most divided first) and who spoke how often, each entry one
 * click from its evidence. Nothing is ranked here: the order is the API's.
 */
export function createOverviewView(options: {
  container: HTMLElement;
  catalog: Catalog;
  /** The stance cells of the current filters' scope (agenda items). */
  cells: () => readonly StanceCell[];
  store: StateStore;
  focusEvidence: () => void;
}): { show(): void } {
  const { container, catalog, cells, store, focusEvidence } = options;
  let generation = 0;
  let cache: { key: string; overview: Overview } | null = null;

  const selectTarget = (targetId: string) => {
    store.update({ selection: { kind: 'target', id: targetId, stance: null }, positionId: null });
    focusEvidence();
  };

  const show = async () => {
    const mine = ++generation;
    const state = store.get();
    const scope = viewScopeOf(state.filters);
    const key = JSON.stringify(scope);
    const body = h('div', { class: 'overview-body', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Asking the API where States agree and diverge…'));
    container.replaceChildren(header(scope !== null), body);
    try {
      const overview = cache?.key === key ? cache.overview : await loadOverview(scope);
      if (mine !== generation) return;
      cache = { key, overview };
      const agreed = overview.commonGround.filter((g) => g.tier === 'AGREED');
      const reserved = overview.commonGround.filter((g) => g.tier === 'AGREED_WITH_RESERVATIONS');
      body.replaceChildren(
        h(
          'div',
          { class: 'overview-grid' },
          section('agreed', 'Agreed', `${agreed.length} · supported by at least two States, nobody objects or reserves`, agreed.map((g) => groundItem(g))),
          section(
            'reserved',
            'Agreed with reservations',
            `${reserved.length} · supported, nobody objects or contests; some States accept only on stated conditions (drafting notes)`,
            reserved.map((g) => groundItem(g)),
          ),
          section('divided', 'Divergences, most divided first', `${overview.divergences.length} · support against objection or contestation; order from the API`, overview.divergences.map((d, i) => divergenceItem(d, i))),
          h('section', { class: 'ov-section', 'data-section': 'speakers', 'aria-labelledby': 'ov-speakers' },
            h('h3', { id: 'ov-speakers' }, 'Who spoke how often'),
            h('p', { class: 'hint' }, 'Positions per actor, under the filters in force.'),
            renderSpeakers(catalog, cells(), state.filters, (actorId) => {
              store.update({ selection: { kind: 'actor', id: actorId, stance: null }, positionId: null });
              focusEvidence();
            }),
          ),
        ),
      );
      body.removeAttribute('aria-busy');
    } catch (error) {
      if (mine !== generation) return;
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'notice error' }, `The API could not answer: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  function groundItem(ground: ApiCommonGround): HTMLElement {
    return h(
      'li',
      { class: 'ov-item', 'data-target': ground.target.id, 'data-tier': ground.tier },
      h('button', { type: 'button', class: 'ov-link', onclick: () => selectTarget(ground.target.id) }, ground.target.name),
      h('p', { class: 'ov-meta' }, `Supported by ${ground.supporters.map((a) => a.name).join(', ')}`, ground.queriedBy.length > 0 ? `; asked about by ${ground.queriedBy.map((a) => a.name).join(', ')}` : ''),
      ground.reservations.length > 0 ? h('ul', { class: 'drafting-notes' }, ...ground.reservations.map((c) => h('li', {}, renderDraftingNote(c, (citation) => sourceHashOf(store.get(), citation))))) : null,
    );
  }

  function divergenceItem(divergence: ApiDivergence, index: number): HTMLElement {
    const names = (list: readonly { name: string }[]) => list.map((a) => a.name).join(', ');
    return h(
      'li',
      { class: 'ov-item', 'data-target': divergence.target.id },
      h('button', { type: 'button', class: 'ov-link', onclick: () => store.update({ view: 'divergences', selection: { kind: 'target', id: divergence.target.id, stance: null }, positionId: null }) }, `${index + 1}. ${divergence.target.name}`),
      h(
        'p',
        { class: 'ov-meta' },
        `Supports: ${names(divergence.supporting)}`,
        divergence.opposing.length > 0 ? ` · Opposes: ${names(divergence.opposing)}` : '',
        divergence.contesting.length > 0 ? ` · Contests: ${names(divergence.contesting)}` : '',
        divergence.reserving.length > 0 ? ` · Accepts with reservation: ${names(divergence.reserving)}` : '',
      ),
      h('p', { class: 'ov-measure' }, `Smaller camp ${divergence.smallerCamp}, margin ${divergence.margin}`),
    );
  }

  return { show: () => void show() };
}

// Private:

function header(scoped: boolean): HTMLElement {
  return h(
    'header',
    { class: 'view-head' },
    h('h2', {}, 'Where States agree, and where they split'),
    h('p', { class: 'hint' }, `Figures from the API's analysis${scoped ? ', for the agenda items and States selected in the filters' : ' of everything loaded'}. Only participating States count; a reservation that accepts on stated conditions is a drafting note, not an objection (graph/analysis/README.md).`),
  );
}

function section(id: string, title: string, hint: string, items: readonly HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: 'ov-section', 'data-section': id, 'aria-labelledby': `ov-${id}` },
    h('h3', { id: `ov-${id}` }, title),
    h('p', { class: 'hint' }, hint),
    items.length > 0 ? h('ol', { class: 'ov-list' }, ...items) : h('p', { class: 'muted' }, 'None in scope.'),
  );
}
