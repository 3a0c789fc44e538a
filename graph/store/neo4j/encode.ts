import neo4j from 'neo4j-driver';
import type { Document, Instrument, LegalPrinciple, LegalQuestion, Position, Proposal, Provenance, Statement } from '../../model/index.js';
import { normalizeForMatch, searchTextOf, UnreachableCaseError } from '../../model/index.js';
import type { GraphBundle } from '../port.js';
import type { NodeLabel } from './labels.js';

/**
 * Entity -> node properties. Each node keeps every scalar field of its model type, reference ids
 * included, so that it decodes without a traversal and lists keep the bundle's order; the
 * relationships (relationships.ts) carry the same references for traversal. Nested values are
 * flattened with a prefix (`evidenceStart`, `provenanceMethod`, `decisionOutcome`) so they can be
 * filtered in Cypher. Null fields are left out (Neo4j does not store nulls; decode.ts restores
 * them). Integers are sent as Neo4j integers: a JS number would be stored as a float.
 */
export type NodeProperties = Record<string, unknown>;

/** Any part of a graph: a bundle, a catalog, one document's rows. */
export type GraphParts = Partial<Omit<GraphBundle, 'fingerprint'>>;

export function nodeRowsOf(parts: GraphParts): Record<NodeLabel, NodeProperties[]> {
  const bundle = {
    actors: parts.actors ?? [],
    persons: parts.persons ?? [],
    meetings: parts.meetings ?? [],
    agendaItems: parts.agendaItems ?? [],
    principles: parts.principles ?? [],
    instruments: parts.instruments ?? [],
    proposals: parts.proposals ?? [],
    questions: parts.questions ?? [],
    documents: parts.documents ?? [],
    statements: parts.statements ?? [],
    positions: parts.positions ?? [],
  };
  return {
    Actor: bundle.actors.map((a) => ({ ...a, aliases: [...a.aliases], matchText: matchText(a) })),
    Person: bundle.persons.map((p) => ({ ...p })),
    Meeting: bundle.meetings.map((m) => ({ ...m })),
    AgendaItem: bundle.agendaItems.map((item) => ({ ...item, order: int(item.order) })),
    LegalPrinciple: bundle.principles.map(principleProperties),
    Instrument: bundle.instruments.map(instrumentProperties),
    Proposal: bundle.proposals.map(proposalProperties),
    LegalQuestion: bundle.questions.map(questionProperties),
    Document: bundle.documents.map(documentProperties),
    Statement: bundle.statements.map(statementProperties),
    Position: bundle.positions.map(positionProperties),
  };
}

// Private:

function int(value: number): unknown {
  return neo4j.int(value);
}

/** `matchText` serves findTargets and the actors' name query: normalised name and aliases, one per line, searched with CONTAINS. */
function matchText(target: { name: string; aliases: readonly string[] }): string {
  return [target.name, ...target.aliases].map(normalizeForMatch).join('\n');
}

function principleProperties(p: LegalPrinciple): NodeProperties {
  return { ...p, aliases: [...p.aliases], enshrinedInIds: [...p.enshrinedInIds], matchText: matchText(p) };
}

function instrumentProperties(i: Instrument): NodeProperties {
  return { ...i, aliases: [...i.aliases], year: i.year === null ? null : int(i.year), matchText: matchText(i) };
}

function proposalProperties(p: Proposal): NodeProperties {
  const { decision, ...rest } = p;
  return {
    ...rest,
    aliases: [...p.aliases],
    decisionOutcome: decision?.outcome ?? null,
    decisionUnanimous: decision?.unanimous ?? null,
    decisionQuote: decision?.quote ?? null,
    matchText: matchText(p),
  };
}

function questionProperties(q: LegalQuestion): NodeProperties {
  return { ...q, aliases: [...q.aliases], aboutIds: [...q.aboutIds], matchText: matchText(q) };
}

/** `searchText` is what the full-text index holds (graph/model/searchText.ts). */
function statementProperties(s: Statement): NodeProperties {
  return { ...s, start: int(s.start), end: int(s.end), searchText: searchTextOf(s.text) };
}

/**
 * `documentId` is the evidence's document, as the documentIds filter means it. The fields are
 * assigned onto the fresh `rest` object: a second spread (`{ ...rest, ... }`) of these ~26 fields
 * cost ~20 × as much in V8 (4.8 s against 0.25 s for 50,000 positions, measured), the largest
 * share of a big load's time on the client.
 */
function positionProperties(p: Position): NodeProperties {
  const { evidence, provenance, ...rest } = p;
  return Object.assign(
    rest,
    {
      reservation: p.reservation ?? null,
      documentId: evidence.documentId,
      evidenceStart: int(evidence.start),
      evidenceEnd: int(evidence.end),
      evidenceQuote: evidence.quote,
      evidencePrefix: evidence.prefix,
      evidenceSuffix: evidence.suffix,
      evidenceLocated: evidence.located,
      evidenceCitation: evidence.citation,
      evidenceSourceUrl: evidence.sourceUrl,
    },
    provenanceProperties(provenance),
  );
}

/** The original file is flattened (`originalName`, …): Neo4j properties hold no maps. */
function documentProperties(d: Document): NodeProperties {
  const { original, ...rest } = d;
  return {
    ...rest,
    originalName: original?.name ?? null,
    originalSha256: original?.sha256 ?? null,
    originalMediaType: original?.mediaType ?? null,
  };
}

function provenanceProperties(provenance: Provenance): NodeProperties {
  switch (provenance.method) {
    case 'CURATED':
      return {
        provenanceMethod: provenance.method,
        provenanceCoder: provenance.coder,
        provenanceCodedOn: provenance.codedOn,
        provenanceReviewer: provenance.reviewer ?? null,
        provenanceReviewedOn: provenance.reviewedOn ?? null,
        provenanceSuggestedBy: provenance.suggestedBy ?? null,
      };
    case 'EXTRACTED':
      return {
        provenanceMethod: provenance.method,
        provenanceExtractor: provenance.extractor,
        provenanceConfidence: provenance.confidence,
        provenanceCue: [...(provenance.cue ?? [])],
        provenanceExtractedOn: provenance.extractedOn ?? null,
      };
    case 'IMPORTED':
      return {
        provenanceMethod: provenance.method,
        provenanceDataset: provenance.dataset,
        provenanceRow: int(provenance.row),
        provenanceColumn: provenance.column,
        provenanceCoder: provenance.coder,
      };
    default:
      throw new UnreachableCaseError(provenance);
  }
}
