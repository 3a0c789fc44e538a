import type { StanceCell } from '../model/StanceCell.js';
import type { CellScope } from './cellScopeOf.js';
import { loadStanceCells } from './loadStanceCells.js';

export interface CellCache {
  /** The cells of a scope, loaded once and kept (a failed load is forgotten, so it can be retried). */
  get(scope: CellScope): Promise<readonly StanceCell[]>;
  /** The cells of a scope if they have arrived, else null: lets a state change be drawn at once. */
  peek(scope: CellScope): readonly StanceCell[] | null;
}

/**
 * Cells per scope for the lifetime of the page. A scope is a handful of agenda items, so the cache
 * holds a few answers of a few thousand cells each; the graph does not change under a loaded page
 * (the server's answers are keyed on the graph version too).
 */
export function createCellCache(load: (scope: CellScope) => Promise<StanceCell[]> = loadStanceCells): CellCache {
  const loaded = new Map<string, readonly StanceCell[]>();
  const loading = new Map<string, Promise<readonly StanceCell[]>>();
  const keyOf = (scope: CellScope) => JSON.stringify([scope.agendaItemIds, scope.includeExtracted]);
  return {
    get(scope) {
      const key = keyOf(scope);
      const ready = loaded.get(key);
      if (ready) return Promise.resolve(ready);
      let pending = loading.get(key);
      if (!pending) {
        pending = load(scope).then(
          (cells) => {
            loaded.set(key, cells);
            loading.delete(key);
            return cells;
          },
          (error: unknown) => {
            loading.delete(key);
            throw error;
          },
        );
        loading.set(key, pending);
      }
      return pending;
    },
    peek: (scope) => loaded.get(keyOf(scope)) ?? null,
  };
}
