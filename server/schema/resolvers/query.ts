import {
  InvalidArgumentError,
  parseSearchQuery,
  type ActorFilter,
  type ActorKind,
  type TargetFilter,
  type PositionFilter,
  type StatementFilter,
  type TargetKind,
} from '../../../graph/index.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../loaders.js';
import type { CacheableContext } from '../responseCachePlugin.js';
import { listPositionsPriming } from './listPositionsPriming.js';
import { pageRequest, toConnection } from './connection.js';
import { validateIds } from './validateIds.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** GraphQL gives absent list filters as null; the port wants them absent. */
type Nullable<T> = { [K in keyof T]?: T[K] | null };

function clean<T extends object>(filter: Nullable<T> | null | undefined): T {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined)) as T;
}

/** A position filter as the API takes it: the provenance filter named as the field it filters. */
type ApiPositionFilter = PositionFilter & { provenance?: PositionFilter['provenanceMethods'] };

/** The port's filter for an API filter (the port names the provenance list as the list it takes), its ids checked. */
async function positionFilterOf(context: Context, apiFilter: ApiPositionFilter | null | undefined): Promise<PositionFilter> {
  const { provenance, ...rest } = clean(apiFilter);
  const filter: PositionFilter = provenance ? { ...rest, provenanceMethods: provenance } : rest;
  await validatePositionFilter(context, filter);
  return filter;
}

async function validatePositionFilter(context: Context, filter: PositionFilter): Promise<void> {
  await Promise.all([
    validateIds(context, 'actors', filter.actorIds, 'filter.actorIds'),
    validateIds(context, 'targets', filter.targetIds, 'filter.targetIds'),
    validateIds(context, 'meetings', filter.meetingIds, 'filter.meetingIds'),
    validateIds(context, 'agendaItems', filter.agendaItemIds, 'filter.agendaItemIds'),
    validateIds(context, 'documents', filter.documentIds, 'filter.documentIds'),
    validateIds(context, 'documents', filter.sourceDocumentIds, 'filter.sourceDocumentIds'),
  ]);
}

async function validateStatementFilter(context: Context, filter: StatementFilter): Promise<void> {
  await validatePositionFilter(context, {
    actorIds: filter.actorIds,
    targetIds: filter.targetIds,
    meetingIds: filter.meetingIds,
    agendaItemIds: filter.agendaItemIds,
    documentIds: filter.documentIds,
  });
}

export const Query = {
  async positions(
    _: unknown,
    args: PageArgs & { filter?: ApiPositionFilter | null },
    context: Context,
    info: GraphQLResolveInfo,
  ) {
    const request = pageRequest(args);
    const filter = await positionFilterOf(context, args.filter);
    const page = await listPositionsPriming(context, filter, request, info);
    return toConnection(page, () => context.store.countPositions(filter));
  },
  async positionCountsByAgendaItem(_: unknown, args: { filter?: ApiPositionFilter | null }, context: Context) {
    return context.store.countPositionsByAgendaItem(await positionFilterOf(context, args.filter));
  },
  position: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.positions.load(id),

  async statements(_: unknown, args: PageArgs & { filter?: StatementFilter | null }, context: Context) {
    const request = pageRequest(args);
    const filter = clean(args.filter);
    await validateStatementFilter(context, filter);
    const page = await context.store.listStatements(filter, request);
    return toConnection(page, () => context.store.countStatements(filter));
  },
  statement: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.statements.load(id),

  async search(_: unknown, args: PageArgs & { query: string; filter?: StatementFilter | null }, context: Context) {
    const request = pageRequest(args);
    const textTerms = parseSearchQuery(args.query);
    if (textTerms.length === 0) {
      throw new InvalidArgumentError('query', `query: ${JSON.stringify(args.query)} holds no word to search for`);
    }
    const filter = { ...clean(args.filter), textTerms };
    await validateStatementFilter(context, filter);
    const page = await context.store.listStatements(filter, request);
    return toConnection(page, () => context.store.countStatements(filter));
  },

  async actors(_: unknown, args: { kinds?: ActorKind[] | null; meetingId?: string | null; query?: string | null }, context: Context) {
    if (args.meetingId) await validateIds(context, 'meetings', [args.meetingId], 'meetingId');
    return context.store.listActors(
      clean<ActorFilter>({ kinds: args.kinds, meetingIds: args.meetingId ? [args.meetingId] : null, query: args.query }),
    );
  },
  actor: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.actors.load(id),
  principles: (_: unknown, __: unknown, context: Context) => context.loaders.principles(),
  instruments: (_: unknown, __: unknown, context: Context) => context.loaders.instruments(),
  proposals: (_: unknown, __: unknown, context: Context) => context.loaders.proposals(),
  questions: (_: unknown, __: unknown, context: Context) => context.store.listTargets({ kinds: ['QUESTION'] }),
  target: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.targets.load(id),
  async targets(_: unknown, args: { query: string; kinds?: TargetKind[] | null }, context: Context) {
    if (args.query.trim().length === 0) {
      throw new InvalidArgumentError('query', 'query: must not be empty; give part of a name or alias');
    }
    return context.store.findTargets(args.query, clean<TargetFilter>({ kinds: args.kinds }));
  },
  meetings: (_: unknown, __: unknown, context: Context) => context.store.listMeetings(),
  meeting: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.meetings.load(id),
  // Heads: a text is read only if the query asks for it (Document.text, length).
  documents: (_: unknown, __: unknown, context: Context) => context.loaders.allDocuments(),
  document: (_: unknown, { id }: { id: string }, context: Context) => context.loaders.documents.load(id),

  counts: (_: unknown, __: unknown, context: Context) => context.store.countGraph(),
  // Read from the store on every request and never answered from the response cache, whose
  // version a server may trust for a lease (http/graphVersionLease.ts): a client polling it sees
  // a write as soon as the store has it.
  graphVersion: (_: unknown, __: unknown, context: Context & CacheableContext) => {
    context.keepOutOfCache?.();
    return context.store.getGraphVersion();
  },
};
