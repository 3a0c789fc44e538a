import DataLoader from 'dataloader';
import type { GraphStore } from '../../graph/index.js';
import { loadAnalysisInput, type AnalysisInput, type AnalysisScope } from '../../graph/index.js';

/**
 * One set of DataLoaders per request (DataLoader README, "Creating a new DataLoader per
 * request"): a page of 100 positions resolves its actors, targets, statements and documents in a
 * few batched store calls instead of hundreds, and no cache outlives the request.
 */
export function createLoaders(store: GraphStore) {
  const loader = <T>(batch: (ids: readonly string[]) => Promise<(T | null)[]>) =>
    new DataLoader<string, T | null>((ids) => batch(ids));
  return {
    actors: loader((ids) => store.getActorsByIds(ids)),
    persons: loader((ids) => store.getPersonsByIds(ids)),
    targets: loader((ids) => store.getTargetsByIds(ids)),
    statements: loader((ids) => store.getStatementsByIds(ids)),
    positions: loader((ids) => store.getPositionsByIds(ids)),
    documents: loader((ids) => store.getDocumentsByIds(ids)),
    meetings: loader((ids) => store.getMeetingsByIds(ids)),
    agendaItems: loader((ids) => store.getAgendaItemsByIds(ids)),
    positionsByStatement: new DataLoader((ids: readonly string[]) => store.listPositionsByStatementIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives. */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** The analysis input for a scope, read once per request however many analysis fields ask. */
  readonly analysisInput: (scope: AnalysisScope | null | undefined) => Promise<AnalysisInput>;
}

/** A fresh context for one request. */
export function createContext(store: GraphStore): Context {
  const inputs = new Map<string, Promise<AnalysisInput>>();
  return {
    store,
    loaders: createLoaders(store),
    analysisInput(scope) {
      const clean = Object.fromEntries(
        Object.entries(scope ?? {}).filter(([, value]) => (Array.isArray(value) && value.length > 0) || value === true),
      );
      const key = JSON.stringify(clean);
      let input = inputs.get(key);
      if (!input) {
        input = loadAnalysisInput(store, clean, { argumentPrefix: 'scope.' });
        inputs.set(key, input);
      }
      return input;
    },
  };
}
