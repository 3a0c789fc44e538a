import type {
  Actor,
  ActorKind,
  TargetKind,
  AnalysisScope,
  Citation,
  Position,
  SideActor,
  ZeroDraftFormat,
} from '../../../graph/index.js';
import type { Context } from '../loaders.js';
import { unpackIds, type PackedIds } from '../packedIds.js';

/**
 * Resolvers of the analysis queries: each names its job (server/schema/analysisJobs.ts, which maps
 * graph/analysis results to GraphQL objects with their actors and positions resolved from the
 * input), computed once per graph version, scope and arguments off the serving thread
 * (analysisCache.ts, analysisPool.ts).
 */
type ScopeArgs = { scope?: AnalysisScope | null };

export const analysisQueries = {
  analysisBasis: (_: unknown, args: ScopeArgs, context: Context) => context.analysisJob(args.scope, { name: 'basis' }),
  consensus: (_: unknown, args: { targetId: string } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'consensus', targetId: args.targetId }),
  divergences: (_: unknown, args: ScopeArgs, context: Context) => context.analysisJob(args.scope, { name: 'divergences' }),
  agreement: (_: unknown, args: { actorIds?: string[] | null; minSharedTargets?: number | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'agreement', actorIds: args.actorIds ?? null, minSharedTargets: args.minSharedTargets ?? null }),
  blocs: (_: unknown, args: { actorIds?: string[] | null; seed?: number | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'blocs', actorIds: args.actorIds ?? null, seed: args.seed ?? null }),
  commonGround: (_: unknown, args: { minSupporters?: number | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'commonGround', minSupporters: args.minSupporters ?? null }),
  stanceMatrix: (_: unknown, args: { actorKinds?: ActorKind[] | null; targetKinds?: TargetKind[] | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'stanceMatrix', actorKinds: args.actorKinds ?? null, targetKinds: args.targetKinds ?? null }),
  stanceColumns: (_: unknown, args: { actorKinds?: ActorKind[] | null; targetKinds?: TargetKind[] | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'stanceColumns', actorKinds: args.actorKinds ?? null, targetKinds: args.targetKinds ?? null }),
  zeroDraft: (_: unknown, args: { format?: ZeroDraftFormat | null; minSupporters?: number | null } & ScopeArgs, context: Context) =>
    context.analysisJob(args.scope, { name: 'zeroDraft', format: args.format ?? 'MARKDOWN', minSupporters: args.minSupporters ?? null }),
};

export const analysisTypes = {
  TargetConsensus: {
    target: (consensus: { targetId: string }, _: unknown, context: Context) => context.loaders.targets.load(consensus.targetId),
  },
  ConsensusSide: {},
  SideEntry: {
    citations: (entry: SideActor) => entry.evidence,
  },
  Citation: {
    // Results resolved from the analysis input carry their position; others load it.
    position: (citation: Citation & { position?: Position }, _: unknown, context: Context) =>
      citation.position ?? context.loaders.positions.load(citation.positionId),
    document: (citation: Citation, _: unknown, context: Context) => context.loaders.documents.load(citation.documentId),
    agendaItem: (citation: Citation, _: unknown, context: Context) => context.loaders.agendaItems.load(citation.agendaItemId),
  },
  Divergence: {
    target: (divergence: { targetId: string }, _: unknown, context: Context) => context.loaders.targets.load(divergence.targetId),
    supporting: (d: { supportingActors: Actor[] }) => d.supportingActors,
    opposing: (d: { opposingActors: Actor[] }) => d.opposingActors,
    contesting: (d: { contestingActors: Actor[] }) => d.contestingActors,
    reserving: (d: { reservingActors: Actor[] }) => d.reservingActors,
    qualifying: (d: { qualifyingActors: Actor[] }) => d.qualifyingActors,
  },
  StateAgreement: {},
  AgreementPair: {
    stateA: (pair: { stateAActor: Actor }) => pair.stateAActor,
    stateB: (pair: { stateBActor: Actor }) => pair.stateBActor,
    sharedTargetIds: (pair: { sharedTargetIdsPacked: PackedIds }) => unpackIds(pair.sharedTargetIdsPacked),
  },
  Bloc: {},
  BlocEdge: {
    stateA: (edge: { stateAActor: Actor }) => edge.stateAActor,
    stateB: (edge: { stateBActor: Actor }) => edge.stateBActor,
  },
  Blocs: {},
  CommonGround: {
    target: (ground: { targetId: string }, _: unknown, context: Context) => context.loaders.targets.load(ground.targetId),
    supporters: (ground: { supporterActors: Actor[] }) => ground.supporterActors,
    reservedBy: (ground: { reservedByActors: Actor[] }) => ground.reservedByActors,
    queriedBy: (ground: { queriedByActors: Actor[] }) => ground.queriedByActors,
  },
};
