import { InvalidArgumentError } from '../errors/index.js';
import type { AgendaItem, Meeting } from '../model/index.js';
import type { AnalysisScope } from './AnalysisInput.js';

/**
 * The meetings a (normalised, validated) scope covers: those it names; else those of the agenda items
 * it names; else all of `meetings`. Throws `InvalidArgumentError` when it names both meetings and an
 * agenda item of another meeting, which could only ever select nothing.
 */
export function meetingsInScope(
  scope: AnalysisScope,
  meetings: readonly Meeting[],
  scopedAgendaItems: readonly AgendaItem[],
  argumentPrefix = '',
): Meeting[] {
  const named = scope.meetingIds;
  if (named !== undefined) {
    for (const item of scopedAgendaItems) {
      if (!named.includes(item.meetingId)) {
        throw new InvalidArgumentError(
          `${argumentPrefix}agendaItemIds`,
          `agenda item ${JSON.stringify(item.id)} belongs to meeting ${JSON.stringify(item.meetingId)}, which the scope's meetingIds (${named.map((id) => JSON.stringify(id)).join(', ')}) leave out. Add the meeting or drop the agenda item.`,
        );
      }
    }
    return meetings.filter((m) => named.includes(m.id));
  }
  if (scopedAgendaItems.length > 0) {
    const ofItems = new Set(scopedAgendaItems.map((item) => item.meetingId));
    return meetings.filter((m) => ofItems.has(m.id));
  }
  return [...meetings];
}
