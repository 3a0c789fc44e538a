import type { AnnotationProblem } from '../../errors/index.js';
import { annotationFilesOf, type SeedFiles } from '../readSeeds.js';

/** A named speaker must be listed among the attendees of the meeting the document reports on. */
export function checkSpeakers(files: SeedFiles): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const attendeesByMeeting = new Map(
    files.meetings.map((meeting) => [meeting.data.meeting.id, new Set(meeting.data.attendees.map((a) => a.person))]),
  );
  for (const document of files.documents) {
    const attendees = attendeesByMeeting.get(document.meta.data.meeting);
    if (!attendees) continue;
    for (const annotations of annotationFilesOf(document)) annotations.data.statements.forEach((statement, s) => {
      if (statement.speaker === undefined || attendees.has(statement.speaker)) return;
      problems.push({
        location: annotations.locate(['statements', s, 'speaker']),
        message: `statements.${s}.speaker: ${JSON.stringify(statement.speaker)} is not among the attendees of meeting ${JSON.stringify(document.meta.data.meeting)}; add them under attendees in its meeting file`,
        value: statement.speaker,
      });
    });
  }
  return problems;
}
