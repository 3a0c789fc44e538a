import type {
  Actor,
  AgendaItem,
  Attendance,
  Decision,
  Document,
  DocumentHead,
  Meeting,
  Participation,
  Person,
  Position,
  Provenance,
  Statement,
  Target,
} from '../../model/index.js';
import { UnreachableCaseError } from '../../model/index.js';
import type { StatementSource } from '../port.js';
import type { PositionPart } from '../positionParts.js';

/**
 * Node properties -> entity, the inverse of encode.ts. Builds each object field by field so that
 * it has exactly the model's keys (derived properties such as searchText stay behind) and `null`
 * where Neo4j stores nothing. Integers arrive as JS numbers (`disableLosslessIntegers`).
 */
export type Props = Record<string, unknown>;

export function actorFrom(p: Props): Actor {
  return { id: str(p.id), kind: str(p.kind) as Actor['kind'], name: str(p.name), aliases: strings(p.aliases), isoCode: optStr(p.isoCode) };
}

export function personFrom(p: Props): Person {
  return { id: str(p.id), name: str(p.name), honorific: optStr(p.honorific) };
}

export function meetingFrom(p: Props): Meeting {
  return {
    id: str(p.id),
    name: str(p.name),
    organizationId: str(p.organizationId),
    startsOn: str(p.startsOn),
    endsOn: str(p.endsOn),
    place: str(p.place),
  };
}

export function agendaItemFrom(p: Props): AgendaItem {
  return { id: str(p.id), meetingId: str(p.meetingId), order: num(p.order), label: str(p.label), title: str(p.title) };
}

/** From a PARTICIPATED_IN relationship's properties plus its two endpoints' ids. */
export function participationFrom(p: Props): Participation {
  return { meetingId: str(p.meetingId), actorId: str(p.actorId), status: str(p.status) as Participation['status'] };
}

/** From an ATTENDED relationship's properties plus its two endpoints' ids. */
export function attendanceFrom(p: Props): Attendance {
  return {
    meetingId: str(p.meetingId),
    personId: str(p.personId),
    role: str(p.role) as Attendance['role'],
    representsId: str(p.representsId),
    affiliation: optStr(p.affiliation),
  };
}

export function targetFrom(p: Props): Target {
  const base = { id: str(p.id), name: str(p.name), aliases: strings(p.aliases), description: optStr(p.description) };
  const kind = str(p.kind) as Target['kind'];
  switch (kind) {
    case 'PRINCIPLE':
      return { ...base, kind, elementOfId: optStr(p.elementOfId), enshrinedInIds: strings(p.enshrinedInIds) };
    case 'INSTRUMENT':
      return {
        ...base,
        kind,
        instrumentType: str(p.instrumentType) as 'TREATY',
        partOfId: optStr(p.partOfId),
        year: p.year === null || p.year === undefined ? null : num(p.year),
      };
    case 'PROPOSAL':
      return { ...base, kind, meetingId: str(p.meetingId), proposedById: optStr(p.proposedById), decision: decisionFrom(p) };
    case 'QUESTION':
      return { ...base, kind, wording: str(p.wording), proposition: optStr(p.proposition), aboutIds: strings(p.aboutIds) };
    default:
      throw new UnreachableCaseError(kind);
  }
}

export function documentFrom(p: Props): Document {
  return { ...documentHeadFrom(p), text: str(p.text) };
}

/** Every property of a Document node but its text, as a Cypher map projection of `node`: what `documentHeadFrom` reads. */
export function documentHeadProjection(node: string): string {
  return `${node} { .id, .title, .date, .issuedBy, .reliability, .meetingId, .sourcePath, .sha256, .sourceUrl, .rights, .citation, .originalName, .originalSha256, .originalMediaType }`;
}

export function documentHeadFrom(p: Props): DocumentHead {
  return {
    id: str(p.id),
    title: str(p.title),
    date: str(p.date),
    issuedBy: str(p.issuedBy),
    reliability: str(p.reliability) as Document['reliability'],
    meetingId: str(p.meetingId),
    sourcePath: str(p.sourcePath),
    sha256: str(p.sha256),
    sourceUrl: optStr(p.sourceUrl),
    rights: optStr(p.rights),
    citation: optStr(p.citation),
    // Absent, not null, for a text shipped as it is: a document reads back as it was written.
    ...(p.originalName === null || p.originalName === undefined
      ? {}
      : { original: { name: str(p.originalName), sha256: str(p.originalSha256), mediaType: str(p.originalMediaType) } }),
  };
}

export function statementFrom(p: Props): Statement {
  return {
    id: str(p.id),
    documentId: str(p.documentId),
    meetingId: str(p.meetingId),
    agendaItemId: str(p.agendaItemId),
    actorId: str(p.actorId),
    speakerId: optStr(p.speakerId),
    speakerRole: str(p.speakerRole) as Statement['speakerRole'],
    start: num(p.start),
    end: num(p.end),
    text: str(p.text),
    sortKey: str(p.sortKey),
  };
}

