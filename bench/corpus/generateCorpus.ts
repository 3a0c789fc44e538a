import { createHash } from 'node:crypto';
import type { Actor, Document, GraphBundle, Participation, Position, Statement, Target } from '../../graph/index.js';
import { textSortKey } from '../../graph/index.js';
import { codePointIndex } from '../../graph/load/codePointIndex.js';
import { actorsOf } from './actorsOf.js';
import { meetingsOf } from './meetingsOf.js';
import { createDraw, zipf } from './random.js';
import { BLOC_COUNT, createStanceOf, fillerOf, quoteOf } from './stanceOf.js';
import { targetsOf } from './targetsOf.js';
import { TOPICS } from './topics.js';

export interface CorpusOptions {
  /** Positions to generate (at least one per meeting). */
  readonly positions: number;
  /** Default 300, as the UN-scale corpus. */
  readonly meetings?: number;
  /** Default 1,000. */
  readonly targets?: number;
  /** Same seed and sizes, same corpus, byte for byte. Default 1. */
  readonly seed?: number;
}

/** Code points of context kept either side of a quote, as the seed loader keeps. */
const CONTEXT_LENGTH = 32;
/** Share of positions on the agenda item's topic; the rest land anywhere. */
const ON_TOPIC = 0.85;
/** Share of statements made by a regional group or organisation rather than a State. */
const GROUP_SHARE = 0.04;

/**
 * A deterministic synthetic UN-scale graph for benchmarks: 193 States (real ISO codes) and regional
 * groups, `meetings` meetings over 15 years with one summary record each, `targets` principles,
 * instruments and proposals in 20 topics, and `positions` positions with realistic skew: a few
 * States speak far more (Zipf), SUPPORTS dominates, debates cluster on their agenda item's topic.
 * Every position's quote is verbatim in its document at its code-point offsets, so the bundle is
 * what the seed loader would produce and goes into a store through `replaceGraph`.
 * Positions are marked EXTRACTED by the generator: they are not curated.
 */
