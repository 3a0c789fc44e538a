import { loadAgreement, type AgreementData } from '../api/loadAgreement.js';
import { loadStatesPositions } from '../api/loadStatesPositions.js';
import { viewScopeOf } from '../api/viewScopeOf.js';
import { h } from '../dom/h.js';
import { sourceHashOf } from '../evidence/sourceHashOf.js';
import type { StateStore } from '../state/createStateStore.js';
import { renderBlocs } from './renderBlocs.js';
import { renderHeatMap } from './renderHeatMap.js';
import { renderSideBySide } from './renderSideBySide.js';

/**
 * Compare States: the pairwise agreement heat map (raw, κ, π, N from the API's `agreement`, ordered
 * by its `blocs`), the blocs with modularity and caveats, and a side-by-side of the States chosen
 * (a heat-map cell, or the checkboxes) on every target they share, with their words.
 */
export function createCompareView(options: { container: HTMLElement; store: StateStore }): { show(): void } {
  const { container, store } = options;
  let generation = 0;
  let cache: { key: string; data: AgreementData } | null = null;

  const show = async () => {
    const mine = ++generation;
    const state = store.get();
    const scope = viewScopeOf(state.filters);
    const key = JSON.stringify(scope);
    const body = h('div', { class: 'cmp-body', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Asking the API how States agree…'));
    container.replaceChildren(header(), body);
    try {
      const data = cache?.key === key ? cache.data : await loadAgreement(scope);
      if (mine !== generation) return;
      cache = { key, data };
      const detail = h('p', { class: 'hm-detail', 'aria-live': 'polite', id: 'heatmap-detail' }, 'Hover or move to a cell for its figures; Enter or a click sets the two States side by side.');
      const chosen = state.compare.filter((id) => data.agreement.states.some((s) => s.id === id));
      const picker = h(
        'fieldset',
        { class: 'cmp-picker' },
        h('legend', {}, 'States side by side'),
        ...data.agreement.states.map((s) =>
          h(
            'label',
            { class: 'check' },
            h('input', { type: 'checkbox', value: s.id, checked: chosen.includes(s.id), onchange: (event: Event) => {
              const box = event.target as HTMLInputElement;
              const next = box.checked ? [...store.get().compare, s.id] : store.get().compare.filter((id) => id !== s.id);
              store.update({ compare: [...new Set(next)] });
            } }),
            s.name,
          ),
        ),
      );
      const sideBySide = h('section', { class: 'cmp-sbs', 'aria-labelledby': 'sbs-title', tabindex: '-1', id: 'side-by-side' }, h('h3', { id: 'sbs-title' }, 'Side by side'));
      body.replaceChildren(
        h(
          'div',
          { class: 'cmp-top' },
          h(
            'section',
            { class: 'cmp-heatmap', 'aria-labelledby': 'hm-title' },
            h('h3', { id: 'hm-title' }, 'Pairwise agreement'),
            h('p', { class: 'hint', id: 'heatmap-help' }, `Over the N targets both States spoke on (silence is not disagreement). Colour: raw agreement (share of shared targets with the same net stance), darker is higher. Number: Cohen's κ (agreement beyond chance). Hatched, with n and the count: fewer than ${data.agreement.minSharedTargets} shared targets, too few for κ and π. “·”: no shared target. Arrow keys move between cells.`),
            renderHeatMap(data, (a, b) => {
              store.update({ compare: [a, b] });
            }, (text) => (detail.textContent = text)),
            detail,
          ),
          renderBlocs(data.blocs),
        ),
        picker,
        sideBySide,
      );
      body.removeAttribute('aria-busy');
      if (chosen.length < 2) {
        sideBySide.append(h('p', { class: 'muted' }, 'Choose two or more States (a cell of the heat map, or the boxes above) to set their words side by side.'));
        return;
      }
      const states = chosen.map((id) => data.agreement.states.find((s) => s.id === id)!);
      sideBySide.append(h('p', { class: 'hint' }, `${states.map((s) => s.name).join(', ')}: every target at least two of them spoke on; where their net stances differ first.`), h('p', { class: 'muted' }, 'Loading their positions…'));
      const positions = await loadStatesPositions(chosen, scope);
      if (mine !== generation) return;
      sideBySide.lastElementChild!.replaceWith(renderSideBySide(states, positions, (c) => sourceHashOf(store.get(), c)));
    } catch (error) {
      if (mine !== generation) return;
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'notice error' }, `The API could not answer: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  return { show: () => void show() };
}

// Private:

function header(): HTMLElement {
  return h(
    'header',
    { class: 'view-head' },
    h('h2', {}, 'Compare States'),
    h('p', { class: 'hint' }, 'Who stands with whom, from what they said: pairwise agreement and blocs from the API, then any States’ exact words side by side. One meeting gives thin data: read κ and blocs with their caveats.'),
  );
}
