import type { ActorInfo, Catalog, TargetInfo } from './Catalog.js';
import { STANCES, type Stance } from './kinds.js';
import { netStance } from './netStance.js';
import { positionsIn, type StanceCell } from './StanceCell.js';

/** One actor's stances on one target. More than one stance is shown as mixed. */
export interface MatrixCell {
  readonly stances: readonly Stance[];
  readonly positions: number;
}

/** Where one target stands among the actors, computed from the positions in view. */
export interface TargetSummary {
  /** Actors of any kind that took a position. */
  readonly actorsSpoke: number;
  /** States that took a position; the denominator of `score`. */
  readonly statesSpoke: number;
  /** States by net stance (see netStance.ts); they sum to `statesSpoke`. */
  readonly supporting: number;
  readonly opposing: number;
  readonly qualifying: number;
  readonly queryingOnly: number;
  /** (supporting − opposing − qualifying) / statesSpoke in [−1, 1]; null when no State spoke. */
  readonly score: number | null;
  /** min(supporting, opposing + qualifying): the smaller camp, first key of "most divided". */
  readonly smallerCamp: number;
  /** |supporting − (opposing + qualifying)|: second key of "most divided", closer splits first. */
  readonly margin: number;
}

export interface MatrixRow {
  readonly target: TargetInfo;
  readonly cells: ReadonlyMap<string, MatrixCell>;
  readonly summary: TargetSummary;
}

export interface StanceMatrix {
  /** Targets with at least one position in view, in catalog (id) order; sort with rankTargets. */
  readonly rows: readonly MatrixRow[];
  /** Actors with at least one position in view: States first, then organisations, companies; by name. */
  readonly actors: readonly ActorInfo[];
}

/**
 * Actors × targets from the cells in view (model/filterCells.ts). The score and the divided keys follow
 * graph/analysis (consensusOn.ts, divergenceOf.ts) with every State that spoke counted, so that the
 * ranking does not change meaning when the API starts serving its own scores.
 */
export function buildMatrix(cellsInView: Iterable<StanceCell>, catalog: Catalog): StanceMatrix {
  const byTarget = new Map<string, Map<string, MatrixCell>>();
  const actorIds = new Set<string>();
  for (const cell of cellsInView) {
    if (!catalog.targets.has(cell.targetId) || !catalog.actors.has(cell.actorId)) continue;
    actorIds.add(cell.actorId);
    let cells = byTarget.get(cell.targetId);
    if (!cells) byTarget.set(cell.targetId, (cells = new Map()));
    cells.set(cell.actorId, { stances: STANCES.filter((s) => cell.byStance.some((count) => count.stance === s)), positions: positionsIn(cell) });
  }
  const matrixRows: MatrixRow[] = [];
  for (const target of catalog.targets.values()) {
    const cells = byTarget.get(target.id);
    if (!cells) continue;
    matrixRows.push({ target, cells, summary: summarize(cells, catalog) });
  }
  const kindOrder = { STATE: 0, ORGANIZATION: 1, COMPANY: 2 } as const;
  const actors = [...actorIds]
    .map((id) => catalog.actors.get(id)!)
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name));
  return { rows: matrixRows, actors };
}

// Private:

function summarize(cells: ReadonlyMap<string, MatrixCell>, catalog: Catalog): TargetSummary {
  const net = { SUPPORTS: 0, OPPOSES: 0, QUALIFIES: 0, QUERIES: 0 };
  let statesSpoke = 0;
  for (const [actorId, cell] of cells) {
    if (catalog.actors.get(actorId)?.kind !== 'STATE') continue;
    const stance = netStance(cell.stances);
    if (stance === null) continue;
    statesSpoke += 1;
    net[stance] += 1;
  }
  const dissent = net.OPPOSES + net.QUALIFIES;
  return {
    actorsSpoke: cells.size,
    statesSpoke,
    supporting: net.SUPPORTS,
    opposing: net.OPPOSES,
    qualifying: net.QUALIFIES,
    queryingOnly: net.QUERIES,
    score: statesSpoke === 0 ? null : (net.SUPPORTS - dissent) / statesSpoke,
    smallerCamp: Math.min(net.SUPPORTS, dissent),
    margin: Math.abs(net.SUPPORTS - dissent),
  };
}
