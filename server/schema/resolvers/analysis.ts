import {
  agreement,
  blocs,
  commonGround,
  consensusOn,
  divergences,
  renderZeroDraft,
  stanceMatrix,
  STANCES,
  zeroDraft,
  type Actor,
  type ActorKind,
  type Target,
  type TargetKind,
  type AnalysisInput,
  type AnalysisScope,
  type Citation,
  type Divergence,
  type Position,
  type SideActor,
  type ZeroDraftFormat,
} from '../../../graph/index.js';
import type { Context } from '../loaders.js';

/**
 * Resolvers of the analysis queries: thin mappings from graph/analysis results (ids) to GraphQL
 * objects. Each result is computed once per graph version, scope and arguments (analysisCache.ts)
 * and carries its actors and positions resolved from the analysis input itself, so that a result
 * of 18,000 agreement pairs resolves without 36,000 loader calls per request.
 */
type ScopeArgs = { scope?: AnalysisScope | null };

export const analysisQueries = {
  async analysisBasis(_: unknown, args: ScopeArgs, context: Context) {
    const input = await context.analysisInput(args.scope);
    return {
      positions: input.positions.length,
      curated: input.positions.filter((p) => p.provenance.method === 'CURATED').length,
      extracted: input.positions.filter((p) => p.provenance.method === 'EXTRACTED').length,
      imported: input.positions.filter((p) => p.provenance.method === 'IMPORTED').length,
      includesExtracted: input.scope.includeExtracted === true,
    };
  },
  async consensus(_: unknown, args: { targetId: string } & ScopeArgs, context: Context) {
    const consensus = await context.analysisResult(args.scope, `consensus:${args.targetId}`, (input) => {
      const result = consensusOn(input, args.targetId);
      const { actor, position } = lookups(input);
      return {
        ...result,
        divergence: result.divergence && withActors(result.divergence, actor),
        sides: result.sides.map((side) => ({
          stance: side.stance,
          actors: side.actors.map((entry) => actor(entry.actorId)),
          positions: side.actors
            .flatMap((entry) => entry.evidence.map((citation) => position(citation.positionId)))
            .sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)),
          entries: side.actors.map((entry) => ({ ...entry, actor: actor(entry.actorId), evidence: entry.evidence.map((c) => citationOf(c, position)) })),
        })),
      };
    });
    return { ...consensus, target: context.loaders.targets.load(consensus.targetId) };
  },
  divergences: (_: unknown, args: ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, 'divergences', (input) => {
      const { actor } = lookups(input);
      return divergences(input).map((d) => withActors(d, actor));
    }),
  agreement: (_: unknown, args: { actorIds?: string[] | null; minSharedTargets?: number | null } & ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, `agreement:${JSON.stringify([args.actorIds ?? null, args.minSharedTargets ?? null])}`, (input) => {
      const { actor } = lookups(input);
      const result = agreement(input, { actorIds: args.actorIds ?? undefined, minSharedTargets: args.minSharedTargets ?? undefined });
      return {
        ...result,
        states: result.stateIds.map(actor),
        pairs: result.pairs.map((pair) => ({ ...pair, stateAActor: actor(pair.stateA), stateBActor: actor(pair.stateB) })),
      };
    }),
  blocs: (_: unknown, args: { actorIds?: string[] | null; seed?: number | null } & ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, `blocs:${JSON.stringify([args.actorIds ?? null, args.seed ?? null])}`, (input) => {
      const { actor } = lookups(input);
      const result = blocs(input, { actorIds: args.actorIds ?? undefined, seed: args.seed ?? undefined });
      return {
        ...result,
        blocs: result.blocs.map((bloc) => ({ ...bloc, states: bloc.stateIds.map(actor) })),
        edges: result.edges.map((edge) => ({ ...edge, stateAActor: actor(edge.stateA), stateBActor: actor(edge.stateB) })),
        unplacedStates: result.unplacedStateIds.map(actor),
      };
    }),
  commonGround: (_: unknown, args: { minSupporters?: number | null } & ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, `commonGround:${args.minSupporters ?? ''}`, (input) => {
      const { actor } = lookups(input);
      return commonGround(input, { minSupporters: args.minSupporters ?? undefined }).map((ground) => ({
        ...ground,
        supporterActors: ground.supporters.map(actor),
        reservedByActors: ground.reservedBy.map(actor),
        queriedByActors: ground.queriedBy.map(actor),
      }));
    }),
  stanceMatrix: (_: unknown, args: { actorKinds?: ActorKind[] | null; targetKinds?: TargetKind[] | null } & ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, `stanceMatrix:${JSON.stringify([args.actorKinds ?? null, args.targetKinds ?? null])}`, (input) => {
      const { actor, target } = lookups(input);
      return stanceMatrix(input, { actorKinds: args.actorKinds ?? undefined, targetKinds: args.targetKinds ?? undefined }).map((cell) => ({
        actor: actor(cell.actorId),
        target: target(cell.targetId),
        netStance: cell.net,
        supports: cell.counts.SUPPORTS,
        opposes: cell.counts.OPPOSES,
        qualifies: cell.counts.QUALIFIES,
        queries: cell.counts.QUERIES,
        positions: cell.positions,
        statements: cell.statements,
        byStance: STANCES.filter((stance) => cell.counts[stance] > 0).map((stance) => ({ stance, positions: cell.counts[stance], statements: cell.statementsByStance[stance] })),
      }));
    }),
  zeroDraft: (_: unknown, args: { format?: ZeroDraftFormat | null; minSupporters?: number | null } & ScopeArgs, context: Context) =>
    context.analysisResult(args.scope, `zeroDraft:${args.format ?? 'MARKDOWN'}:${args.minSupporters ?? ''}`, (input) =>
      renderZeroDraft(zeroDraft(input, { minSupporters: args.minSupporters ?? undefined }), args.format ?? 'MARKDOWN'),
    ),
};

export const analysisTypes = {
  TargetConsensus: {},
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

// Private:

/** Actor and position lookups over an input's own catalog, built once per input. */
function lookups(input: AnalysisInput) {
  let found = lookupCache.get(input);
  if (found === undefined) {
    const actors = new Map(input.actors.map((a) => [a.id, a]));
    const positions = new Map(input.positions.map((p) => [p.id, p]));
    const targets = new Map(input.targets.map((t) => [t.id, t]));
    found = {
      actor: (id: string): Actor => must(actors.get(id), 'actor', id),
      target: (id: string): Target => must(targets.get(id), 'target', id),
      position: (id: string): Position => must(positions.get(id), 'position', id),
    };
    lookupCache.set(input, found);
  }
  return found;
}

const lookupCache = new WeakMap<AnalysisInput, { actor: (id: string) => Actor; target: (id: string) => Target; position: (id: string) => Position }>();

function withActors<D extends Divergence>(d: D, actor: (id: string) => Actor) {
  return {
    ...d,
    supportingActors: d.supporting.map(actor),
    opposingActors: d.opposing.map(actor),
    contestingActors: d.contesting.map(actor),
    reservingActors: d.reserving.map(actor),
    qualifyingActors: d.qualifying.map(actor),
  };
}

function citationOf(citation: Citation, position: (id: string) => Position) {
  return { ...citation, position: position(citation.positionId) };
}

function must<T>(value: T | undefined, kind: string, id: string): T {
  // The analyses only name ids of their own input; a miss is a bug, not a caller's mistake.
  if (value === undefined) throw new Error(`analysis result names ${kind} ${JSON.stringify(id)} missing from its own input`);
  return value;
}
