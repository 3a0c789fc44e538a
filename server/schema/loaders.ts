import DataLoader from 'dataloader';
import type { DocumentHead, GraphStore } from '../../graph/index.js';
import type { AnalysisInput, AnalysisScope } from '../../graph/index.js';
import { analysisCacheOf, type AnalysisCache } from './analysisCache.js';
import type { AnalysisJob } from './analysisJobs.js';
import { RecordLoader } from './recordLoader.js';

/**
 * One set of DataLoaders per request (DataLoader README, "Creating a new DataLoader per
 * request"): a page of 100 positions resolves its actors, targets, statements and documents in a
 * few batched store calls instead of hundreds, and no cache outlives the request.
 */
export function createLoaders(store: GraphStore) {
  const loader = <T extends { readonly id: string }>(batch: (ids: readonly string[]) => Promise<(T | null)[]>) => new RecordLoader<T>(batch);
  const children = <T>(batch: (parentIds: readonly string[]) => Promise<T[][]>) => new DataLoader<string, T[]>((ids) => batch(ids));
  return {
    actors: loader((ids) => store.getActorsByIds(ids)),
    persons: loader((ids) => store.getPersonsByIds(ids)),
    targets: loader((ids) => store.getTargetsByIds(ids)),
    statements: loader((ids) => store.getStatementsByIds(ids)),
    positions: loader((ids) => store.getPositionsByIds(ids)),
    documents: loader((ids) => store.getDocumentsByIds(ids)),
    // Documents a page of positions names, primed without their texts (listPositionsPriming.ts);
    // an id not primed is read without its text too.
    documentHeads: loader<DocumentHead>((ids) => store.getDocumentHeadsByIds(ids)),
    meetings: loader((ids) => store.getMeetingsByIds(ids)),
    agendaItems: loader((ids) => store.getAgendaItemsByIds(ids)),
    // Children of many parents, one batch port call per field per request: `{ meetings { agendaItems
    // { id } } }` or `{ principles { elements { id } } }` costs two store calls however many parents.
    positionsByStatement: children((ids) => store.listPositionsByStatementIds(ids)),
    agendaItemsByMeeting: children((ids) => store.listAgendaItemsByMeetingIds(ids)),
    participantsByMeeting: children((ids) => store.listParticipationsByMeetingIds(ids)),
    attendeesByMeeting: children((ids) => store.listAttendancesByMeetingIds(ids)),
    elementsByPrinciple: children((ids) => store.listElementsByPrincipleIds(ids)),
    provisionsByInstrument: children((ids) => store.listProvisionsByInstrumentIds(ids)),
    principlesByInstrument: children((ids) => store.listPrinciplesByInstrumentIds(ids)),
    // Catalogs read at most once per request, however many parents ask.
    principles: once(() => store.listPrinciples()),
    instruments: once(() => store.listInstruments()),
    proposals: once(() => store.listProposals()),
    allDocuments: once(() => store.listDocumentHeads()),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** `read()` called at most once; every caller shares its promise. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => (promise ??= read());
}

/** What every resolver receives. */
export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** The analysis input for a scope, read once per graph version and scope (see analysisCache.ts). */
  readonly analysisInput: (scope: AnalysisScope | null | undefined) => Promise<AnalysisInput>;
  /** An analysis result for a scope, computed once per graph version, scope and `key`. */
  readonly analysisResult: <T>(scope: AnalysisScope | null | undefined, key: string, compute: (input: AnalysisInput) => T) => Promise<T>;
  /** An analysis job's answer for a scope, computed once per graph version off the serving thread (analysisJobs.ts). */
  readonly analysisJob: (scope: AnalysisScope | null | undefined, job: AnalysisJob) => Promise<unknown>;
}

/** A fresh context for one request. */
export function createContext(store: GraphStore): Context {
  const cache: AnalysisCache = analysisCacheOf(store);
  return {
    store,
    loaders: createLoaders(store),
    analysisInput: (scope) => cache.input(cleanScope(scope)),
    analysisResult: (scope, key, compute) => cache.result(cleanScope(scope), key, compute),
    analysisJob: (scope, job) => cache.job(cleanScope(scope), job),
  };
}

function cleanScope(scope: AnalysisScope | null | undefined): AnalysisScope {
  // includeExtracted is a flag, kept only when true: the default scope stays one cache key.
  return Object.fromEntries(
    Object.entries(scope ?? {}).filter(([, value]) => (Array.isArray(value) && value.length > 0) || value === true),
  );
}
