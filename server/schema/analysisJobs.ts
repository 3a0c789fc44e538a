import {
  agreement,
  blocs,
  commonGround,
  consensusOn,
  divergences,
  renderZeroDraft,
  stanceMatrix,
  STANCES,
  UnreachableCaseError,
  zeroDraft,
  type Actor,
  type ActorKind,
  type AnalysisInput,
  type Citation,
  type Divergence,
  type Position,
  type Target,
  type TargetKind,
  type ZeroDraftFormat,
} from '../../graph/index.js';
import { indexInput } from '../../graph/analysis/indexInput.js';
import { packIds } from './packedIds.js';
import { stanceColumnsOf } from './stanceColumnsOf.js';

/**
 * The analyses the API serves, as data: a job names the analysis and its arguments, so it can be
 * keyed in a cache and sent to a worker thread (analysisWorker.ts), where a closure could not go.
 * `runAnalysisJob` computes a job's answer from an input, with its actors and positions resolved
 * from the input itself, so that a result of 18,000 agreement pairs resolves without 36,000 loader
 * calls per request and without the input on the thread that serves requests.
 */
export type AnalysisJob =
  | { readonly name: 'basis' }
  | { readonly name: 'consensus'; readonly targetId: string }
  | { readonly name: 'divergences' }
  | { readonly name: 'agreement'; readonly actorIds: readonly string[] | null; readonly minSharedTargets: number | null }
  | { readonly name: 'blocs'; readonly actorIds: readonly string[] | null; readonly seed: number | null }
  | { readonly name: 'commonGround'; readonly minSupporters: number | null }
  | { readonly name: 'stanceMatrix'; readonly actorKinds: readonly ActorKind[] | null; readonly targetKinds: readonly TargetKind[] | null }
  | { readonly name: 'stanceColumns'; readonly actorKinds: readonly ActorKind[] | null; readonly targetKinds: readonly TargetKind[] | null }
  | { readonly name: 'zeroDraft'; readonly format: ZeroDraftFormat; readonly minSupporters: number | null };

/** The cache key of a job: its name and arguments, in a fixed order. */
export function jobKey(job: AnalysisJob): string {
  return JSON.stringify(job);
}

export function runAnalysisJob(input: AnalysisInput, job: AnalysisJob): unknown {
  const { actor, target, position } = lookups(input);
  switch (job.name) {
    case 'basis':
      return {
        positions: input.positions.length,
        curated: input.positions.filter((p) => p.provenance.method === 'CURATED').length,
        extracted: input.positions.filter((p) => p.provenance.method === 'EXTRACTED').length,
        imported: input.positions.filter((p) => p.provenance.method === 'IMPORTED').length,
        includesExtracted: input.scope.includeExtracted === true,
      };
    case 'consensus': {
      const result = consensusOn(input, job.targetId);
      return {
        ...result,
        divergence: result.divergence && withActors(result.divergence, actor),
        sides: result.sides.map((side) => ({
          stance: side.stance,
          actors: side.actors.map((entry) => actor(entry.actorId)),
          positions: side.actors
            .flatMap((entry) => entry.evidence.map((citation) => position(citation.positionId)))
            .sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)),
          entries: side.actors.map((entry) => ({ ...entry, actor: actor(entry.actorId), evidence: entry.evidence.map((c) => citationWith(c, position)) })),
        })),
      };
    }
    case 'divergences':
      return divergences(input).map((d) => withActors(d, actor));
    case 'agreement': {
      const result = agreement(input, { actorIds: job.actorIds ?? undefined, minSharedTargets: job.minSharedTargets ?? undefined });
      const shared = packIds(
        input.targets.map((t) => t.id),
        result.pairs.map((pair) => pair.sharedTargetIds),
      );
      return {
        ...result,
        states: result.stateIds.map(actor),
        pairs: result.pairs.map(({ sharedTargetIds: _, ...pair }, i) => ({
          ...pair,
          sharedTargetIdsPacked: shared[i]!,
          stateAActor: actor(pair.stateA),
          stateBActor: actor(pair.stateB),
        })),
      };
    }
    case 'blocs': {
      const result = blocs(input, { actorIds: job.actorIds ?? undefined, seed: job.seed ?? undefined });
      return {
        ...result,
        blocs: result.blocs.map((bloc) => ({ ...bloc, states: bloc.stateIds.map(actor) })),
        edges: result.edges.map((edge) => ({ ...edge, stateAActor: actor(edge.stateA), stateBActor: actor(edge.stateB) })),
        unplacedStates: result.unplacedStateIds.map(actor),
      };
    }
    case 'commonGround':
      return commonGround(input, { minSupporters: job.minSupporters ?? undefined }).map((ground) => ({
        ...ground,
        supporterActors: ground.supporters.map(actor),
        reservedByActors: ground.reservedBy.map(actor),
        queriedByActors: ground.queriedBy.map(actor),
      }));
    case 'stanceMatrix':
      return stanceMatrix(input, { actorKinds: job.actorKinds ?? undefined, targetKinds: job.targetKinds ?? undefined }).map((cell) => ({
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
    case 'stanceColumns':
      return stanceColumnsOf(stanceMatrix(input, { actorKinds: job.actorKinds ?? undefined, targetKinds: job.targetKinds ?? undefined }));
    case 'zeroDraft':
      return renderZeroDraft(zeroDraft(input, { minSupporters: job.minSupporters ?? undefined }), job.format);
    default:
      throw new UnreachableCaseError(job);
  }
}

// Private:

/** The input's records by id, from the analyses' own index of it (built once per input). */
function lookups(input: AnalysisInput) {
  const index = indexInput(input);
  return {
    actor: (id: string): Actor => must(index.actorById.get(id), 'actor', id),
    target: (id: string): Target => must(index.targetById.get(id), 'target', id),
    position: (id: string): Position => must(index.positionById.get(id), 'position', id),
  };
}

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

function citationWith(citation: Citation, position: (id: string) => Position) {
  return { ...citation, position: position(citation.positionId) };
}

function must<T>(value: T | undefined, kind: string, id: string): T {
  // The analyses only name ids of their own input; a miss is a bug, not a caller's mistake.
  if (value === undefined) throw new Error(`analysis result names ${kind} ${JSON.stringify(id)} missing from its own input`);
  return value;
}
