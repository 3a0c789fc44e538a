import graphology from 'graphology';
import { InvalidArgumentError } from '../errors/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { agreement, DEFAULT_MIN_SHARED_TARGETS } from './agreement.js';
import { compareIds } from './compareIds.js';
import { indexInput } from './indexInput.js';
import { louvain } from './louvain.js';
import { seededRandom } from './seededRandom.js';
import { selectStates } from './selectStates.js';
import { validateCount } from './validateCount.js';

export interface BlocsOptions {
  /** The States to group; all participating States in scope when absent or empty. */
  readonly actorIds?: readonly string[];
  /** Seed of Louvain's node-visiting order. Same seed, same input: same blocs. */
  readonly seed?: number;
  /** Louvain runs, from seeds `seed`, `seed + 1`, …; the best partition is kept. Default 16. */
  readonly restarts?: number;
  /** Louvain resolution γ; above 1 favours more, smaller blocs. Default 1 (Newman's modularity). */
  readonly resolution?: number;
}

export interface Blocs {
  /** Ordered by size descending, then by first member id; `id` is the 1-based rank. */
  readonly blocs: readonly Bloc[];
  /** Modularity Q of the partition at `resolution`; null when the graph has no edge. */
  readonly modularity: number | null;
  /** The weighted graph the blocs were found in, ordered by (stateA, stateB). */
  readonly edges: readonly BlocEdge[];
  /** Selected States that took no position in scope: there is nothing to place them by. */
  readonly unplacedStateIds: readonly string[];
  readonly seed: number;
  readonly restarts: number;
  readonly resolution: number;
  readonly dataQuality: BlocsDataQuality;
  /** Why these blocs should be read with care, as codes, in the order `caveat` words them. */
  readonly caveats: readonly BlocsCaveat[];
  /** The same as one paragraph for readers, or null when there is nothing to warn of. */
  readonly caveat: string | null;
}

export type BlocsCaveat =
  | 'FEW_STATES'
  | 'UNPLACED_STATES'
  | 'NO_EDGES'
  | 'NO_STRUCTURE'
  | 'WEAK_STRUCTURE'
  | 'FEW_SHARED_TARGETS'
  | 'PAIRS_WITHOUT_SHARED_TARGETS';

export interface Bloc {
  readonly id: number;
  readonly stateIds: readonly string[];
}

export interface BlocEdge {
  readonly stateA: string;
  readonly stateB: string;
  /** Net agreement A − D over the pair's shared targets; pairs at or below 0 have no edge. */
  readonly weight: number;
}

export interface BlocsDataQuality {
  readonly statesPlaced: number;
  /** Selected States left out because they took no position in scope. */
  readonly statesUnplaced: number;
  readonly pairs: number;
  readonly pairsSharingNoTarget: number;
  /** Median number of shared targets over all pairs of placed States; null with fewer than two. */
  readonly medianSharedTargets: number | null;
}

export const DEFAULT_BLOCS_SEED = 2019;
export const DEFAULT_BLOCS_RESTARTS = 16;

/**
 * Communities of States by agreement: Louvain (Blondel et al. 2008) on an undirected graph whose
 * nodes are the selected States that took a position in scope, and whose edge weight is a pair's net
 * agreement w = max(0, A − D): targets on which both took the same net stance minus targets on which
 * they took different ones (= N·S for Signorino and Ritter's S with a 0/1 distance, clipped at 0
 * because modularity needs non-negative weights). Chance is accounted for by modularity itself, whose
 * null model expects k_i·k_j / 2m between two States from their total agreement alone, so a State
 * that agrees with everyone is not thereby in everyone's bloc; κ is not used because it is null for
 * most pairs when data are thin. A pair that disagrees as often as it agrees has no edge; silence
 * adds nothing. A State with no edge forms a bloc of its own.
 *
 * Louvain is greedy and can stop at a local optimum, on small star-shaped graphs especially (on the
 * Hangzhou seeds as first curated, one visiting order in four ends in a single bloc of modularity 0
 * while 0.047 is there to be had), so it runs from `restarts` seeds and keeps the partition of highest modularity,
 * ties to the earliest seed.
 */
