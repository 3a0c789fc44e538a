import type { GraphBundle } from '../../store/port.js';
import type { ExtractionCatalog } from './ExtractionCatalog.js';

/**
 * The extractor's catalog from a loaded seeds bundle: every actor and target, the persons who
 * attended `meetingId` (or any meeting, first attendance wins) with the actor they represented,
 * the meeting's agenda, and the actor its chair spoke for. Statements and positions are not read.
 */
export function catalogFromBundle(bundle: GraphBundle, meetingId: string | null): ExtractionCatalog {
  const attendances = [...bundle.attendances].sort((a, b) => Number(b.meetingId === meetingId) - Number(a.meetingId === meetingId));
  const persons = [];
  const seen = new Set<string>();
  for (const attendance of attendances) {
    if (seen.has(attendance.personId)) continue;
    const person = bundle.persons.find((p) => p.id === attendance.personId);
    if (!person) continue;
    seen.add(person.id);
    persons.push({ id: person.id, name: person.name, representsId: attendance.representsId, role: attendance.role });
  }
  const chair = bundle.attendances.find((a) => a.meetingId === meetingId && a.role === 'CHAIR');
  return {
    actors: bundle.actors.map(({ id, kind, name, aliases }) => ({ id, kind, name, aliases })),
    targets: [
      ...bundle.principles.map(({ id, kind, name, aliases, elementOfId }) => ({ id, kind, name, aliases, elementOfId })),
      ...[...bundle.instruments, ...bundle.proposals].map(({ id, kind, name, aliases }) => ({ id, kind, name, aliases })),
      ...bundle.questions.map(({ id, kind, name, aliases, aboutIds }) => ({ id, kind, name, aliases, aboutIds })),
    ],
    persons,
    agendaItems: bundle.agendaItems.filter((item) => item.meetingId === meetingId).map(({ id, label, title }) => ({ id, label, title })),
    chairActorId: chair?.representsId ?? null,
  };
}
