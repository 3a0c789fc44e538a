import type { Collection } from 'cytoscape';

/**
 * The elements in Cytoscape.js JSON, the `.cyjs` format Cytoscape desktop imports
 * (File > Import > Network from File): `{ elements: { nodes: [{ data, position }], edges: [{ data }] } }`.
 * Only the state classes the view toggles (hidden, faded, selected) and the label sizes it chose for
 * the zoom (network/placeLabels.ts) are left out.
 */
export function toCytoscapeJson(elements: Collection, title: string): string {
  const nodes = elements.nodes().map((node) => {
    const { labelPx: _px, labelWidth: _width, labelMargin: _margin, ...data } = node.data() as Record<string, unknown>;
    return { data: { ...data, name: node.data('label') as string }, position: { ...node.position() } };
  });
  const edges = elements.edges().map((edge) => ({ data: { ...edge.data(), interaction: (edge.data('stance') ?? edge.data('relation')) as string } }));
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'Cyberlaw Positions Graph explorer',
      target_cytoscapejs_version: '~3.35',
      data: { name: title, shared_name: title },
      elements: { nodes, edges },
    },
    null,
    1,
  );
}
