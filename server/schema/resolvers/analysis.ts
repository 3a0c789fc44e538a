import {
  agreement,
  blocs,
  commonGround,
  consensusOn,
  divergences,
  renderZeroDraft,
  zeroDraft,
  type AnalysisScope,
  type Citation,
  type SideActor,
  type ZeroDraftFormat,
} from '../../../graph/index.js';
import type { Context } from '../loaders.js';

/**
 * Resolvers of the analysis queries: thin mappings from graph/analysis results (ids) to GraphQL
 * objects (actors, targets, positions through the request's DataLoaders).
 */
type ScopeArgs = { scope?: AnalysisScope | null };

const actor = (context: Context) => (id: string) => context.loaders.actors.load(id);
const actors = (context: Context, ids: readonly string[]) => Promise.all(ids.map(actor(context)));

export const analysisQueries = {
  async analysisBasis(_: unknown, args: ScopeArgs, context: Context) {
    const input = await context.analysisInput(args.scope);
    return {
      positions: input.positions.length,
      curated: input.positions.filter((p) => p.provenance.method === 'CURATED').length,
      extracted: input.positions.filter((p) => p.provenance.method === 'EXTRACTED').length,
      includesExtracted: input.scope.includeExtracted === true,
    };
  },
  async consensus(_: unknown, args: { targetId: string } & ScopeArgs, context: Context) {
    const consensus = consensusOn(await context.analysisInput(args.scope), args.targetId);
    return {
      ...consensus,
      target: context.loaders.targets.load(consensus.targetId),
      sides: consensus.sides.map((side) => ({
        stance: side.stance,
        actorIds: side.actors.map((entry) => entry.actorId),
        positionIds: side.actors.flatMap((entry) => entry.evidence.map((citation) => citation.positionId)),
        entries: side.actors,
      })),
    };
  },
  divergences: async (_: unknown, args: ScopeArgs, context: Context) => divergences(await context.analysisInput(args.scope)),
  async agreement(_: unknown, args: { actorIds?: string[] | null; minSharedTargets?: number | null } & ScopeArgs, context: Context) {
    return agreement(await context.analysisInput(args.scope), {
      actorIds: args.actorIds ?? undefined,
      minSharedTargets: args.minSharedTargets ?? undefined,
    });
  },
  async blocs(_: unknown, args: { actorIds?: string[] | null; seed?: number | null } & ScopeArgs, context: Context) {
    return blocs(await context.analysisInput(args.scope), { actorIds: args.actorIds ?? undefined, seed: args.seed ?? undefined });
  },
  commonGround: async (_: unknown, args: { minSupporters?: number | null } & ScopeArgs, context: Context) =>
    commonGround(await context.analysisInput(args.scope), { minSupporters: args.minSupporters ?? undefined }),
  async zeroDraft(
    _: unknown,
    args: { format?: ZeroDraftFormat | null; minSupporters?: number | null } & ScopeArgs,
    context: Context,
  ) {
    const draft = zeroDraft(await context.analysisInput(args.scope), { minSupporters: args.minSupporters ?? undefined });
    return renderZeroDraft(draft, args.format ?? 'MARKDOWN');
  },
};

export const analysisTypes = {
  TargetConsensus: {},
  ConsensusSide: {
    actors: (side: { actorIds: string[] }, _: unknown, context: Context) => actors(context, side.actorIds),
    positions: async (side: { positionIds: string[] }, _: unknown, context: Context) =>
      sortedBySortKey(await Promise.all(side.positionIds.map((id) => context.loaders.positions.load(id)))),
  },
  SideEntry: {
    actor: (entry: SideActor, _: unknown, context: Context) => context.loaders.actors.load(entry.actorId),
    citations: (entry: SideActor) => entry.evidence,
  },
  Citation: {
    position: (citation: Citation, _: unknown, context: Context) => context.loaders.positions.load(citation.positionId),
    document: (citation: Citation, _: unknown, context: Context) => context.loaders.documents.load(citation.documentId),
    agendaItem: (citation: Citation, _: unknown, context: Context) => context.loaders.agendaItems.load(citation.agendaItemId),
  },
  Divergence: {
    target: (divergence: { targetId: string }, _: unknown, context: Context) => context.loaders.targets.load(divergence.targetId),
    supporting: (divergence: { supporting: string[] }, _: unknown, context: Context) => actors(context, divergence.supporting),
    opposing: (divergence: { opposing: string[] }, _: unknown, context: Context) => actors(context, divergence.opposing),
    qualifying: (divergence: { qualifying: string[] }, _: unknown, context: Context) => actors(context, divergence.qualifying),
  },
  StateAgreement: {
    states: (result: { stateIds: string[] }, _: unknown, context: Context) => actors(context, result.stateIds),
  },
  AgreementPair: {
    stateA: (pair: { stateA: string }, _: unknown, context: Context) => context.loaders.actors.load(pair.stateA),
    stateB: (pair: { stateB: string }, _: unknown, context: Context) => context.loaders.actors.load(pair.stateB),
  },
  Bloc: {
    states: (bloc: { stateIds: string[] }, _: unknown, context: Context) => actors(context, bloc.stateIds),
  },
  BlocEdge: {
    stateA: (edge: { stateA: string }, _: unknown, context: Context) => context.loaders.actors.load(edge.stateA),
    stateB: (edge: { stateB: string }, _: unknown, context: Context) => context.loaders.actors.load(edge.stateB),
  },
  Blocs: {
    unplacedStates: (result: { unplacedStateIds: string[] }, _: unknown, context: Context) => actors(context, result.unplacedStateIds),
  },
  CommonGround: {
    target: (ground: { targetId: string }, _: unknown, context: Context) => context.loaders.targets.load(ground.targetId),
    supporters: (ground: { supporters: string[] }, _: unknown, context: Context) => actors(context, ground.supporters),
    queriedBy: (ground: { queriedBy: string[] }, _: unknown, context: Context) => actors(context, ground.queriedBy),
  },
};

function sortedBySortKey<T extends { sortKey: string } | null>(items: T[]): T[] {
  return items.sort((a, b) => ((a?.sortKey ?? '') < (b?.sortKey ?? '') ? -1 : 1));
}
