import type { AnnotationProblem } from '../../errors/index.js';
import { didYouMean } from '../../errors/didYouMean.js';
import type { ParsedFile, PathSegment } from '../readYamlFile.js';
import { annotationFilesOf, type SeedFiles } from '../readSeeds.js';
import type { SymbolDefinition, SymbolKind } from './symbolTable.js';

type SymbolIndex = Map<SymbolKind, Map<string, SymbolDefinition>>;

interface Expectation {
  readonly kinds: readonly SymbolKind[];
  /** For targets: the target kinds allowed here. */
  readonly details?: readonly string[];
  /** A human name for what is expected, e.g. "an instrument". */
  readonly noun: string;
}

/** Every id a seed file mentions names something of the right kind that is defined somewhere. */
export function checkReferences(files: SeedFiles, symbols: SymbolIndex): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const check = (file: ParsedFile<unknown>, path: PathSegment[], id: string | undefined, expected: Expectation) => {
    if (id === undefined) return;
    const problem = resolve(symbols, id, expected);
    if (problem) problems.push({ location: file.locate(path), message: `${path.join('.')}: ${problem}`, value: id });
  };
  const ACTOR: Expectation = { kinds: ['actor'], noun: 'actor' };
  const PERSON: Expectation = { kinds: ['person'], noun: 'person' };
  const INSTRUMENT: Expectation = { kinds: ['target'], details: ['INSTRUMENT'], noun: 'instrument' };

  files.principles.data.principles.forEach((principle, i) => {
    check(files.principles, ['principles', i, 'element_of'], principle.element_of, {
      kinds: ['target'],
      details: ['PRINCIPLE'],
      noun: 'principle',
    });
    principle.enshrined_in.forEach((instrumentId, j) =>
      check(files.principles, ['principles', i, 'enshrined_in', j], instrumentId, INSTRUMENT),
    );
    if (principle.element_of === principle.id) {
      problems.push(selfReference(files.principles, ['principles', i, 'element_of'], principle.id));
    }
  });
  files.instruments.data.instruments.forEach((instrument, i) => {
    check(files.instruments, ['instruments', i, 'part_of'], instrument.part_of, INSTRUMENT);
    if (instrument.part_of === instrument.id) {
      problems.push(selfReference(files.instruments, ['instruments', i, 'part_of'], instrument.id));
    }
  });
  const questions = files.questions;
  questions?.data.questions.forEach((question, i) =>
    question.about.forEach((aboutId, j) =>
      check(questions, ['questions', i, 'about', j], aboutId, {
        kinds: ['target'],
        details: ['PRINCIPLE', 'INSTRUMENT'],
        noun: 'principle or instrument',
      }),
    ),
  );

  for (const meeting of files.meetings) {
    check(meeting, ['meeting', 'organization'], meeting.data.meeting.organization, ACTOR);
    meeting.data.participants.forEach((participant, i) => check(meeting, ['participants', i, 'actor'], participant.actor, ACTOR));
    meeting.data.attendees.forEach((attendee, i) => {
      check(meeting, ['attendees', i, 'person'], attendee.person, PERSON);
      check(meeting, ['attendees', i, 'represents'], attendee.represents, ACTOR);
    });
    meeting.data.proposals.forEach((proposal, i) =>
      check(meeting, ['proposals', i, 'proposed_by'], proposal.proposed_by, {
        kinds: ['person', 'actor'],
        noun: 'person or actor',
      }),
    );
  }

  for (const document of files.documents) {
    const meta = document.meta;
    check(meta, ['issued_by'], meta.data.issued_by, ACTOR);
    check(meta, ['meeting'], meta.data.meeting, { kinds: ['meeting'], noun: 'meeting' });
    const meetingId = meta.data.meeting;
    for (const annotations of annotationFilesOf(document)) annotations.data.statements.forEach((statement, s) => {
      const base: PathSegment[] = ['statements', s];
      check(annotations, [...base, 'agenda_item'], statement.agenda_item, { kinds: ['agenda item'], noun: 'agenda item' });
      const agendaItem = symbols.get('agenda item')?.get(statement.agenda_item);
      if (agendaItem && agendaItem.meetingId !== meetingId) {
        problems.push({
          location: annotations.locate([...base, 'agenda_item']),
          message: `${[...base, 'agenda_item'].join('.')}: agenda item ${JSON.stringify(statement.agenda_item)} belongs to meeting ${JSON.stringify(agendaItem.meetingId)}, but this document reports on ${JSON.stringify(meetingId)}`,
          value: statement.agenda_item,
        });
      }
      check(annotations, [...base, 'actor'], statement.actor, ACTOR);
      check(annotations, [...base, 'speaker'], statement.speaker, PERSON);
      statement.positions.forEach((position, p) =>
        check(annotations, [...base, 'positions', p, 'target'], position.target, {
          kinds: ['target'],
          noun: 'principle, instrument, proposal or question',
        }),
      );
    });
  }
  return problems;
}

function resolve(symbols: SymbolIndex, id: string, expected: Expectation): string | null {
  for (const kind of expected.kinds) {
    const symbol = symbols.get(kind)?.get(id);
    if (symbol && (!expected.details || expected.details.includes(symbol.detail))) return null;
    if (symbol) {
      return `${JSON.stringify(id)} is a ${symbol.detail.toLowerCase()}, expected ${articled(expected.noun)}`;
    }
  }
  const candidates = expected.kinds.flatMap((kind) =>
    [...(symbols.get(kind)?.values() ?? [])]
      .filter((symbol) => !expected.details || expected.details.includes(symbol.detail))
      .map((symbol) => symbol.id),
  );
  const hint = didYouMean(id, candidates);
  return `unknown ${expected.noun} ${JSON.stringify(id)}.${hint || ' Define it in the seeds first.'}`;
}

function articled(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function selfReference(file: ParsedFile<unknown>, path: PathSegment[], id: string): AnnotationProblem {
  return { location: file.locate(path), message: `${path.join('.')}: ${JSON.stringify(id)} refers to itself`, value: id };
}