export function generateCorpus(options: CorpusOptions): GraphBundle {
  const seed = options.seed ?? 1;
  const meetingCount = options.meetings ?? 300;
  const positionCount = options.positions;
  if (!Number.isInteger(positionCount) || positionCount < meetingCount) {
    throw new RangeError(`positions: expected an integer of at least ${meetingCount} (one per meeting), got ${positionCount}`);
  }
  const draw = createDraw(seed);
  const actors = actorsOf(draw);
  const states = draw.shuffle(actors.filter((a) => a.kind === 'STATE'));
  const stateIds = states.map((s) => s.id);
  const blocOf = new Map(states.map((s, i) => [s.id, i % BLOC_COUNT]));
  const stateWeights = zipf(states.length, 0.7);
  const groups = actors.filter((a) => a.id.startsWith('GROUP-'));
  const actorById = new Map(actors.map((a) => [a.id, a]));

  const { meetings, agendaItems, topicOf } = meetingsOf(draw, meetingCount);
  const targets = targetsOf(draw, options.targets ?? 1000, meetings, stateIds);
  const targetById = new Map<string, Target>([...targets.principles, ...targets.instruments, ...targets.proposals].map((t) => [t.id, t]));
  const allTargetIds = [...targetById.keys()];
  const topicWeights = targets.byTopic.map((ids) => zipf(ids.length, 1));
  const stanceOf = createStanceOf(draw, targets.consensual);
  // Counted as coded data, so that analyses (which leave unreviewed EXTRACTED positions out by
  // default) measure the same work as on a curated corpus; the coder says it is synthetic.
  const provenance = { method: 'CURATED', coder: 'bench/corpus synthetic generator', codedOn: '2026-01-01' } as const;

  const participations: Participation[] = [];
  const documents: Document[] = [];
  const statements: Statement[] = [];
  const positions: Position[] = [];
  meetings.forEach((meeting, m) => {
    const budget = Math.floor(positionCount / meetingCount) + (m < positionCount % meetingCount ? 1 : 0);
    // The most active States attend nearly everything; the rest attend about half the meetings.
    const present = stateIds.filter((_, rank) => draw.next() < (rank < 20 ? 0.97 : 0.5));
    const presentSet = new Set(present);
    participations.push(
      { meetingId: meeting.id, actorId: meeting.organizationId, status: 'SECRETARIAT' },
      ...[...present, ...groups.map((g) => g.id)]
        .filter((id) => id !== meeting.organizationId)
        .map((actorId): Participation => ({ meetingId: meeting.id, actorId, status: actorById.get(actorId)!.kind === 'STATE' ? 'MEMBER_STATE' : 'OBSERVER' })),
    );
    const items = agendaItems.filter((item) => item.meetingId === meeting.id);
    const documentId = `${meeting.id}-record`;
    const parts: string[] = [`Summary record of the ${meeting.name}, ${meeting.place}, ${meeting.startsOn}\n\n`];
    let length = parts[0]!.length;
    const pending: { statement: Omit<Statement, 'sortKey' | 'start' | 'end'> & { at: number; endAt: number }; quotes: { position: Omit<Position, 'evidence' | 'sortKey'>; at: number; quote: string }[] }[] = [];
    const perItem = items.map((_, i) => Math.floor(budget / items.length) + (i < budget % items.length ? 1 : 0));
    let statementNumber = 0;
    items.forEach((item, i) => {
      const heading = `${item.label}: ${item.title}\n\n`;
      parts.push(heading);
      length += heading.length;
      let left = perItem[i]!;
      while (left > 0) {
        const actor = speakerOf(draw, presentSet, stateIds, stateWeights, groups, actorById);
        const take = Math.min(left, 1 + (draw.next() < 0.5 ? 1 : 0) + (draw.next() < 0.15 ? 1 : 0));
        left -= take;
        statementNumber += 1;
        const statementId = `${documentId}-s${statementNumber}`;
        let text = `${actor.name} said: `;
        const quotes: (typeof pending)[number]['quotes'] = [];
        const chosen = new Set<string>();
        for (let k = 0; k < take; k += 1) {
          const targetId = pickTarget(draw, topicOf.get(item.id)!, targets.byTopic, topicWeights, allTargetIds, chosen);
          const target = targetById.get(targetId)!;
          const stance = stanceOf(targetId, actor.kind === 'STATE' ? blocOf.get(actor.id)! : null);
          const quote = quoteOf(draw, stance, target.name, TOPICS[topicOf.get(item.id)!]!);
          if (k > 0 && draw.next() < 0.4) text += `${fillerOf(draw)} `;
          quotes.push({
            at: length + text.length,
            quote,
            position: {
              id: `${statementId}-p${k + 1}`,
              statementId,
              targetId,
              targetKind: target.kind,
              stance,
              provenance,
              note: null,
              actorId: actor.id,
              meetingId: meeting.id,
              agendaItemId: item.id,
            },
          });
          text += `${quote}. `;
        }
        text = text.trimEnd();
        pending.push({
          statement: { id: statementId, documentId, meetingId: meeting.id, agendaItemId: item.id, actorId: actor.id, speakerId: null, speakerRole: 'DELEGATE', text, at: length, endAt: length + text.length },
          quotes,
        });
        parts.push(`${text}\n\n`);
        length += text.length + 2;
      }
    });
    const text = parts.join('');
    const toCodePoint = codePointIndex(text);
    documents.push({
      id: documentId,
      title: `Summary record: ${meeting.name}`,
      date: meeting.startsOn,
      issuedBy: meeting.organizationId,
      reliability: 'OFFICIAL_RECORD',
      meetingId: meeting.id,
      sourcePath: `synthetic/${documentId}.txt`,
      text,
      sha256: createHash('sha256').update(text).digest('hex'),
      sourceUrl: null,
      rights: null,
      citation: null,
    });
    for (const { statement, quotes } of pending) {
      const { at, endAt, ...rest } = statement;
      const start = toCodePoint(at);
      statements.push({ ...rest, start, end: toCodePoint(endAt), sortKey: textSortKey({ documentDate: meeting.startsOn, documentId, start, id: rest.id }) });
      for (const q of quotes) {
        const quoteStart = toCodePoint(q.at);
        positions.push({
          ...q.position,
          evidence: {
            documentId,
            start: quoteStart,
            end: toCodePoint(q.at + q.quote.length),
            quote: q.quote,
            prefix: [...text.slice(Math.max(0, q.at - 2 * CONTEXT_LENGTH), q.at)].slice(-CONTEXT_LENGTH).join(''),
            suffix: [...text.slice(q.at + q.quote.length, q.at + q.quote.length + 2 * CONTEXT_LENGTH)].slice(0, CONTEXT_LENGTH).join(''),
            located: true,
            citation: null,
            sourceUrl: null,
          },
          sortKey: textSortKey({ documentDate: meeting.startsOn, documentId, start: quoteStart, id: q.position.id }),
        });
      }
    }
  });

  const bySortKey = <T extends { sortKey: string }>(items: T[]) => items.sort((a, b) => compare(a.sortKey, b.sortKey));
  return {
    actors,
    persons: [],
    meetings,
    agendaItems,
    participations: participations.sort((a, b) => compare(a.meetingId, b.meetingId) || compare(a.actorId, b.actorId)),
    attendances: [],
    principles: targets.principles,
    instruments: targets.instruments,
    proposals: targets.proposals,
    questions: [],
    documents: documents.sort((a, b) => compare(a.id, b.id)),
    statements: bySortKey(statements),
    positions: bySortKey(positions),
    fingerprint: `synthetic-corpus:seed=${seed}:meetings=${meetingCount}:targets=${options.targets ?? 1000}:positions=${positionCount}:v1`,
  };
}

// Private:

function speakerOf(
  draw: ReturnType<typeof createDraw>,
  presentSet: ReadonlySet<string>,
  stateIds: readonly string[],
  stateWeights: readonly number[],
  groups: readonly Actor[],
  actorById: ReadonlyMap<string, Actor>,
): Actor {
  if (draw.next() < GROUP_SHARE || presentSet.size === 0) return draw.pick(groups);
  // Zipf over all States, redrawn until the State is present: the talkative few stay talkative.
  for (;;) {
    const id = stateIds[draw.weighted(stateWeights)]!;
    if (presentSet.has(id)) return actorById.get(id)!;
  }
}

function pickTarget(
  draw: ReturnType<typeof createDraw>,
  topic: number,
  byTopic: readonly string[][],
  topicWeights: readonly number[][],
  all: readonly string[],
  chosen: Set<string>,
): string {
  for (;;) {
    const id = draw.next() < ON_TOPIC ? byTopic[topic]![draw.weighted(topicWeights[topic]!)]! : draw.pick(all);
    if (!chosen.has(id)) {
      chosen.add(id);
      return id;
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
