import { didYouMean, InvalidArgumentError, NotFoundError } from '../errors/index.js';
import { PROVENANCE_METHODS, RELIABILITY_TIERS, type AgendaItem, type Document, type DocumentHead, type Position, type ReliabilityTier } from '../model/index.js';
import type { DocumentVersion, GraphStore, PositionFilter, StatementSource } from '../store/port.js';
import type { AnalysisInput, AnalysisScope } from './AnalysisInput.js';
import { compareIds } from './compareIds.js';
import { meetingsInScope } from './meetingsInScope.js';
import { normalizeScope, scopeKeyOf } from './normalizeScope.js';
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

/**
 * An input with the version of every stored document at the time it was read
 * (`GraphStore.listDocumentVersions`), so that a load after a write can re-read only the
 * documents the write touched (`previous` of `loadVersionedInput`).
 */
export interface VersionedInput {
  readonly input: AnalysisInput;
  readonly documentVersions: readonly DocumentVersion[];
}

export interface LoadVersionedOptions extends LoadAnalysisOptions {
  /**
   * The same scope's input read at an earlier graph version. The positions, statement sources and
   * documents of every document whose version has not moved since are taken from it instead of
   * being read again; the rest (the catalog, meetings, participations) is read as usual, so the
   * answer is the input a full read would give. Ignored (a full read) when the scope differs, when
   * a version is unknown, or when more than a quarter of the documents changed.
   */
  readonly previous?: VersionedInput;
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
  return readInput(store, scope, options, null);
}

/**
 * `loadAnalysisInput` with the document versions it was read at, re-reading only the documents
 * changed since `options.previous` when there is one: after one document is put at 300,000
 * positions, a second instead of a whole-corpus read. The versions are read first, so a write
 * landing during the read leaves an older version beside newer data: the next load re-reads that
 * document, and never the other way round.
 */
export async function loadVersionedInput(
  store: GraphStore,
  scope: AnalysisScope = {},
  options: LoadVersionedOptions = {},
): Promise<VersionedInput> {
  const documentVersions = await store.listDocumentVersions();
  const reuse = reusableParts(options.previous, normalizeScope(scope), documentVersions);
  return { input: await readInput(store, scope, options, reuse), documentVersions };
}

// Private:

