import { escapeXml } from './graphml/xmlId.js';
import { relations } from './toGraphMLExport.js';
import type { ExportGraph } from './readGraph.js';

/**
 * The graph as GEXF 1.3 (https://gexf.net/schema.html) for Gephi: one edge per position whose
 * `kind` is the stance, which Gephi reads as the edge type, so parallel stances between one actor
 * and one target are kept apart instead of merged; target relations with their relation as kind.
 * `meta` records data version, scope and export time.
 */
export function toGexf(graph: ExportGraph): string {
  const attr = (values: Record<string, unknown>) =>
    `<attvalues>${Object.entries(values)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<attvalue for="${k}" value="${escapeXml(String(v))}"/>`)
      .join('')}</attvalues>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${graph.exportedAt.slice(0, 10)}">`,
    '    <creator>Cyberlaw Positions Graph</creator>',
    `    <description>${escapeXml(`data version ${graph.graphVersion}; scope ${graph.scope.length === 0 ? 'whole graph' : graph.scope.join(' ')}; exported at ${graph.exportedAt}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="node_type" title="node_type" type="string"/>',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="stance" title="stance" type="string"/>',
    '      <attribute id="quote" title="quote" type="string"/>',
    '      <attribute id="located" title="located" type="boolean"/>',
    '      <attribute id="provenance" title="provenance" type="string"/>',
    '    </attributes>',
    '    <nodes>',
    ...graph.actors.map((a) => `      <node id="${escapeXml(`actor:${a.id}`)}" label="${escapeXml(a.name)}">${attr({ node_type: 'ACTOR', kind: a.kind })}</node>`),
    ...graph.targets.map((t) => `      <node id="${escapeXml(`target:${t.id}`)}" label="${escapeXml(t.name)}">${attr({ node_type: 'TARGET', kind: t.kind })}</node>`),
    '    </nodes>',
    '    <edges>',
    ...graph.positions.map(
      (p) =>
        `      <edge id="${escapeXml(`position:${p.id}`)}" source="${escapeXml(`actor:${p.actorId}`)}" target="${escapeXml(`target:${p.targetId}`)}" kind="${p.stance}" label="${p.stance}">${attr({ stance: p.stance, quote: p.evidence.quote, located: p.evidence.located, provenance: p.provenance.method })}</edge>`,
    ),
    ...graph.targets.flatMap((t) =>
      relations(t).map(
        ([relation, to]) =>
          `      <edge id="${escapeXml(`relation:${t.id}:${relation}:${to}`)}" source="${escapeXml(`target:${t.id}`)}" target="${escapeXml(`target:${to}`)}" kind="${relation}" label="${relation}"/>`,
      ),
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return lines.join('\n');
}
