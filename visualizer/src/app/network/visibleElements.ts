import { aggregateEdges, type StanceEdge } from '../model/aggregateEdges.js';
import type { Catalog } from '../model/Catalog.js';
import { filterCells } from '../model/filterCells.js';
import type { StanceCell } from '../model/StanceCell.js';
import { isNarrowing, type Filters } from '../state/ViewState.js';
import { nextTask } from './nextTask.js';
import { actorNodeId, targetNodeId } from './toElements.js';

/** What the filters leave on screen: edges with their counts under the filters, and node ids. */
export interface VisibleElements {
  /** Position edge id -> the edge with the statements and positions that pass the filters. */
  readonly edges: ReadonlyMap<string, StanceEdge>;
  readonly nodeIds: ReadonlySet<string>;
}

/**
 * Applies the filters to the graph's data (not to cytoscape): `cells` are those of the filters'
 * agenda items (the API's scope, api/cellScopeOf.ts); an edge stays when a stance cell behind it
 * passes the other filters (model/filterCells.ts), with the scope's counts (and so its width); an actor node stays when its kind and,
 * for a State, the chosen set allow it; a node also needs a visible edge (a position in scope),
 * unless `showIsolated` is on and the filters do not narrow the positions (ViewState `isNarrowing`):
 * then every node of an allowed kind stays. Hidden by default, the isolated nodes no longer sit in a
 * grid beside the graph.
 */
export function visibleElements(filters: Filters, catalog: Catalog, cells: readonly StanceCell[]): VisibleElements {
  return withNodes(filters, catalog, aggregateEdges(filterCells(cells, filters, catalog)));
}

/**
 * visibleElements, in three tasks (the filter, the aggregation, the nodes): at start-up on a graph
 * of UN size (25,844 cells) it is one of the steps before the first frame, and in one piece a task
 * of 0.1–0.3 s on a loaded 2-core machine.
 */
export async function visibleElementsInTasks(filters: Filters, catalog: Catalog, cells: readonly StanceCell[]): Promise<VisibleElements> {
  const passing = filterCells(cells, filters, catalog);
  await nextTask();
  const edges = aggregateEdges(passing);
  await nextTask();
  return withNodes(filters, catalog, edges);
}

// Private:

/** The edges that pass, and the nodes they and the filters leave. */
function withNodes(filters: Filters, catalog: Catalog, edges: Map<string, StanceEdge>): VisibleElements {
  const touched = new Set<string>();
  for (const edge of edges.values()) {
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
