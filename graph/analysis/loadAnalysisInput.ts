import { didYouMean, InvalidArgumentError, NotFoundError } from '../errors/index.js';
import { PROVENANCE_METHODS, RELIABILITY_TIERS, type AgendaItem, type Document, type Position, type ReliabilityTier } from '../model/index.js';
import type { GraphStore, PositionFilter } from '../store/port.js';
import type { AnalysisInput, AnalysisScope } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { meetingsInScope } from './meetingsInScope.js';
import { normalizeScope } from './normalizeScope.js';
import { sharePositionValues } from './sharePositionValues.js';
import { unknownIdError } from './unknownIdError.js';
import { validateCount } from './validateCount.js';

export interface LoadAnalysisOptions {
  /** Positions asked for per `listPositions` call. Default 500. */
  readonly pageSize?: number;
  /**
   * Prefix of the argument names errors report, so they match the caller's API: with `'filter.'`,
   * an unknown meeting is reported on `filter.meetingIds`. Default '' (`meetingIds`).
   */
  readonly argumentPrefix?: string;
}

export const DEFAULT_ANALYSIS_PAGE_SIZE = 2000;

/**
 * Ids asked for per `get*ByIds` call: far below SQLite's 32,766 bound variables, and a batch a
 * Neo4j transaction holds easily, however many positions the scope has.
 */
const ID_BATCH = 5000;

/**
 * Reads what the analyses need for `scope` from `store` through the port alone, so that every store
 * yields the same `AnalysisInput` (see its doc comment for contents and order). Positions are paged
 * with keyset cursors; the documents they cite are fetched in one batch; the actor and target
 * catalogs are read whole, so that a typo can be told from a silent actor and answered with a
 * suggestion.
 *
 * Throws `InvalidArgumentError` for a scope id the store does not hold (with the closest ids it
 * does) and for an agenda item outside the meetings named; `NotFoundError` when the store holds a
 * dangling reference; errors of the store pass through (`StoreUnavailableError`).
 */
export async function loadAnalysisInput(
  store: GraphStore,
  scope: AnalysisScope = {},
  options: LoadAnalysisOptions = {},
): Promise<AnalysisInput> {
  const pageSize = validateCount('pageSize', options.pageSize ?? DEFAULT_ANALYSIS_PAGE_SIZE, 1);
  const prefix = options.argumentPrefix ?? '';
  const normalized = normalizeScope(scope);
  const [allMeetings, actors, targets] = await Promise.all([
    store.listMeetings(),
    store.listActors({}),
    store.listTargets({}),
  ]);
  const meetingIds = allMeetings.map((m) => m.id).sort(compareIds);
  for (const id of normalized.meetingIds ?? []) {
    if (!meetingIds.includes(id)) throw unknownIdError(`${prefix}meetingIds`, 'meetings', id, meetingIds);
  }
  const actorIds = actors.map((a) => a.id).sort(compareIds);
  for (const id of normalized.actorIds ?? []) {
    if (!actorIds.includes(id)) throw unknownIdError(`${prefix}actorIds`, 'actors', id, actorIds);
  }
  checkTiers(normalized.sourceTiers, `${prefix}sourceTiers`);
  const [scopedAgendaItems, scopedDocuments] = await Promise.all([
    getScopedAgendaItems(store, normalized, meetingIds, prefix),
    getScopedDocuments(store, normalized, prefix),
  ]);
  const meetings = meetingsInScope(normalized, allMeetings, { agendaItems: scopedAgendaItems, documents: scopedDocuments }, prefix).sort((a, b) =>
    compareIds(a.id, b.id),
  );

  const [agendaItems, participations, positions] = await Promise.all([
    store.listAgendaItemsByMeetingIds(meetings.map((m) => m.id)).then((lists) => lists.flat()),
    store.listParticipationsByMeetingIds(meetings.map((m) => m.id)).then((lists) =>
      lists.flat().filter((p) => normalized.actorIds?.includes(p.actorId) ?? true),
    ),
    listAllPositions(store, filterOf(normalized), pageSize),
  ]);
  // Only each statement's source is read, never its text (AnalysisInput.ts).
  const statements = await getAll('statement', positions.map((p) => [p.statementId, p.id]), (ids) => store.getStatementSourcesByIds(ids));
  const documents = await getAll(
    'document',
    [...positions.map((p): [string, string] => [p.evidence.documentId, p.id]), ...statements.map((s): [string, string] => [s.documentId, s.id])],
    (ids) => store.getDocumentsByIds(ids),
  );

  return Object.freeze({
    scope: normalized,
    meetings,
    agendaItems,
    participations,
    actors: [...actors].sort((a, b) => compareIds(a.id, b.id)),
    targets: [...targets].sort((a, b) => compareIds(a.id, b.id)),
    statements,
    documents,
    positions,
  });
}

// Private:

