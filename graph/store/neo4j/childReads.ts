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
   * order), not a record each: the analyses read every meeting's participations
   * (33,500 at 20,000 positions), and one row of lists is a quarter quicker than as many records.
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
    // Participations come as [meetingId, actorId, status], not maps: the analyses read every
    // meeting's (tens of thousands at UN scale), and the driver decodes each map key as a string.
    listParticipationsByMeetingIds: (ids) =>
      children(
        ids,
        `UNWIND $ids AS id MATCH (a:Actor)-[r:PARTICIPATED_IN]->(m:Meeting {id: id})
         WITH a, r, m ORDER BY a.id RETURN collect([m.id, a.id, r.status]) AS children`,
        ([meetingId, actorId, status]: unknown[]) => decode.participationFrom({ meetingId, actorId, status }),
        (participation) => participation.meetingId,
      ),
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
