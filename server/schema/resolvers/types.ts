import type {
  Actor,
  AgendaItem,
  AgendaItemPositionCount,
  Attendance,
  Document,
  DocumentHead,
  Instrument,
  LegalPrinciple,
  LegalQuestion,
  Meeting,
  Participation,
  Position,
  PositionFilter,
  Proposal,
  Statement,
  StatementFilter,
  Target,
} from '../../../graph/index.js';
import { InvalidArgumentError, UnreachableCaseError } from '../../../graph/index.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../loaders.js';
import { listPositionsPriming } from './listPositionsPriming.js';
import { connectionFields, pageRequest, toConnection } from './connection.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const positionsOf = (filter: PositionFilter) => async (_parent: unknown, args: PageArgs, context: Context, info: GraphQLResolveInfo) => {
  const page = await listPositionsPriming(context, filter, pageRequest(args), info);
  return toConnection(page, () => context.store.countPositions(filter));
};
const statementsOf = (filter: StatementFilter) => async (_parent: unknown, args: PageArgs, context: Context) => {
  const page = await context.store.listStatements(filter, pageRequest(args));
  return toConnection(page, () => context.store.countStatements(filter));
};

const targetFields = {
  positions: (target: Target, args: PageArgs, context: Context, info: GraphQLResolveInfo) =>
    positionsOf({ targetIds: [target.id] })(target, args, context, info),
};

