import type { ExportGraph } from './readGraph.js';

/** IRIs of the graph's entities: URNs, so they are absolute without claiming a web address. */
const BASE = 'urn:cyberlaw-positions-graph:';

/**
 * The graph as JSON-LD 1.1 with an inline context (no network needed to expand it). Actors,
 * targets and documents are described with schema.org terms; every position is a W3C Web
 * Annotation (https://www.w3.org/TR/annotation-model/): motivation `classifying`, a body giving
 * the stance, actor and target, and a target whose source is the document and whose selectors are
 * a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end, Unicode code
 * points, end exclusive), as the seeds model them. The top node records the data version, scope
 * and time of the export.
 */
export function toJsonLd(graph: ExportGraph): Record<string, unknown> {
  const id = (kind: string, value: string) => ({ '@id': `${BASE}${kind}:${encodeURIComponent(value)}` });
  return {
    '@context': CONTEXT,
    '@id': `${BASE}export`,
    '@type': 'Dataset',
    name: 'Cyberlaw Positions Graph',
    version: graph.graphVersion,
    dateCreated: graph.exportedAt,
    scope: graph.scope.length === 0 ? 'whole graph' : graph.scope.join(' '),
    '@graph': [
      ...graph.actors.map((a) => ({ ...id('actor', a.id), '@type': a.kind === 'STATE' ? 'Country' : 'Organization', name: a.name, alternateName: a.aliases, identifier: a.id, kind: a.kind })),
      ...graph.targets.map((t) => ({
        ...id('target', t.id),
        '@type': 'DefinedTerm',
        name: t.name,
        alternateName: t.aliases,
        identifier: t.id,
        kind: t.kind,
        ...(t.description ? { description: t.description } : {}),
        ...(t.kind === 'QUESTION' ? { wording: t.wording, about: t.aboutIds.map((a) => id('target', a)) } : {}),
      })),
      ...graph.documents.map((d) => ({
        ...id('document', d.id),
        '@type': 'CreativeWork',
        name: d.title,
        dateCreated: d.date,
        identifier: d.id,
        reliability: d.reliability,
        sha256: d.sha256,
        ...(d.sourceUrl ? { url: d.sourceUrl } : {}),
        ...(d.rights ? { rights: d.rights } : {}),
        ...(d.citation ? { citation: d.citation } : {}),
      })),
      ...graph.positions.map((p) => ({
        ...id('position', p.id),
        '@type': 'Annotation',
        motivation: 'classifying',
        body: { '@type': 'Stance', stance: p.stance, actor: id('actor', p.actorId), on: id('target', p.targetId), ...(p.note ? { note: p.note } : {}) },
        target: {
          source: id('document', p.evidence.documentId),
          selector: [
            { '@type': 'TextQuoteSelector', exact: p.evidence.quote, prefix: p.evidence.prefix, suffix: p.evidence.suffix },
            { '@type': 'TextPositionSelector', start: p.evidence.start, end: p.evidence.end },
          ],
        },
        located: p.evidence.located,
        ...(p.evidence.citation ? { citation: p.evidence.citation } : {}),
        ...(p.evidence.sourceUrl ? { url: p.evidence.sourceUrl } : {}),
        provenance: p.provenance.method,
      })),
    ],
  };
}

const CONTEXT = {
  '@version': 1.1,
  oa: 'http://www.w3.org/ns/oa#',
  schema: 'https://schema.org/',
  dcterms: 'http://purl.org/dc/terms/',
  cpg: `${BASE}vocab:`,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Dataset: 'schema:Dataset',
  Country: 'schema:Country',
  Organization: 'schema:Organization',
  DefinedTerm: 'schema:DefinedTerm',
  CreativeWork: 'schema:CreativeWork',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  identifier: 'schema:identifier',
  description: 'schema:description',
  dateCreated: 'schema:dateCreated',
  version: 'schema:version',
  url: { '@id': 'schema:url', '@type': '@id' },
  citation: 'schema:citation',
  rights: 'dcterms:rights',
  about: { '@id': 'cpg:about', '@type': '@id' },
  kind: 'cpg:kind',
  wording: 'cpg:wording',
  reliability: 'cpg:reliability',
  sha256: 'cpg:sha256',
  scope: 'cpg:scope',
  located: { '@id': 'cpg:located', '@type': 'xsd:boolean' },
  provenance: 'cpg:provenance',
  Stance: 'cpg:Stance',
  stance: 'cpg:stance',
  actor: { '@id': 'cpg:actor', '@type': '@id' },
  on: { '@id': 'cpg:on', '@type': '@id' },
  note: 'cpg:note',
  Annotation: 'oa:Annotation',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  classifying: 'oa:classifying',
  body: { '@id': 'oa:hasBody' },
  target: { '@id': 'oa:hasTarget' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector' },
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
} as const;