export function blocs(input: AnalysisInput, options: BlocsOptions = {}): Blocs {
  const seed = validateCount('seed', options.seed ?? DEFAULT_BLOCS_SEED, 0);
  const restarts = validateCount('restarts', options.restarts ?? DEFAULT_BLOCS_RESTARTS, 1);
  const resolution = options.resolution ?? 1;
  if (!(Number.isFinite(resolution) && resolution > 0)) {
    throw new InvalidArgumentError('resolution', `resolution must be a positive number; got ${JSON.stringify(resolution)}.`);
  }
  const nets = indexInput(input).netStancesByState;
  const selected = selectStates(input, options.actorIds, 'actorIds');
  const placed = selected.filter((id) => (nets.get(id)?.size ?? 0) > 0);
  const pairs = placed.length === 0 ? [] : agreement(input, { actorIds: placed }).pairs;
  const edges = pairs
    .map((pair) => ({ stateA: pair.stateA, stateB: pair.stateB, weight: 2 * pair.agreements - pair.sharedTargets }))
    .filter((edge) => edge.weight > 0);

  // Insertion order is part of the algorithm's input: nodes and edges go in by id.
  const graph = new graphology.UndirectedGraph();
  for (const id of placed) graph.addNode(id);
  for (const edge of edges) graph.addEdge(edge.stateA, edge.stateB, { weight: edge.weight });
  let best = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
  for (let run = 1; run < restarts && edges.length > 0; run++) {
    const next = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed + run) });
    if (next.modularity > best.modularity) best = next;
  }

  const modularity = edges.length === 0 || Number.isNaN(best.modularity) ? null : best.modularity;
  const found = blocsOf(best.communities);
  const dataQuality = qualityOf(placed.length, selected.length - placed.length, pairs.map((pair) => pair.sharedTargets));
  const caveats = caveatsOf(dataQuality, edges.length, found.length, modularity);
  return {
    blocs: found,
    modularity,
    edges,
    unplacedStateIds: selected.filter((id) => !placed.includes(id)),
    seed,
    restarts,
    resolution,
    dataQuality,
    caveats: caveats.map(([code]) => code),
    caveat: caveatText(caveats),
  };
}

// Private:

function blocsOf(communities: Readonly<Record<string, number>>): Bloc[] {
  const groups = new Map<number, string[]>();
  for (const [stateId, community] of Object.entries(communities)) {
    groups.set(community, [...(groups.get(community) ?? []), stateId]);
  }
  return [...groups.values()]
    .map((members) => members.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0] ?? '', b[0] ?? ''))
    .map((stateIds, i) => ({ id: i + 1, stateIds }));
}

function qualityOf(statesPlaced: number, statesUnplaced: number, shared: readonly number[]): BlocsDataQuality {
  const sorted = [...shared].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? (sorted[middle] ?? 0)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    statesPlaced,
    statesUnplaced,
    pairs: shared.length,
    pairsSharingNoTarget: shared.filter((n) => n === 0).length,
    medianSharedTargets: median,
  };
}

/** Newman and Girvan 2004, Phys. Rev. E 69:026113: "a value above about 0.3 is a good indicator". */
const STRONG_MODULARITY = 0.3;

/**
 * Why the blocs should be read with care, each as a code and a sentence: too few States, States left
 * out, no edge, no or weak structure, pairs sharing fewer targets (by median) than a chance-corrected
 * index needs, pairs sharing none.
 */
function caveatsOf(quality: BlocsDataQuality, edgeCount: number, blocCount: number, modularity: number | null): [BlocsCaveat, string][] {
  const found: [BlocsCaveat, string][] = [];
  if (quality.statesPlaced < 3) found.push(['FEW_STATES', `only ${quality.statesPlaced} State(s) took a position, and blocs need at least three`]);
  if (quality.statesUnplaced > 0) {
    found.push(['UNPLACED_STATES', `${quality.statesUnplaced} of ${quality.statesPlaced + quality.statesUnplaced} participating States took no position and are not placed`]);
  }
  if (quality.statesPlaced >= 2 && edgeCount === 0) found.push(['NO_EDGES', 'no two States agree more often than they disagree']);
  if (edgeCount > 0 && (blocCount === 1 || (modularity !== null && modularity <= 0))) {
    found.push(['NO_STRUCTURE', 'no partition beats a single bloc (modularity ≤ 0): the data show no bloc structure']);
  } else if (modularity !== null && modularity < STRONG_MODULARITY) {
    found.push(['WEAK_STRUCTURE', `modularity is ${modularity.toFixed(3)}, below the ${STRONG_MODULARITY} that Newman and Girvan (2004) take as a sign of significant community structure`]);
  }
  if (quality.medianSharedTargets !== null && quality.medianSharedTargets < DEFAULT_MIN_SHARED_TARGETS) {
    found.push(['FEW_SHARED_TARGETS', `pairs of States share a median of ${quality.medianSharedTargets} target(s), fewer than the ${DEFAULT_MIN_SHARED_TARGETS} a chance-corrected index needs`]);
  }
  if (quality.pairsSharingNoTarget > 0) {
    found.push(['PAIRS_WITHOUT_SHARED_TARGETS', `${quality.pairsSharingNoTarget} of ${quality.pairs} pairs share no target, so their relation is unknown, not opposed`]);
  }
  return found;
}

function caveatText(caveats: readonly [BlocsCaveat, string][]): string | null {
  if (caveats.length === 0) return null;
  return `Read with care: ${caveats.map(([, sentence]) => sentence).join('; ')}. Blocs describe how these States spoke in scope, not stable alignments; read them with the agreement table.`;
}
