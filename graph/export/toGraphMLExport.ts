import { writeGraphML, type GraphMLKey } from './graphml/writeGraphML.js';
import type { ExportGraph } from './readGraph.js';

/**
 * The graph as GraphML for networkx, igraph, Gephi and Cytoscape: actors and targets as nodes, one
 * edge per position (actor -> target) whose `kind` is the stance, so parallel stances (China
 * OPPOSES and QUALIFIES on IHL) stay two edges; and target relations (`relation`). The graph
 * element carries data version, scope and export time.
 */
export function toGraphMLExport(graph: ExportGraph): string {
  return writeGraphML({
    comment: `Cyberlaw Positions Graph export, data version ${graph.graphVersion}`,
    keys: KEYS,
    graphData: {
      data_version: graph.graphVersion,
      scope: graph.scope.length === 0 ? 'whole graph' : graph.scope.join(' '),
      exported_at: graph.exportedAt,
    },
    nodes: [
      ...graph.actors.map((a) => ({ id: `actor:${a.id}`, data: { label: a.name, graph_id: a.id, node_type: 'ACTOR', kind: a.kind } })),
      ...graph.targets.map((t) => ({ id: `target:${t.id}`, data: { label: t.name, graph_id: t.id, node_type: 'TARGET', kind: t.kind } })),
    ],
    edges: [
      ...graph.positions.map((p) => ({
        id: `position:${p.id}`,
        source: `actor:${p.actorId}`,
        target: `target:${p.targetId}`,
        data: { kind: p.stance, position_id: p.id, statement_id: p.statementId, quote: p.evidence.quote, located: p.evidence.located, provenance: p.provenance.method },
      })),
      ...graph.targets.flatMap((t) => relations(t).map(([relation, to]) => ({
        id: `relation:${t.id}:${relation}:${to}`,
        source: `target:${t.id}`,
        target: `target:${to}`,
        data: { kind: relation },
      }))),
    ],
  });
}

/** Target -> target relations (proposers are actors or persons and stay in the CSV export). */
export function relations(t: ExportGraph['targets'][number]): [string, string][] {
  switch (t.kind) {
    case 'PRINCIPLE':
      return [...(t.elementOfId ? [['ELEMENT_OF', t.elementOfId] as [string, string]] : []), ...t.enshrinedInIds.map((i): [string, string] => ['ENSHRINED_IN', i])];
    case 'INSTRUMENT':
      return t.partOfId ? [['PART_OF', t.partOfId]] : [];
    case 'PROPOSAL':
      return [];
    case 'QUESTION':
      return t.aboutIds.map((a): [string, string] => ['ABOUT', a]);
  }
}

const KEYS: readonly GraphMLKey[] = [
  { id: 'data_version', for: 'graph', type: 'string' },
  { id: 'scope', for: 'graph', type: 'string' },
  { id: 'exported_at', for: 'graph', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'graph_id', for: 'node', type: 'string' },
  { id: 'node_type', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'kind', for: 'edge', type: 'string' },
  { id: 'position_id', for: 'edge', type: 'string' },
  { id: 'statement_id', for: 'edge', type: 'string' },
  { id: 'quote', for: 'edge', type: 'string' },
  { id: 'located', for: 'edge', type: 'boolean' },
  { id: 'provenance', for: 'edge', type: 'string' },
];