async function readInput(
  store: GraphStore,
  scope: AnalysisScope,
  options: LoadAnalysisOptions,
  reuse: ReusableParts | null,
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
    reuse === null ? listAllPositions(store, filterOf(normalized), pageSize) : updatePositions(store, normalized, reuse, pageSize),
  ]);
  // Only each statement's source is read, never its text (AnalysisInput.ts).
  const statementIds = new Set<string>();
  for (const p of positions) statementIds.add(p.statementId);
  const statements = await getAll(
    'statement',
    statementIds,
    (id) => positions.find((p) => p.statementId === id)?.id,
    (ids) => store.getStatementSourcesByIds(ids),
    reuse?.statements,
  );
  const documentIds = new Set<string>();
  for (const p of positions) documentIds.add(p.evidence.documentId);
  for (const s of statements) documentIds.add(s.documentId);
  const documents = await getAll(
    'document',
    documentIds,
    (id) => positions.find((p) => p.evidence.documentId === id)?.id ?? statements.find((s) => s.documentId === id)?.id,
    (ids) => store.getDocumentsByIds(ids),
    reuse?.documents,
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
async function getScopedDocuments(store: GraphStore, scope: AnalysisScope, prefix: string): Promise<DocumentHead[]> {
  const ids = scope.sourceDocumentIds ?? [];
  if (ids.length === 0) return [];
  const found = await store.getDocumentHeadsByIds(ids);
  const missing = ids.findIndex((_, i) => found[i] == null);
  if (missing >= 0) {
    // Only on this error path do we list every document id (without texts), to suggest the closest.
    const candidates = (await store.listDocumentFingerprints()).map((d) => d.documentId);
    throw unknownIdError(`${prefix}sourceDocumentIds`, 'documents', ids[missing] ?? '', candidates);
  }
  return found.filter((document): document is DocumentHead => document !== null);
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

/** What a load can take from the previous input: everything of the documents that did not change. */
interface ReusableParts {
  /** Documents changed, added or removed since the previous input (their positions are read again). */
  readonly changed: ReadonlySet<string>;
  /** The previous input's positions of unchanged documents, in sort-key order. */
  readonly positions: readonly Position[];
  readonly statements: ReadonlyMap<string, StatementSource>;
  readonly documents: ReadonlyMap<string, Document>;
}

/** Above this share of changed documents, a full read costs little more than the update. */
const MAX_CHANGED_SHARE = 0.25;

function reusableParts(previous: VersionedInput | undefined, scope: AnalysisScope, versions: readonly DocumentVersion[]): ReusableParts | null {
  if (previous === undefined || scopeKeyOf(previous.input.scope) !== scopeKeyOf(scope)) return null;
  const before = new Map(previous.documentVersions.map((d) => [d.documentId, d.graphVersion]));
  const changed = new Set<string>();
  for (const { documentId, graphVersion } of versions) {
    const was = before.get(documentId);
    if (graphVersion === null || was === null) return null; // a version the store cannot tell: read everything
    if (was !== graphVersion) changed.add(documentId);
    before.delete(documentId);
  }
  for (const removed of before.keys()) changed.add(removed);
  if (changed.size > Math.max(1, versions.length * MAX_CHANGED_SHARE)) return null;
  // Loops rather than filter/map chains: at 300,000 positions these run after every write, and
  // the chains' pair arrays and closures cost more than the lookups.
  const statements = new Map<string, StatementSource>();
  const dropped = new Set<string>(); // statements of changed documents (few)
  for (const statement of previous.input.statements) {
    if (changed.has(statement.documentId)) dropped.add(statement.id);
    else statements.set(statement.id, statement);
  }
  const positions: Position[] = [];
  for (const position of previous.input.positions) if (!dropped.has(position.statementId)) positions.push(position);
  const documents = new Map<string, Document>();
  for (const document of previous.input.documents) if (!changed.has(document.id)) documents.set(document.id, document);
  return { changed, positions, statements, documents };
}

/**
 * The scope's positions: those kept from the previous input, merged in sort-key order with those
 * of the changed documents, read with the scope's own filter narrowed to them (a document the
 * scope's `sourceDocumentIds` leaves out is not read).
 */
async function updatePositions(store: GraphStore, scope: AnalysisScope, reuse: ReusableParts, pageSize: number): Promise<Position[]> {
  const wanted = [...reuse.changed].filter((id) => scope.sourceDocumentIds?.includes(id) ?? true).sort(compareIds);
  const fresh: Position[] = [];
  for (let i = 0; i < wanted.length; i += DOCUMENT_BATCH) {
    fresh.push(...(await listAllPositions(store, { ...filterOf(scope), sourceDocumentIds: wanted.slice(i, i + DOCUMENT_BATCH) }, pageSize)));
  }
  fresh.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const merged: Position[] = [];
  let k = 0;
  for (const position of fresh) {
    while (k < reuse.positions.length && reuse.positions[k]!.sortKey < position.sortKey) merged.push(reuse.positions[k++]!);
    merged.push(position);
  }
  while (k < reuse.positions.length) merged.push(reuse.positions[k++]!);
  return merged;
}

/** Changed documents whose positions are read per `listPositions` filter. */
const DOCUMENT_BATCH = 500;

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
 * The entities with these ids, ordered by id: those in `known` as they are, the others fetched in
 * batches. A null means the store holds a dangling reference: a broken store, reported as
 * `NotFoundError` naming what refers to it (`referrerOf`, looked up only then).
 */
async function getAll<T extends { readonly id: string }>(
  entity: string,
  wanted: ReadonlySet<string>,
  referrerOf: (id: string) => string | undefined,
  fetch: (ids: readonly string[]) => Promise<(T | null)[]>,
  known: ReadonlyMap<string, T> = new Map(),
): Promise<T[]> {
  // The default sort compares strings by UTF-16 code unit, compareIds's order, without a call per comparison.
  const ids = [...wanted].sort();
  const missing: string[] = [];
  for (const id of ids) if (!known.has(id)) missing.push(id);
  const fetched = new Map<string, T | null>();
  for (let i = 0; i < missing.length; i += ID_BATCH) {
    const batch = missing.slice(i, i + ID_BATCH);
    (await fetch(batch)).forEach((item, j) => fetched.set(batch[j]!, item));
    await yieldToEventLoop();
  }
  return ids.map((id) => {
    const item = known.get(id) ?? fetched.get(id);
    if (item == null) {
      const referrer = referrerOf(id) ?? '?';
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
