import { InvalidArgumentError } from '../errors/index.js';
import type { AgendaItem, Document, Meeting } from '../model/index.js';
import type { AnalysisScope } from './AnalysisInput.js';

/** The agenda items and source documents a scope names, as read from the store. */
export interface NamedInScope {
  readonly agendaItems: readonly AgendaItem[];
  readonly documents: readonly Pick<Document, 'id' | 'meetingId'>[];
}

/**
 * The meetings a (normalised, validated) scope covers: those it names; else those that the agenda
 * items and the source documents it names belong to (both, when it names both); else all of
 * `meetings`. Throws `InvalidArgumentError` when it names meetings and an agenda item or document
 * of another meeting, which could only ever select nothing.
 */
export function meetingsInScope(
  scope: AnalysisScope,
  meetings: readonly Meeting[],
  named: NamedInScope,
  argumentPrefix = '',
): Meeting[] {
  const meetingIds = scope.meetingIds;
  if (meetingIds !== undefined) {
    const outside = (argument: string, what: string, items: readonly { id: string; meetingId: string }[]) => {
      const item = items.find((i) => !meetingIds.includes(i.meetingId));
      if (item === undefined) return;
      throw new InvalidArgumentError(
        `${argumentPrefix}${argument}`,
        `${what} ${JSON.stringify(item.id)} belongs to meeting ${JSON.stringify(item.meetingId)}, which the scope's meetingIds (${meetingIds.map((id) => JSON.stringify(id)).join(', ')}) leave out. Add the meeting or drop the ${what}.`,
      );
    };
    outside('agendaItemIds', 'agenda item', named.agendaItems);
    outside('sourceDocumentIds', 'document', named.documents);
    return meetings.filter((m) => meetingIds.includes(m.id));
  }
  let inScope = [...meetings];
  for (const items of [named.agendaItems, named.documents]) {
    if (items.length === 0) continue;
    const of = new Set(items.map((item) => item.meetingId));
    inScope = inScope.filter((m) => of.has(m.id));
  }
  return inScope;
}
