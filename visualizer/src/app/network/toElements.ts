import type { ElementDefinition } from 'cytoscape';
import { aggregateEdges, type StanceEdge } from '../model/aggregateEdges.js';
import type { Catalog } from '../model/Catalog.js';
import { positionsIn, type StanceCell } from '../model/StanceCell.js';
import { createTaskBudget } from './createTaskBudget.js';

/** Node ids are prefixed by role, since an actor and a target may share a slug. */
export const actorNodeId = (id: string) => `a:${id}`;
export const targetNodeId = (id: string) => `t:${id}`;

/** How many of the heaviest nodes are labelled on a large graph. */
export const LABELLED_NODES = 150;

/** Largest edge weight (distinct statements) and node weight (positions), for the stylesheet's ranges. */
export interface ElementStats {
  readonly maxStatements: number;
  readonly maxWeight: number;
}

/** What toElements gives the renderers: the elements, sorted by id, and their ranges. */
export interface MappedElements {
  readonly elements: ElementDefinition[];
  readonly stats: ElementStats;
}

/**
 * The data mapping: API results to cytoscape `{ data }` elements, and nothing about looks.
 * - a node per actor (`role: actor`) and per principle, instrument and proposal (`role: target`),
 *   every one the catalog holds, with `kind`, `label` and `weight` (positions involving it);
 * - an edge per (actor, target, stance) with `statements` and `positions` (model/aggregateEdges.ts,
 *   from the API's stance cells), class `position` plus the stance in lower case (`supports`, ...);
 * - an edge per structural link between targets (part of, element of, enshrined in), class `structure`;
 * - class `labelled` on the LABELLED_NODES heaviest nodes.
 * Sorted by id so the layout, seeded, draws the same picture every time.
 *
 * In tasks (createTaskBudget.ts): at 25,844 cells and 25,000 elements the mapping took 0.2–1.0 s in
 * one piece, the longest task of a large graph's start-up; every loop here yields once its task has
 * run a few tens of milliseconds, and each sort (20,000 ids) has a task of its own.
 */
export async function toElements(catalog: Catalog, cells: readonly StanceCell[]): Promise<MappedElements> {
  const budget = createTaskBudget();
  const weight = new Map<string, number>();
  const bump = (id: string, positions: number) => weight.set(id, (weight.get(id) ?? 0) + positions);
  for (const cell of cells) {
    const positions = positionsIn(cell);
    bump(actorNodeId(cell.actorId), positions);
    bump(targetNodeId(cell.targetId), positions);
    if (budget.due()) await budget.next();
  }
  const nodes: ElementDefinition[] = [];
  for (const actor of catalog.actors.values()) {
    const id = actorNodeId(actor.id);
    nodes.push({ group: 'nodes', data: { id, ref: actor.id, role: 'actor', kind: actor.kind, label: actor.name, weight: weight.get(id) ?? 0 } });
    if (budget.due()) await budget.next();
  }
  for (const target of catalog.targets.values()) {
    const id = targetNodeId(target.id);
    nodes.push({ group: 'nodes', data: { id, ref: target.id, role: 'target', kind: target.kind, label: target.name, weight: weight.get(id) ?? 0 } });
    if (budget.due()) await budget.next();
  }
  // The aggregation (model/aggregateEdges.ts) is one call over every cell: a task of its own.
  await budget.next();
  const stanceEdges = aggregateEdges(cells);
  await budget.next();
  const edges: ElementDefinition[] = [];
  let maxStatements = 1;
  for (const edge of stanceEdges.values()) {
    if (budget.due()) await budget.next();
    if (!catalog.actors.has(edge.actorId) || !catalog.targets.has(edge.targetId)) continue;
    maxStatements = Math.max(maxStatements, edge.statements);
    edges.push(positionEdgeElement(edge));
  }
  for (const target of catalog.targets.values()) {
    if (budget.due()) await budget.next();
    for (const link of target.links) {
      if (!catalog.targets.has(link.targetId)) continue;
      edges.push({
        group: 'edges',
        classes: 'structure',
        data: { id: `s:${target.id}|${link.relation}|${link.targetId}`, source: targetNodeId(target.id), target: targetNodeId(link.targetId), role: 'structure', relation: link.relation },
      });
    }
  }
  // The heaviest nodes carry the `labelled` class: on a large graph only they show a label until
  // zoomed in or selected (measuring thousands of labels costs seconds).
  const weights = nodes.map((node) => node.data.weight as number).sort((a, b) => b - a);
  const threshold = Math.max(1, weights[Math.min(weights.length, LABELLED_NODES) - 1] ?? 1);
  for (const node of nodes) if ((node.data.weight as number) >= threshold) node.classes = 'labelled';
  const byId = (a: ElementDefinition, b: ElementDefinition) => (a.data.id! < b.data.id! ? -1 : a.data.id! > b.data.id! ? 1 : 0);
  await budget.next();
  nodes.sort(byId);
  await budget.next();
  edges.sort(byId);
  await budget.next();
  return { elements: [...nodes, ...edges], stats: { maxStatements, maxWeight: Math.max(1, ...weight.values()) } };
}

/** The cytoscape element of one stance edge (also added later, when a scope brings an edge the first load lacked). */
export function positionEdgeElement(edge: StanceEdge): ElementDefinition {
  return {
    group: 'edges',
    classes: `position ${edge.stance.toLowerCase()}`,
    data: {
      id: edge.id,
      source: actorNodeId(edge.actorId),
      target: targetNodeId(edge.targetId),
      role: 'position',
      actorRef: edge.actorId,
      targetRef: edge.targetId,
      stance: edge.stance,
      statements: edge.statements,
      positions: edge.positions,
    },
  };
}
