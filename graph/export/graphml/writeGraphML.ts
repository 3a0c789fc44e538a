import { escapeXml, xmlId } from './xmlId.js';

/** A typed attribute column (GraphML `<key>`), named for the tools that import it (Gephi, networkx). */
export interface GraphMLKey {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly type: 'string' | 'int' | 'double' | 'boolean';
}

export interface GraphMLNode {
  /** The graph's own id; written NCName-safe with the node prefix. */
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface GraphMLEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * One GraphML writer for the explorer's download and `npm run export` (http://graphml.graphdrawing.org/,
 * schema 1.0): a directed graph whose node, edge and key ids are NCNames (`xmlId`: node ids
 * prefixed `n`, edge ids `e`), values escaped, absent values left out. Parallel edges stay apart
 * (each has its own id); `kind` on an edge (the stance) is the column Gephi and networkx keep.
 */
export function writeGraphML(graph: {
  comment: string;
  keys: readonly GraphMLKey[];
  graphData?: Readonly<Record<string, unknown>>;
  nodes: readonly GraphMLNode[];
  edges: readonly GraphMLEdge[];
}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${escapeXml(graph.comment).replace(/--/g, '- -')} -->`,
    // Key ids are per element type, so a node and an edge column may share a name (`kind`).
    ...graph.keys.map((key) => `  <key id="${keyId(key.for, key.id)}" for="${key.for}" attr.name="${escapeXml(key.id)}" attr.type="${key.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  if (graph.graphData) lines.push(`    ${dataOf('graph', graph.graphData)}`);
  for (const node of graph.nodes) lines.push(`    <node id="${xmlId('n', node.id)}">${dataOf('node', node.data)}</node>`);
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlId('e', edge.id)}" source="${xmlId('n', edge.source)}" target="${xmlId('n', edge.target)}">${dataOf('edge', edge.data)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function dataOf(element: GraphMLKey['for'], values: Readonly<Record<string, unknown>>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `<data key="${keyId(element, key)}">${escapeXml(String(value))}</data>`)
    .join('');
}

/** `d` + element + `_` + the column name, NCName-safe: `dedge_stance`. */
function keyId(element: GraphMLKey['for'], name: string): string {
  return xmlId(`d${element}_`, name);
}
