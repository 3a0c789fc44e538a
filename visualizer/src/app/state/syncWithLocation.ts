import type { StateStore } from './createStateStore.js';
import { decodeHash } from './decodeHash.js';
import { encodeHash } from './encodeHash.js';
import type { ViewState } from './ViewState.js';

/**
 * Keeps `location.hash` and the store in step. A change of view or selection pushes a history
 * entry (so Back returns to the previous selection); a filter or sort change replaces the current
 * one (so Back does not replay every tick of a checkbox). Editing the URL or going Back restores.
 */
export function syncWithLocation(store: StateStore): void {
  let writing = false;
  store.subscribe((state, previous) => {
    const hash = encodeHash(state);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    writing = true;
    if (state.view !== previous.view || !sameSelection(state, previous)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    writing = false;
  });
  window.addEventListener('popstate', () => {
    if (!writing) store.update(decodeHash(location.hash));
  });
}

// Private:

function sameSelection(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a.selection) === JSON.stringify(b.selection) && a.positionId === b.positionId;
}
