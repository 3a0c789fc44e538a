import { aggregateEdges } from '../model/aggregateEdges.js';
import type { Catalog } from '../model/Catalog.js';
import { positionPredicate } from '../model/positionPredicate.js';
import type { PositionRow } from '../model/PositionRow.js';
import { isNarrowing, type Filters } from '../state/ViewState.js';
import { actorNodeId, targetNodeId } from './toElements.js';

/** What the filters leave on screen: edges with their counts under the filters, and node ids. */
export interface VisibleElements {
  /** Position edge id -> statements and positions that pass the filters. */
  readonly edges: ReadonlyMap<string, { readonly statements: number; readonly positions: number }>;
  readonly nodeIds: ReadonlySet<string>;
}

/**
 * Applies the filters to the graph's data (not to cytoscape): an edge stays when a position behind
 * it passes, with its counts (and so its width) recomputed; an actor node stays when its kind and,
 * for a State, the chosen set allow it; a node also needs a visible edge (a position in scope),
 * unless `showIsolated` is on and the filters do not narrow the positions (ViewState `isNarrowing`):
 * then every node of an allowed kind stays. Hidden by default, the isolated nodes no longer sit in a
 * grid beside the graph.
 */
export function visibleElements(filters: Filters, catalog: Catalog, rows: readonly PositionRow[]): VisibleElements {
  const passes = positionPredicate(filters, catalog);
  const edges = new Map<string, { statements: number; positions: number }>();
  const touched = new Set<string>();
  for (const edge of aggregateEdges(rows.filter(passes)).values()) {
    edges.set(edge.id, { statements: edge.statements, positions: edge.positions });
    touched.add(actorNodeId(edge.actorId));
    touched.add(targetNodeId(edge.targetId));
  }
  const requireEdge = isNarrowing(filters) || !filters.showIsolated;
  const states = filters.stateIds.length > 0 ? new Set(filters.stateIds) : null;
  const nodeIds = new Set<string>();
  for (const actor of catalog.actors.values()) {
    const id = actorNodeId(actor.id);
    if (!filters.actorKinds.includes(actor.kind)) continue;
    if (states && actor.kind === 'STATE' && !states.has(actor.id)) continue;
    if (!requireEdge || touched.has(id)) nodeIds.add(id);
  }
  for (const target of catalog.targets.values()) {
    const id = targetNodeId(target.id);
    if (!requireEdge || touched.has(id)) nodeIds.add(id);
  }
  return { edges, nodeIds };
}
