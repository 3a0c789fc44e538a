import type { Collection } from 'cytoscape';
import { writeGraphML, type GraphMLKey } from '../../../../graph/export/graphml/writeGraphML.js';

/**
 * The elements as GraphML (http://graphml.graphdrawing.org/), directed, with typed attribute keys
 * that Gephi and Cytoscape desktop import as columns: node label, kind, role, x, y; edge stance or
 * relation, statements, positions. Written by the project's one GraphML writer
 * (graph/export/graphml), which makes the explorer's ids (`a:JPN`, `p|JPN|sovereignty`) valid
 * NCNames, as the GraphML schema requires.
 */
export function toGraphML(elements: Collection, title: string): string {
  return writeGraphML({
    comment: title,
    keys: KEYS,
    nodes: elements.nodes().map((node) => {
      const { x, y } = node.position();
      return { id: node.id(), data: { label: node.data('label'), kind: node.data('kind'), role: node.data('role'), x: round(x), y: round(y) } };
    }),
    edges: elements.edges().map((edge) => {
      const isPosition = edge.data('role') === 'position';
      return {
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        data: {
          stance: isPosition ? edge.data('stance') : undefined,
          relation: isPosition ? undefined : edge.data('relation'),
          statements: isPosition ? edge.data('statements') : undefined,
          positions: isPosition ? edge.data('positions') : undefined,
          weight: isPosition ? edge.data('statements') : 1,
        },
      };
    }),
  });
}

// Private:

const KEYS: readonly GraphMLKey[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'role', for: 'node', type: 'string' },
  { id: 'x', for: 'node', type: 'double' },
  { id: 'y', for: 'node', type: 'double' },
  { id: 'stance', for: 'edge', type: 'string' },
  { id: 'relation', for: 'edge', type: 'string' },
  { id: 'statements', for: 'edge', type: 'int' },
  { id: 'positions', for: 'edge', type: 'int' },
  { id: 'weight', for: 'edge', type: 'double' },
];

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
