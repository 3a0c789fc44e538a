import type { Instrument, LegalPrinciple } from '../../model/index.js';
import { groupByParent, groupPairsByParent } from '../groupByParent.js';
import type { ChildReads } from '../port.js';
import type { CypherRunner } from './cypherRunner.js';
import * as decode from './decode.js';

/**
 * Each is one query however many parents: `UNWIND` of one list parameter into an index seek on
 * the parent's id (its uniqueness constraint), then the relationship the child draws to it,
 * ordered as the port states; the rows are grouped by parent in input order.
 */
export function childReads(cypher: CypherRunner): ChildReads {
  /**
   * `query` returns `collect(<child>) AS children`: the children in one row (in the query's
   * order), not a record each: for tens of thousands of children (participations, before they got
   * a query of their own below), one row of lists was a quarter quicker than as many records.
   */
  const children = async <T, V = decode.Props>(ids: readonly string[], query: string, from: (child: V) => T, parentOf: (child: T) => string): Promise<T[][]> => {
    if (ids.length === 0) return [];
    const rows = await cypher.read(query, { ids: [...new Set(ids)] });
    return groupByParent(ids, ((rows[0]?.children ?? []) as V[]).map(from), parentOf);
  };

  return {
    listAgendaItemsByMeetingIds: (ids) =>
      children(
        ids,
        'UNWIND $ids AS id MATCH (i:AgendaItem)-[:OF]->(:Meeting {id: id}) WITH i ORDER BY i.order RETURN collect(properties(i)) AS children',
        decode.agendaItemFrom,
        (item) => item.meetingId,
      ),
    // Participation and attendance are relationships: their endpoints' ids join their properties.
    // Participations come as one [meetingId, [[actorId, status], ...]] per meeting, not maps: the
    // analyses read every meeting's (33,500 at 300 meetings), and the driver decodes each map key
    // and each repeated meeting id as a string of its own. Sorted per meeting rather than all rows
    // at once: 170–180 ms instead of 240–265 ms for 33,500 (Neo4j, 1 Dec 2026, interleaved).
    async listParticipationsByMeetingIds(ids) {
      if (ids.length === 0) return [];
      const rows = await cypher.read(
        `UNWIND $ids AS id MATCH (m:Meeting {id: id})
         RETURN collect([id, COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(m) WITH a, r ORDER BY a.id RETURN [a.id, r.status] }]) AS meetings`,
        { ids: [...new Set(ids)] },
      );
      const participations = ((rows[0]?.meetings ?? []) as [string, [string, string][]][]).flatMap(([meetingId, actors]) =>
        actors.map(([actorId, status]) => decode.participationFrom({ meetingId, actorId, status })),
      );
      return groupByParent(ids, participations, (participation) => participation.meetingId);
    },
    listAttendancesByMeetingIds: (ids) =>
      children(
        ids,
        `UNWIND $ids AS id MATCH (p:Person)-[r:ATTENDED]->(m:Meeting {id: id})
         WITH p, r, m ORDER BY p.id RETURN collect(r { .*, personId: p.id, meetingId: m.id }) AS children`,
        decode.attendanceFrom,
        (attendance) => attendance.meetingId,
      ),
    // The parent is matched as :Target, as SQLite matches the id column whatever the parent's kind.
    listElementsByPrincipleIds: (ids) =>
      children(
        ids,
        'UNWIND $ids AS id MATCH (e:LegalPrinciple)-[:ELEMENT_OF]->(:Target {id: id}) WITH e ORDER BY e.id RETURN collect(properties(e)) AS children',
        (props) => decode.targetFrom(props) as LegalPrinciple,
        (principle) => principle.elementOfId!,
      ),
    listProvisionsByInstrumentIds: (ids) =>
      children(
        ids,
        'UNWIND $ids AS id MATCH (i:Instrument)-[:PART_OF]->(:Target {id: id}) WITH i ORDER BY i.id RETURN collect(properties(i)) AS children',
        (props) => decode.targetFrom(props) as Instrument,
        (instrument) => instrument.partOfId!,
      ),
    async listPrinciplesByInstrumentIds(ids) {
      if (ids.length === 0) return [];
      // A principle may be enshrined in several of the instruments asked about: one row per pair.
      const rows = await cypher.read(
        `UNWIND $ids AS id MATCH (p:LegalPrinciple)-[:ENSHRINED_IN]->(:Target {id: id})
         WITH DISTINCT id, p ORDER BY p.id RETURN id, properties(p) AS child`,
        { ids: [...new Set(ids)] },
      );
      return groupPairsByParent(ids, rows.map((row) => [row.id as string, decode.targetFrom(row.child as decode.Props) as LegalPrinciple] as const));
    },
  };
}
