import type { Instrument, LegalPrinciple } from '../../model/index.js';
import { groupByParent, groupPairsByParent } from '../groupByParent.js';
import type { ChildReads } from '../port.js';
import * as rows from './rows.js';
import { jsonList } from './whereClause.js';

type Row = Record<string, unknown>;

/**
 * Each is one statement however many parents: the parent ids travel as one JSON array parameter
 * (json_each), joined to the child table's parent column, ordered as the port states; the rows
 * are then grouped by parent in input order. `all` runs a statement (the store's guarded runner).
 */
export function childReads(all: (sql: string, params: unknown[]) => Row[]): ChildReads {
  const children = <T>(ids: readonly string[], sql: string, map: (row: Row) => T, parentOf: (child: T) => string): T[][] =>
    ids.length === 0 ? [] : groupByParent(ids, all(sql, [jsonList(new Set(ids))]).map(map), parentOf);
  const targets = <T>(ids: readonly string[], sql: string, parentOf: (child: T) => string): T[][] =>
    children(ids, sql, (row) => rows.targetFromRow(row) as T, parentOf);

  return {
    // agenda_items_meeting (meeting_id, ord) and the primary keys (meeting_id, ...) serve these.
    async listAgendaItemsByMeetingIds(ids) {
      const sql = 'SELECT a.* FROM json_each(?) j JOIN agenda_items a ON a.meeting_id = j.value ORDER BY a.ord';
      return children(ids, sql, rows.agendaItemFromRow, (item) => item.meetingId);
    },
    async listParticipationsByMeetingIds(ids) {
      const sql = 'SELECT p.* FROM json_each(?) j JOIN participations p ON p.meeting_id = j.value ORDER BY p.actor_id';
      return children(ids, sql, rows.participationFromRow, (participation) => participation.meetingId);
    },
    async listAttendancesByMeetingIds(ids) {
      const sql = 'SELECT a.* FROM json_each(?) j JOIN attendances a ON a.meeting_id = j.value ORDER BY a.person_id';
      return children(ids, sql, rows.attendanceFromRow, (attendance) => attendance.meetingId);
    },
    // Targets number in the thousands, not the hundreds of thousands: a scan of the table each.
    async listElementsByPrincipleIds(ids) {
      const sql = `SELECT t.* FROM targets t WHERE t.kind = 'PRINCIPLE' AND t.element_of_id IN (SELECT value FROM json_each(?)) ORDER BY t.id`;
      return targets<LegalPrinciple>(ids, sql, (principle) => principle.elementOfId!);
    },
    async listProvisionsByInstrumentIds(ids) {
      const sql = `SELECT t.* FROM targets t WHERE t.kind = 'INSTRUMENT' AND t.part_of_id IN (SELECT value FROM json_each(?)) ORDER BY t.id`;
      return targets<Instrument>(ids, sql, (instrument) => instrument.partOfId!);
    },
    async listPrinciplesByInstrumentIds(ids) {
      if (ids.length === 0) return [];
      // A principle may be enshrined in several of the instruments asked about: one row per pair.
      const found = all(
        `SELECT DISTINCT e.value AS parent_id, t.* FROM targets t, json_each(t.enshrined_in_ids) e
         WHERE t.kind = 'PRINCIPLE' AND e.value IN (SELECT value FROM json_each(?)) ORDER BY t.id`,
        [jsonList(new Set(ids))],
      );
      return groupPairsByParent(ids, found.map((row) => [row.parent_id as string, rows.targetFromRow(row) as LegalPrinciple] as const));
    },
  };
}