/** The `{ .id, .documentId }` projection of a Statement node (getStatementSourcesByIds). */
export function statementSourceFrom(p: Props): StatementSource {
  return { id: str(p.id), documentId: str(p.documentId) };
}

/**
 * A whole position. Written out as one object literal over the part decoders, not as
 * `positionPartsFrom` over every part: analyses decode every position in scope, and the literal
 * builds each object in one shape where adding its keys one by one took about 1.7 × as long
 * (300,000 positions: 0.18–0.24 s against 0.34–0.39 s).
 */
export function positionFrom(p: Props): Position {
  const decode = POSITION_PART_DECODERS;
  return {
    id: decode.id(p),
    statementId: decode.statementId(p),
    targetId: decode.targetId(p),
    targetKind: decode.targetKind(p),
    stance: decode.stance(p),
    evidence: decode.evidence(p),
    provenance: decode.provenance(p),
    note: decode.note(p),
    reservation: decode.reservation(p),
    actorId: decode.actorId(p),
    meetingId: decode.meetingId(p),
    agendaItemId: decode.agendaItemId(p),
    sortKey: decode.sortKey(p),
  };
}

/** A position of only `parts` (positionParts.ts), from the properties those parts are stored as (columns.ts). */
export function positionPartsFrom(p: Props, parts: readonly PositionPart[]): Position {
  const position: Partial<Record<PositionPart, unknown>> = {};
  for (const part of parts) position[part] = POSITION_PART_DECODERS[part](p);
  return position as Position;
}

// Private:

/** Each part of a position from its node properties, the inverse of encode.ts. */
const POSITION_PART_DECODERS: { readonly [K in PositionPart]: (p: Props) => Position[K] } = {
  id: (p) => str(p.id),
  statementId: (p) => str(p.statementId),
  targetId: (p) => str(p.targetId),
  targetKind: (p) => str(p.targetKind) as Position['targetKind'],
  stance: (p) => str(p.stance) as Position['stance'],
  evidence: (p) => ({
    documentId: str(p.documentId),
    start: num(p.evidenceStart),
    end: num(p.evidenceEnd),
    quote: str(p.evidenceQuote),
    prefix: str(p.evidencePrefix),
    suffix: str(p.evidenceSuffix),
    located: p.evidenceLocated === true,
    citation: optStr(p.evidenceCitation),
    sourceUrl: optStr(p.evidenceSourceUrl),
  }),
  provenance: (p) => provenanceFrom(p),
  note: (p) => optStr(p.note),
  reservation: (p) => optStr(p.reservation) as Position['reservation'],
  actorId: (p) => str(p.actorId),
  meetingId: (p) => str(p.meetingId),
  agendaItemId: (p) => str(p.agendaItemId),
  sortKey: (p) => str(p.sortKey),
};

function decisionFrom(p: Props): Decision | null {
  if (p.decisionOutcome === null || p.decisionOutcome === undefined) return null;
  return {
    outcome: str(p.decisionOutcome) as Decision['outcome'],
    unanimous: p.decisionUnanimous === true,
    quote: optStr(p.decisionQuote),
  };
}

function provenanceFrom(p: Props): Provenance {
  const method = str(p.provenanceMethod) as Provenance['method'];
  switch (method) {
    case 'CURATED':
      return p.provenanceReviewer === null || p.provenanceReviewer === undefined
        ? { method, coder: str(p.provenanceCoder), codedOn: str(p.provenanceCodedOn) }
        : {
            method,
            coder: str(p.provenanceCoder),
            codedOn: str(p.provenanceCodedOn),
            reviewer: str(p.provenanceReviewer),
            reviewedOn: optStr(p.provenanceReviewedOn),
            suggestedBy: optStr(p.provenanceSuggestedBy),
          };
    case 'EXTRACTED':
      return {
        method,
        extractor: str(p.provenanceExtractor),
        confidence: num(p.provenanceConfidence),
        // Optional on the model: read back only what was written, as the embedded store does.
        ...(p.provenanceCue === null || p.provenanceCue === undefined || strings(p.provenanceCue).length === 0 ? {} : { cue: strings(p.provenanceCue) }),
        ...(p.provenanceExtractedOn === null || p.provenanceExtractedOn === undefined ? {} : { extractedOn: str(p.provenanceExtractedOn) }),
      };
    case 'IMPORTED':
      return {
        method,
        dataset: str(p.provenanceDataset),
        row: num(p.provenanceRow),
        column: str(p.provenanceColumn),
        coder: optStr(p.provenanceCoder),
      };
    default:
      throw new UnreachableCaseError(method);
  }
}

const str = (value: unknown): string => value as string;
const optStr = (value: unknown): string | null => (value === null || value === undefined ? null : (value as string));
const num = (value: unknown): number => Number(value);
/** Neo4j returns a stored empty list as []; an absent list (never written) also decodes as []. */
const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]).map(String) : []);
