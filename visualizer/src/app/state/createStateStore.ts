import type { ViewState } from './ViewState.js';

export type StateListener = (state: ViewState, previous: ViewState) => void;

/** The one place the view state lives; views read it and ask for changes, never hold copies. */
export interface StateStore {
  get(): ViewState;
  /** Replaces fields of the state and tells every listener, in subscription order. */
  update(change: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)): void;
  subscribe(listener: StateListener): void;
}

export function createStateStore(initial: ViewState): StateStore {
  let state = initial;
  const listeners: StateListener[] = [];
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...(typeof change === 'function' ? change(state) : change) };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