export const typeResolvers = {
  PositionConnection: connectionFields,
  StatementConnection: connectionFields,
  Actor: {
    positions: (actor: Actor, args: PageArgs, context: Context, info: GraphQLResolveInfo) =>
      positionsOf({ actorIds: [actor.id] })(actor, args, context, info),
    statements: (actor: Actor, args: PageArgs, context: Context) => statementsOf({ actorIds: [actor.id] })(actor, args, context),
  },
  Meeting: {
    organization: (meeting: Meeting, _: unknown, context: Context) =>
      context.loaders.actors.require(meeting.organizationId, `meeting ${meeting.id} organization`),
    agendaItems: (meeting: Meeting, _: unknown, context: Context) => context.loaders.agendaItemsByMeeting.load(meeting.id),
    participants: (meeting: Meeting, _: unknown, context: Context) => context.loaders.participantsByMeeting.load(meeting.id),
    attendees: (meeting: Meeting, _: unknown, context: Context) => context.loaders.attendeesByMeeting.load(meeting.id),
    proposals: async (meeting: Meeting, _: unknown, context: Context) =>
      (await context.loaders.proposals()).filter((proposal) => proposal.meetingId === meeting.id),
    documents: async (meeting: Meeting, _: unknown, context: Context) =>
      (await context.loaders.allDocuments()).filter((document) => document.meetingId === meeting.id),
  },
  Participant: {
    actor: (participation: Participation, _: unknown, context: Context) =>
      context.loaders.actors.require(participation.actorId, `participant ${participation.actorId}`),
  },
  Attendee: {
    person: (attendance: Attendance, _: unknown, context: Context) =>
      context.loaders.persons.require(attendance.personId, `attendee ${attendance.personId}`),
    represents: (attendance: Attendance, _: unknown, context: Context) =>
      context.loaders.actors.require(attendance.representsId, `attendee ${attendance.personId} represents`),
  },
  AgendaItemPositionCount: {
    agendaItem: (count: AgendaItemPositionCount, _: unknown, context: Context) =>
      context.loaders.agendaItems.require(count.agendaItemId, `agenda item ${count.agendaItemId} of a position count`),
  },
  AgendaItem: {
    meeting: (item: AgendaItem, _: unknown, context: Context) =>
      context.loaders.meetings.require(item.meetingId, `agenda item ${item.id} meeting`),
    statements: (item: AgendaItem, args: PageArgs, context: Context) =>
      statementsOf({ agendaItemIds: [item.id] })(item, args, context),
  },
  Target: {
    __resolveType(target: Target) {
      switch (target.kind) {
        case 'PRINCIPLE':
          return 'LegalPrinciple';
        case 'INSTRUMENT':
          return 'Instrument';
        case 'PROPOSAL':
          return 'Proposal';
        case 'QUESTION':
          return 'LegalQuestion';
        default:
          throw new UnreachableCaseError(target);
      }
    },
  },
  LegalPrinciple: {
    ...targetFields,
    elementOf: (principle: LegalPrinciple, _: unknown, context: Context) =>
      principle.elementOfId ? context.loaders.targets.load(principle.elementOfId) : null,
    elements: (principle: LegalPrinciple, _: unknown, context: Context) => context.loaders.elementsByPrinciple.load(principle.id),
    enshrinedIn: async (principle: LegalPrinciple, _: unknown, context: Context) =>
      (await context.loaders.targets.loadMany(principle.enshrinedInIds)).filter((t) => t !== null && !(t instanceof Error)),
  },
  Instrument: {
    ...targetFields,
    partOf: (instrument: Instrument, _: unknown, context: Context) =>
      instrument.partOfId ? context.loaders.targets.load(instrument.partOfId) : null,
    provisions: (instrument: Instrument, _: unknown, context: Context) => context.loaders.provisionsByInstrument.load(instrument.id),
    enshrines: (instrument: Instrument, _: unknown, context: Context) => context.loaders.principlesByInstrument.load(instrument.id),
  },
  Proposal: {
    ...targetFields,
    meeting: (proposal: Proposal, _: unknown, context: Context) =>
      context.loaders.meetings.require(proposal.meetingId, `proposal ${proposal.id} meeting`),
    proposedBy: async (proposal: Proposal, _: unknown, context: Context) => {
      if (!proposal.proposedById) return null;
      const person = await context.loaders.persons.load(proposal.proposedById);
      return person ? { ...person, __typename: 'Person' } : { ...(await context.loaders.actors.load(proposal.proposedById)), __typename: 'Actor' };
    },
  },
  LegalQuestion: {
    ...targetFields,
    about: async (question: LegalQuestion, _: unknown, context: Context) =>
      (await context.loaders.targets.loadMany(question.aboutIds)).filter((t) => t !== null && !(t instanceof Error)),
  },
  Proposer: {
    __resolveType: (value: { __typename: string }) => value.__typename,
  },
  Document: {
    issuedBy: (document: Document, _: unknown, context: Context) =>
      context.loaders.actors.require(document.issuedBy, `document ${document.id} issuer`),
    meeting: (document: Document, _: unknown, context: Context) =>
      context.loaders.meetings.require(document.meetingId, `document ${document.id} meeting`),
    length: async (document: Document | DocumentHead, _: unknown, context: Context) => codePoints(await textOf(document, context)).length,
    text: async (document: Document | DocumentHead, args: { start?: number | null; end?: number | null }, context: Context) => {
      const text = await textOf(document, context);
      if (args.start == null && args.end == null) return text;
      const points = codePoints(text);
      const start = args.start ?? 0;
      const end = args.end ?? points.length;
      // Offsets count from the start only: a negative one would silently count from the end.
      if (start < 0 || end < start || end > points.length) {
        throw new InvalidArgumentError(
          start < 0 ? 'start' : 'end',
          `text(start: ${start}, end: ${end}): expected 0 <= start <= end <= ${points.length} (the document's length in code points)`,
        );
      }
      return points.slice(start, end).join('');
    },
    statements: (document: Document, args: PageArgs, context: Context) =>
      statementsOf({ documentIds: [document.id] })(document, args, context),
  },
  Statement: {
    document: (statement: Statement, _: unknown, context: Context) =>
      context.loaders.documents.require(statement.documentId, `statement ${statement.id} document`),
    meeting: (statement: Statement, _: unknown, context: Context) =>
      context.loaders.meetings.require(statement.meetingId, `statement ${statement.id} meeting`),
    agendaItem: (statement: Statement, _: unknown, context: Context) =>
      context.loaders.agendaItems.require(statement.agendaItemId, `statement ${statement.id} agenda item`),
    actor: (statement: Statement, _: unknown, context: Context) =>
      context.loaders.actors.require(statement.actorId, `statement ${statement.id} actor`),
    speaker: (statement: Statement, _: unknown, context: Context) =>
      statement.speakerId ? context.loaders.persons.load(statement.speakerId) : null,
    positions: (statement: Statement, _: unknown, context: Context) => context.loaders.positionsByStatement.load(statement.id),
  },
  Position: {
    statement: (position: Position, _: unknown, context: Context) =>
      context.loaders.statements.require(position.statementId, `position ${position.id} statement`),
    actor: (position: Position, _: unknown, context: Context) =>
      context.loaders.actors.require(position.actorId, `position ${position.id} actor`),
    target: (position: Position, _: unknown, context: Context) =>
      context.loaders.targets.require(position.targetId, `position ${position.id} target`),
    evidence: (position: Position) => position.evidence,
    provenance: (position: Position) => {
      const p = position.provenance;
      return {
        method: p.method,
        coder: p.method === 'EXTRACTED' ? null : p.coder,
        codedOn: p.method === 'CURATED' ? p.codedOn : null,
        reviewer: p.method === 'CURATED' ? (p.reviewer ?? null) : null,
        reviewedOn: p.method === 'CURATED' ? (p.reviewedOn ?? null) : null,
        suggestedBy: p.method === 'CURATED' ? (p.suggestedBy ?? null) : null,
        extractor: p.method === 'EXTRACTED' ? p.extractor : null,
        confidence: p.method === 'EXTRACTED' ? p.confidence : null,
        cue: p.method === 'EXTRACTED' ? (p.cue ?? []) : null,
        extractedOn: p.method === 'EXTRACTED' ? (p.extractedOn ?? null) : null,
        dataset: p.method === 'IMPORTED' ? p.dataset : null,
        row: p.method === 'IMPORTED' ? p.row : null,
        column: p.method === 'IMPORTED' ? p.column : null,
      };
    },
  },
  Evidence: {
    // A head: a page of positions primes its documents without their texts (listPositionsPriming.ts).
    document: (evidence: Position['evidence'], _: unknown, context: Context) =>
      context.loaders.documentHeads.require(evidence.documentId, `evidence document ${evidence.documentId}`),
  },
};

/** A document's text: its own, or for a head (a page's evidence document) read once per request. */
async function textOf(document: Document | DocumentHead, context: Context): Promise<string> {
  if ('text' in document) return document.text;
  return (await context.loaders.documents.require(document.id, `document ${document.id} text`)).text;
}

function codePoints(text: string): string[] {
  return Array.from(text);
}