function filterOf(scope: AnalysisScope): PositionFilter {
  return {
    ...(scope.meetingIds ? { meetingIds: scope.meetingIds } : {}),
    ...(scope.agendaItemIds ? { agendaItemIds: scope.agendaItemIds } : {}),
    ...(scope.actorIds ? { actorIds: scope.actorIds } : {}),
    ...(scope.sourceDocumentIds ? { sourceDocumentIds: scope.sourceDocumentIds } : {}),
    ...(scope.sourceTiers ? { sourceTiers: scope.sourceTiers } : {}),
    // Unreviewed suggestions stay out unless the scope asks for them.
    ...(scope.includeExtracted ? {} : { provenanceMethods: PROVENANCE_METHODS.filter((method) => method !== 'EXTRACTED') }),
  };
}

async function getScopedAgendaItems(
  store: GraphStore,
  scope: AnalysisScope,
  meetingIds: readonly string[],
  prefix: string,
): Promise<AgendaItem[]> {
  const ids = scope.agendaItemIds ?? [];
  if (ids.length === 0) return [];
  const found = await store.getAgendaItemsByIds(ids);
  const missing = ids.findIndex((_, i) => found[i] == null);
  if (missing >= 0) {
    const id = ids[missing] ?? '';
    // Only on this error path do we read every agenda item, to suggest the closest ids.
    const candidates = (await store.listAgendaItemsByMeetingIds(scope.meetingIds ?? meetingIds))
      .flat()
      .map((item) => item.id);
    throw unknownIdError(`${prefix}agendaItemIds`, 'agendaItems', id, candidates);
  }
  return found.filter((item): item is AgendaItem => item !== null);
}

/** The source documents the scope names, read in one batch; an unknown id is an error with the closest ids. */
async function getScopedDocuments(store: GraphStore, scope: AnalysisScope, prefix: string): Promise<Document[]> {
  const ids = scope.sourceDocumentIds ?? [];
  if (ids.length === 0) return [];
  const found = await store.getDocumentsByIds(ids);
  const missing = ids.findIndex((_, i) => found[i] == null);
  if (missing >= 0) {
    // Only on this error path do we list every document id (without texts), to suggest the closest.
    const candidates = (await store.listDocumentFingerprints()).map((d) => d.documentId);
    throw unknownIdError(`${prefix}sourceDocumentIds`, 'documents', ids[missing] ?? '', candidates);
  }
  return found.filter((document): document is Document => document !== null);
}

/** GraphQL's enum checks tiers at the API; a caller of this function (the CLI, a script) gets the same check here. */
function checkTiers(tiers: readonly string[] | undefined, argument: string): void {
  for (const tier of tiers ?? []) {
    if (!RELIABILITY_TIERS.includes(tier as ReliabilityTier)) {
      const suggestion = didYouMean(tier, RELIABILITY_TIERS) || ` The tiers are ${RELIABILITY_TIERS.join(', ')}.`;
      throw new InvalidArgumentError(argument, `${argument}: unknown reliability tier ${JSON.stringify(tier)}.${suggestion}`);
    }
  }
}

/** Every position matching `filter`, in sort-key order, `pageSize` at a time (keyset paging). */
async function listAllPositions(store: GraphStore, filter: PositionFilter, pageSize: number): Promise<Position[]> {
  const positions: Position[] = [];
  const share = sharePositionValues();
  let after: string | null = null;
  for (;;) {
    const page = await store.listPositions(filter, { first: pageSize, after });
    for (const position of page.items) positions.push(share(position));
    const last = page.items[page.items.length - 1];
    if (!page.hasNextPage) return positions;
    if (last === undefined) throw new RangeError('listPositions: an empty page claimed a next page; refusing to loop');
    after = last.sortKey;
    await yieldToEventLoop();
  }
}

/**
 * The entities named by `refs` ([id, referring id] pairs), fetched in one batch and ordered by id.
 * A null means the store holds a dangling reference: a broken store, reported as `NotFoundError`.
 */
async function getAll<T extends { readonly id: string }>(
  entity: string,
  refs: readonly (readonly [string, string])[],
  fetch: (ids: readonly string[]) => Promise<(T | null)[]>,
): Promise<T[]> {
  const ids = [...new Set(refs.map(([id]) => id))].sort(compareIds);
  if (ids.length === 0) return [];
  const found: (T | null)[] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH) {
    found.push(...(await fetch(ids.slice(i, i + ID_BATCH))));
    await yieldToEventLoop();
  }
  return ids.map((id, i) => {
    const item = found[i];
    if (item == null) {
      const referrer = refs.find(([ref]) => ref === id)?.[1] ?? '?';
      throw new NotFoundError(entity, id, `It is referenced by ${JSON.stringify(referrer)}; the store holds a dangling reference`);
    }
    return item;
  });
}

/**
 * Lets queued I/O (other requests) run between batches: the embedded store answers synchronously,
 * so without this a whole-corpus read would hold the event loop for seconds.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
