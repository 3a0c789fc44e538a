import type { AgendaItem, Meeting } from '../../graph/index.js';
import { CONVENERS } from './actorsOf.js';
import type { Draw } from './random.js';
import { TOPICS } from './topics.js';

export const FIRST_YEAR = 2011;
export const YEARS = 15;
export const AGENDA_ITEMS_PER_MEETING = 5;

const PLACES = ['New York', 'Geneva', 'Vienna', 'New Delhi', 'Addis Ababa', 'Brussels', 'Washington', 'Jakarta', 'Nairobi', 'Santiago'];

export interface GeneratedMeetings {
  readonly meetings: Meeting[];
  readonly agendaItems: AgendaItem[];
  /** Topic index of each agenda item, by agenda item id. */
  readonly topicOf: ReadonlyMap<string, number>;
}

/** `count` meetings spread evenly over 15 years (2011–2025), each with five agenda items on topics. */
export function meetingsOf(draw: Draw, count: number): GeneratedMeetings {
  const meetings: Meeting[] = [];
  const agendaItems: AgendaItem[] = [];
  const topicOf = new Map<string, number>();
  const perYear = Math.ceil(count / YEARS);
  for (let i = 0; i < count; i += 1) {
    const year = FIRST_YEAR + Math.floor(i / perYear);
    const dayOfYear = Math.floor(((i % perYear) * 360) / perYear);
    const start = new Date(Date.UTC(year, 0, 1 + dayOfYear));
    const end = new Date(start.getTime() + draw.int(0, 4) * 86_400_000);
    const convener = draw.pick(CONVENERS);
    const id = `m-${year}-${String(i).padStart(3, '0')}`;
    meetings.push({
      id,
      name: `${convener} session ${i + 1} on international law in cyberspace`,
      organizationId: convener,
      startsOn: isoDate(start),
      endsOn: isoDate(end),
      place: draw.pick(PLACES),
    });
    for (let order = 1; order <= AGENDA_ITEMS_PER_MEETING; order += 1) {
      const topic = draw.int(0, TOPICS.length - 1);
      const itemId = `${id}-item-${order}`;
      agendaItems.push({ id: itemId, meetingId: id, order, label: `Item ${order}`, title: `Debate on ${TOPICS[topic]}` });
      topicOf.set(itemId, topic);
    }
  }
  return { meetings, agendaItems, topicOf };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
