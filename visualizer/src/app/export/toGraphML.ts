import type { Collection } from 'cytoscape';

/**
 * The elements as GraphML (http://graphml.graphdrawing.org/), directed, with typed attribute keys
 * that Gephi and Cytoscape desktop import as columns: node label, kind, role, x, y; edge stance or
 * relation, statements, positions. Every value is escaped; ids are the explorer's (`a:JPN`).
 */
export function toGraphML(elements: Collection, title: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${escapeXml(title)} -->`,
    ...KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  elements.nodes().forEach((node) => {
    const { x, y } = node.position();
    lines.push(
      `    <node id="${escapeXml(node.id())}">${dataOf({
        label: node.data('label'),
        kind: node.data('kind'),
        role: node.data('role'),
        x: round(x),
        y: round(y),
      })}</node>`,
    );
  });
  elements.edges().forEach((edge) => {
    const isPosition = edge.data('role') === 'position';
    lines.push(
      `    <edge id="${escapeXml(edge.id())}" source="${escapeXml(edge.source().id())}" target="${escapeXml(edge.target().id())}">${dataOf({
        stance: isPosition ? edge.data('stance') : undefined,
        relation: isPosition ? undefined : edge.data('relation'),
        statements: isPosition ? edge.data('statements') : undefined,
        positions: isPosition ? edge.data('positions') : undefined,
        weight: isPosition ? edge.data('statements') : 1,
      })}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// Private:

const KEYS = [
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
] as const;

function dataOf(values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `<data key="${key}">${escapeXml(String(value))}</data>`)
    .join('');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
