import type { ApiBlocs } from '../api/loadAgreement.js';
import { h } from '../dom/h.js';

/** The API's blocs with the modularity and the caveats that say how far to trust them. */
export function renderBlocs(blocs: ApiBlocs): HTMLElement {
  const q = blocs.modularity === null ? 'none (no edges)' : blocs.modularity.toFixed(3);
  return h(
    'section',
    { class: 'blocs', 'aria-labelledby': 'blocs-title' },
    h('h3', { id: 'blocs-title' }, 'Blocs'),
    h('p', { class: 'hint' }, `Louvain communities on net agreement, from the API. Modularity Q = ${q} (below 0.3: weak structure).`),
    h('ol', { class: 'bloc-list' }, ...blocs.blocs.map((bloc) => h('li', { 'data-bloc': bloc.id }, h('strong', {}, `Bloc ${bloc.id}: `), bloc.states.map((s) => s.name).join(', ')))),
    blocs.unplacedStates.length > 0 ? h('p', { class: 'hint' }, `Took no position in scope: ${blocs.unplacedStates.map((s) => s.name).join(', ')}.`) : null,
    blocs.caveat ? h('p', { class: 'caveat', role: 'note' }, blocs.caveat) : null,
  );
}
