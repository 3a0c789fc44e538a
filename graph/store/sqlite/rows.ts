import type {
  Actor,
  AgendaItem,
  Attendance,
  Document,
  DocumentHead,
  Meeting,
  Participation,
  Person,
  Position,
  Statement,
  Target,
} from '../../model/index.js';
import { UnreachableCaseError } from '../../model/index.js';
import type { StatementSource } from '../port.js';

/**
 * Row <-> entity mapping for the embedded store. Rows are what better-sqlite3 returns: column
 * names as in schema.ts, JSON text for lists and nested values.
 */
type Row = Record<string, unknown>;

const str = (value: unknown) => value as string;
const optStr = (value: unknown) => (value === null || value === undefined ? null : (value as string));
const num = (value: unknown) => Number(value);

export function actorFromRow(row: Row): Actor {
  return {
    id: str(row.id),
    kind: str(row.kind) as Actor['kind'],
    name: str(row.name),
    aliases: JSON.parse(str(row.aliases)) as string[],
    isoCode: optStr(row.iso_code),
  };
}

export function personFromRow(row: Row): Person {
  return { id: str(row.id), name: str(row.name), honorific: optStr(row.honorific) };
}

export function meetingFromRow(row: Row): Meeting {
  return {
    id: str(row.id),
    name: str(row.name),
    organizationId: str(row.organization_id),
    startsOn: str(row.starts_on),
    endsOn: str(row.ends_on),
    place: str(row.place),
  };
}

export function agendaItemFromRow(row: Row): AgendaItem {
  return {
    id: str(row.id),
    meetingId: str(row.meeting_id),
    order: num(row.ord),
    label: str(row.label),
    title: str(row.title),
  };
}

export function participationFromRow(row: Row): Participation {
  return { meetingId: str(row.meeting_id), actorId: str(row.actor_id), status: str(row.status) as Participation['status'] };
}

export function attendanceFromRow(row: Row): Attendance {
  return {
    meetingId: str(row.meeting_id),
    personId: str(row.person_id),
    role: str(row.role) as Attendance['role'],
    representsId: str(row.represents_id),
    affiliation: optStr(row.affiliation),
  };
}

export function targetFromRow(row: Row): Target {
  const base = {
    id: str(row.id),
    name: str(row.name),
    aliases: JSON.parse(str(row.aliases)) as string[],
    description: optStr(row.description),
  };
  const kind = str(row.kind) as Target['kind'];
  switch (kind) {
    case 'PRINCIPLE':
      return {
        ...base,
        kind,
        elementOfId: optStr(row.element_of_id),
        enshrinedInIds: JSON.parse(str(row.enshrined_in_ids)) as string[],
      };
    case 'INSTRUMENT':
      return {
        ...base,
        kind,
        instrumentType: str(row.instrument_type) as 'TREATY',
        partOfId: optStr(row.part_of_id),
        year: row.year === null ? null : num(row.year),
      };
    case 'PROPOSAL':
      return {
        ...base,
        kind,
        meetingId: str(row.meeting_id),
        proposedById: optStr(row.proposed_by_id),
        decision: row.decision === null ? null : JSON.parse(str(row.decision)),
      };
    case 'QUESTION':
      return {
        ...base,
        kind,
        wording: str(row.wording),
        proposition: optStr(row.proposition),
        aboutIds: JSON.parse(str(row.about_ids)) as string[],
      };
    default:
      throw new UnreachableCaseError(kind);
  }
}

export function documentFromRow(row: Row): Document {
  return { ...documentHeadFromRow(row), text: str(row.text) };
}

/** Every column of `documents` but the text: what `documentHeadFromRow` reads. */
export const DOCUMENT_HEAD_COLUMNS = 't.id, t.title, t.date, t.issued_by, t.reliability, t.meeting_id, t.source_path, t.sha256, t.source_url, t.rights, t.citation, t.original';

export function documentHeadFromRow(row: Row): DocumentHead {
  return {
    id: str(row.id),
    title: str(row.title),
    date: str(row.date),
    issuedBy: str(row.issued_by),
    reliability: str(row.reliability) as Document['reliability'],
    meetingId: str(row.meeting_id),
    sourcePath: str(row.source_path),
    sha256: str(row.sha256),
    sourceUrl: optStr(row.source_url),
    rights: optStr(row.rights),
    citation: optStr(row.citation),
    // Absent, not null, for a text shipped as it is: a document reads back as it was written.
    ...(row.original === null || row.original === undefined ? {} : { original: JSON.parse(str(row.original)) as Document['original'] }),
  };
}

export function statementFromRow(row: Row): Statement {
  return {
    id: str(row.id),
    documentId: str(row.document_id),
    meetingId: str(row.meeting_id),
    agendaItemId: str(row.agenda_item_id),
    actorId: str(row.actor_id),
    speakerId: optStr(row.speaker_id),
    speakerRole: str(row.speaker_role) as Statement['speakerRole'],
    start: num(row.start),
    end: num(row.end),
    text: str(row.text),
    sortKey: str(row.sort_key),
  };
}

/** A statements row read as its `id` and `document_id` only (getStatementSourcesByIds). */
export function statementSourceFromRow(row: Row): StatementSource {
  return { id: str(row.id), documentId: str(row.document_id) };
}

export function positionFromRow(row: Row): Position {
  return {
    id: str(row.id),
    statementId: str(row.statement_id),
    targetId: str(row.target_id),
    targetKind: str(row.target_kind) as Position['targetKind'],
    stance: str(row.stance) as Position['stance'],
    evidence: {
      documentId: str(row.document_id),
      start: num(row.start),
      end: num(row.end),
      quote: str(row.quote),
      prefix: str(row.prefix),
      suffix: str(row.suffix),
      located: num(row.located) === 1,
      citation: optStr(row.evidence_citation),
      sourceUrl: optStr(row.evidence_source_url),
    },
    provenance: JSON.parse(str(row.provenance)) as Position['provenance'],
    note: optStr(row.note),
    reservation: optStr(row.reservation) as Position['reservation'],
    actorId: str(row.actor_id),
    meetingId: str(row.meeting_id),
    agendaItemId: str(row.agenda_item_id),
    sortKey: str(row.sort_key),
  };
}
