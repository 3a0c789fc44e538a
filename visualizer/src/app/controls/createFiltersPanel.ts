import { h } from '../dom/h.js';
import { kindGlyph, stanceLineGlyph } from '../dom/glyphs.js';
import type { Catalog } from '../model/Catalog.js';
import { KIND_LOOK } from '../model/kindLook.js';
import { ACTOR_KINDS, STANCES, type ActorKind, type ProvenanceMethod, type Stance } from '../model/kinds.js';
import { positionsIn, type StanceCell } from '../model/StanceCell.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import type { StateStore } from '../state/createStateStore.js';
import { DEFAULT_FILTERS, REVIEWED_PROVENANCE, type Filters, type ReviewedProvenance } from '../state/ViewState.js';

/**
 * The filter sidebar: agenda items, stances, actor kinds, and a chosen set of States. Native
 * checkboxes in fieldsets, so every control is reachable and labelled for keyboard and screen
 * reader. The stance and kind rows double as the legend (glyphs drawn as the network draws them).
 * Each change writes the store; `sync` writes the store's state back into the boxes. A Provenance
 * group appears only when the graph holds positions a person did not code (`provenanceCounts`).
 */
export function createFiltersPanel(options: {
  container: HTMLElement;
  catalog: Catalog;
  /** The stance cells of the whole graph: positions per stance and per actor. */
  cells: readonly StanceCell[];
  /** Positions per agenda item (api/loadAgendaItemCounts.ts). */
  perAgenda: ReadonlyMap<string, number>;
  store: StateStore;
  provenanceCounts: Readonly<Record<ProvenanceMethod, number>>;
}): { sync(): void } {
  const { container, catalog, cells, perAgenda, store, provenanceCounts } = options;
  const perStance = new Map<string, number>();
  const perActor = new Map<string, number>();
  for (const cell of cells) {
    perActor.set(cell.actorId, (perActor.get(cell.actorId) ?? 0) + positionsIn(cell));
    for (const { stance, positions } of cell.byStance) perStance.set(stance, (perStance.get(stance) ?? 0) + positions);
  }
  const perKind = countBy([...catalog.actors.values()], (actor) => actor.kind);
  const setFilters = (change: (filters: Filters) => Partial<Filters>) => store.update((state) => ({ filters: { ...state.filters, ...change(state.filters) } }));
  const toggle = <T>(list: readonly T[], value: T, on: boolean, order?: readonly T[]) => {
    const next = on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
    return order ? order.filter((item) => next.includes(item)) : next;
  };

  const agendaBoxes = new Map<string, HTMLInputElement>();
  const agendaGroups = groupBy(catalog.agendaItems, (item) => item.meetingName);
  const agenda = h(
    'details',
    { class: 'filter-group', open: true },
    h('summary', {}, 'Agenda item'),
    h('p', { class: 'hint' }, 'None ticked: every item.'),
    ...[...agendaGroups].map(([meeting, items]) =>
      h(
        'fieldset',
        { class: 'checklist' },
        h('legend', { class: 'meeting-name' }, meeting),
        ...items.map((item) => {
          const box = h('input', { type: 'checkbox', value: item.id, 'data-filter': 'agenda', onchange: () => setFilters((f) => ({ agendaItemIds: toggle(f.agendaItemIds, item.id, box.checked) })) });
          agendaBoxes.set(item.id, box);
          return h(
            'label',
            { class: 'check', title: `${item.label}: ${item.title}` },
            box,
            h('span', { class: 'check-text' }, h('span', { class: 'agenda-label' }, item.label), ' ', item.title),
            h('span', { class: 'count' }, perAgenda.get(item.id) ?? 0),
          );
        }),
      ),
    ),
  );

  const stanceBoxes = new Map<Stance, HTMLInputElement>();
  const stances = h(
    'details',
    { class: 'filter-group', open: true },
    h('summary', {}, 'Stance'),
    h(
      'fieldset',
      { class: 'checklist' },
      h('legend', { class: 'visually-hidden' }, 'Stances shown'),
      ...STANCES.map((stance) => {
        const box = h('input', { type: 'checkbox', value: stance, 'data-filter': 'stance', onchange: () => setFilters((f) => ({ stances: toggle(f.stances, stance, box.checked, STANCES) })) });
        stanceBoxes.set(stance, box);
        const look = STANCE_LOOK[stance];
        return h('label', { class: 'check' }, box, stanceLineGlyph(stance), h('span', { class: 'check-text' }, h('span', { class: `stance-ink stance-${stance.toLowerCase()}`, 'aria-hidden': 'true' }, look.icon), ' ', look.label), h('span', { class: 'count' }, perStance.get(stance) ?? 0));
      }),
    ),
  );

  const kindBoxes = new Map<ActorKind, HTMLInputElement>();
  const kinds = h(
    'details',
    { class: 'filter-group', open: true },
    h('summary', {}, 'Actor kind'),
    h(
      'fieldset',
      { class: 'checklist' },
      h('legend', { class: 'visually-hidden' }, 'Actor kinds shown'),
      ...ACTOR_KINDS.map((kind) => {
        const box = h('input', { type: 'checkbox', value: kind, 'data-filter': 'kind', onchange: () => setFilters((f) => ({ actorKinds: toggle(f.actorKinds, kind, box.checked, ACTOR_KINDS) })) });
        kindBoxes.set(kind, box);
        return h('label', { class: 'check' }, box, kindGlyph(kind), h('span', { class: 'check-text' }, KIND_LOOK[kind].plural), h('span', { class: 'count' }, perKind.get(kind) ?? 0));
      }),
    ),
  );

  const stateBoxes = new Map<string, HTMLInputElement>();
  const states = [...catalog.actors.values()].filter((a) => a.kind === 'STATE').sort((a, b) => a.name.localeCompare(b.name));
  const stateLabels = states.map((state) => {
    const box = h('input', { type: 'checkbox', value: state.id, 'data-filter': 'state', onchange: () => setFilters((f) => ({ stateIds: toggle(f.stateIds, state.id, box.checked) })) });
    stateBoxes.set(state.id, box);
    return h('label', { class: 'check', 'data-name': `${state.name} ${state.id} ${state.aliases.join(' ')}`.toLowerCase() }, box, h('span', { class: 'check-text' }, state.name, ' ', h('span', { class: 'iso' }, state.id)), h('span', { class: 'count' }, perActor.get(state.id) ?? 0));
  });
  const stateFilter = h('input', {
    type: 'search',
    class: 'list-filter',
    placeholder: 'Find a State',
    'aria-label': 'Find a State in the list',
    oninput: () => {
      const term = stateFilter.value.trim().toLowerCase();
      for (const label of stateLabels) label.hidden = term !== '' && !label.dataset.name!.includes(term);
    },
  });
  const statesGroup = h(
    'details',
    { class: 'filter-group', open: true },
    h('summary', {}, 'States'),
    h('p', { class: 'hint' }, 'None ticked: every State. Organisations follow the actor kinds.'),
    states.length > 10 ? stateFilter : null,
    h('fieldset', { class: 'checklist scroll' }, h('legend', { class: 'visually-hidden' }, 'Only these States'), ...stateLabels),
  );

  const provenanceBoxes = new Map<ReviewedProvenance, HTMLInputElement>();
  const extractedBox = h('input', { type: 'checkbox', 'data-filter': 'extracted', onchange: () => setFilters(() => ({ includeExtracted: extractedBox.checked })) });
  const provenanceGroup =
    provenanceCounts.EXTRACTED + provenanceCounts.IMPORTED === 0
      ? null
      : h(
          'details',
          { class: 'filter-group', open: true, 'data-group': 'provenance' },
          h('summary', {}, 'Provenance'),
          h('p', { class: 'hint' }, 'Suggestions are the extractor’s, not yet reviewed by a person: hidden unless ticked, and then counted in the analyses too.'),
          h(
            'fieldset',
            { class: 'checklist' },
            h('legend', { class: 'visually-hidden' }, 'Positions shown by provenance'),
            ...REVIEWED_PROVENANCE.filter((method) => method === 'CURATED' || provenanceCounts[method] > 0).map((method) => {
              const box = h('input', { type: 'checkbox', value: method, 'data-filter': 'provenance', onchange: () => setFilters((f) => ({ provenance: toggle(f.provenance, method, box.checked, REVIEWED_PROVENANCE) })) });
              provenanceBoxes.set(method, box);
              return h('label', { class: 'check' }, box, h('span', { class: 'check-text' }, PROVENANCE_WORDS[method]), h('span', { class: 'count' }, provenanceCounts[method]));
            }),
            provenanceCounts.EXTRACTED > 0
              ? h('label', { class: 'check check-extracted' }, extractedBox, h('span', { class: 'check-text' }, 'Suggested by the extractor, not reviewed'), h('span', { class: 'count' }, provenanceCounts.EXTRACTED))
              : null,
          ),
        );

  const isolatedBox = h('input', { type: 'checkbox', 'data-filter': 'isolated', onchange: () => setFilters(() => ({ showIsolated: isolatedBox.checked })) });
  const isolated = h('label', { class: 'check' }, isolatedBox, h('span', { class: 'check-text' }, 'Show actors and targets with no position in view (network)'));
  const reset = h('button', { type: 'button', class: 'button subtle', 'data-action': 'reset-filters', onclick: () => store.update({ filters: DEFAULT_FILTERS }) }, 'Reset filters');
  container.replaceChildren(h('h2', { class: 'sidebar-title' }, 'Filters'), agenda, stances, kinds, statesGroup, ...(provenanceGroup ? [provenanceGroup] : []), h('div', { class: 'sidebar-foot' }, isolated, reset));

  const sync = () => {
    const { filters } = store.get();
    for (const [id, box] of agendaBoxes) box.checked = filters.agendaItemIds.includes(id);
    for (const [stance, box] of stanceBoxes) box.checked = filters.stances.includes(stance);
    for (const [kind, box] of kindBoxes) box.checked = filters.actorKinds.includes(kind);
    for (const [id, box] of stateBoxes) box.checked = filters.stateIds.includes(id);
    for (const [method, box] of provenanceBoxes) box.checked = filters.provenance.includes(method);
    extractedBox.checked = filters.includeExtracted;
    isolatedBox.checked = filters.showIsolated;
    reset.disabled = JSON.stringify(filters) === JSON.stringify(DEFAULT_FILTERS);
  };
  sync();
  return { sync };
}

// Private:

const PROVENANCE_WORDS: Record<ReviewedProvenance, string> = { CURATED: 'Coded by a person', IMPORTED: 'Imported from a dataset' };

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
