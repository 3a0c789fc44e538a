import type { Stance } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import type { Citation } from './citationOf.js';
import { draftSentence } from './draftSentence.js';
import { indexInput, type InputIndex } from './indexInput.js';
import { sliceCodePoints } from './sliceCodePoints.js';
import { campsOf } from './campsOf.js';
import type { UnquotedVoices, ZeroDraft } from './zeroDraftModel.js';

/** One claim of a zero draft that the graph does not bear out. */
export interface ZeroDraftProblem {
  readonly code: ZeroDraftProblemCode;
  /** Where in the draft, as a property path: `principles[0].supporters[1].citations[0]`. */
  readonly path: string;
  readonly message: string;
}

export type ZeroDraftProblemCode =
  | 'UNKNOWN_TARGET'
  | 'TEXT_NOT_FROM_TEMPLATE'
  | 'TOO_FEW_SUPPORTERS'
  | 'NOT_COMMON_GROUND'
  | 'RESERVATION_NOT_NOTED'
  | 'WRONG_TIER'
  | 'NOT_A_PARTICIPATING_STATE'
  | 'NOT_A_SUPPORTER'
  | 'NOT_ON_THAT_SIDE'
  | 'NOT_DIVERGENT'
  | 'NO_CITATION'
  | 'UNKNOWN_POSITION'
  | 'CITATION_MISMATCH'
  | 'QUOTE_NOT_VERBATIM'
  | 'WRONG_CITATION_COUNT'
  | 'WRONG_VOICE_COUNT'
  | 'VOICE_LEFT_OUT';

/** A zero draft failed `verifyZeroDraft`: a bug in the analysis, never the caller's fault. */
export class ZeroDraftVerificationError extends Error {
  readonly problems: readonly ZeroDraftProblem[];

  constructor(problems: readonly ZeroDraftProblem[]) {
    super(`zero draft claims what the graph does not hold:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ZeroDraftVerificationError';
    this.problems = problems;
  }
}

/**
 * Checks every claim of `draft` against `input` and returns every problem found (empty: the draft
 * holds). A candidate principle must be worded by `draftSentence`, list at least `minSupporters`
 * supporters (the rendered draft says so), be opposed or contested by no participating State, name every State that accepts it conditionally in a
 * drafting note (and only those), carry the tier that follows, and each State listed under it must hold a SUPPORTS position
 * on it; each side of a divergence must hold positions with that side's stance; each open question
 * must be a QUERIES position. Every citation must name a position of that actor, target and stance,
 * with its document, agenda item and offsets, and its quote must equal the document's text between
 * those code-point offsets. Voices the draft only counts (`other*`, `unquotedQuestions`) must hold
 * the same stance, and every State of a list must be in it, quoted or counted (`VOICE_LEFT_OUT`), so
 * that "and 147 other States" is a count the graph bears out.
 */
export function verifyZeroDraft(draft: ZeroDraft, input: AnalysisInput): ZeroDraftProblem[] {
  const index = indexInput(input);
  const problems: ZeroDraftProblem[] = [];
  const report = (code: ZeroDraftProblemCode, path: string, message: string) => problems.push({ code, path, message });

  draft.principles.forEach((principle, i) => {
    const path = `principles[${i}]`;
    const target = index.targetById.get(principle.targetId);
    if (target === undefined) return report('UNKNOWN_TARGET', path, `no target ${JSON.stringify(principle.targetId)}`);
    const expected = draftSentence(target, index.targetById);
    if (principle.text !== expected) report('TEXT_NOT_FROM_TEMPLATE', `${path}.text`, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(principle.text)}`);
    const otherSupporters = principle.otherSupporters ?? NO_OTHERS;
    const otherReservations = principle.otherReservations ?? NO_OTHERS;
    const otherQueriedBy = principle.otherQueriedBy ?? NO_OTHERS;
    const supporterCount = principle.supporters.length + otherSupporters.actorIds.length;
    if (supporterCount < Math.max(1, draft.minSupporters)) {
      report('TOO_FEW_SUPPORTERS', path, `${JSON.stringify(target.id)} lists ${supporterCount} supporter(s); the draft promises at least ${Math.max(1, draft.minSupporters)}`);
    }
    const noted = new Set([...principle.reservations.map((voice) => voice.actorId), ...otherReservations.actorIds]);
    const listedSupporters = new Set([...principle.supporters.map((voice) => voice.actorId), ...otherSupporters.actorIds]);
    for (const stance of index.stancesByTarget.get(target.id) ?? []) {
      if (!index.isParticipatingState(stance.actorId)) continue;
      if (stance.net === 'OPPOSES' || (stance.net === 'QUALIFIES' && stance.netReservation !== 'CONDITIONAL_ACCEPTANCE')) {
        const what = stance.net === 'OPPOSES' ? 'OPPOSES' : 'contests';
        report('NOT_COMMON_GROUND', path, `${JSON.stringify(stance.actorId)} ${what} ${JSON.stringify(target.id)}`);
      } else if (stance.net === 'QUALIFIES' && !noted.has(stance.actorId)) {
        // A candidate that leaves out a reservation would read as more agreed than it is.
        report('RESERVATION_NOT_NOTED', path, `${JSON.stringify(stance.actorId)} accepts ${JSON.stringify(target.id)} only conditionally, and no drafting note says so`);
      } else if (stance.net === 'SUPPORTS' && !listedSupporters.has(stance.actorId)) {
        report('VOICE_LEFT_OUT', `${path}.supporters`, `${JSON.stringify(stance.actorId)} supports ${JSON.stringify(target.id)} and is neither quoted nor counted`);
      }
    }
    const reservationCount = principle.reservations.length + otherReservations.actorIds.length;
    const tier = reservationCount > 0 ? 'AGREED_WITH_RESERVATIONS' : 'AGREED';
    if (principle.tier !== tier) report('WRONG_TIER', `${path}.tier`, `expected ${tier} with ${reservationCount} reservation(s), got ${principle.tier}`);
    checkOthers(otherSupporters, `${path}.otherSupporters`, report, (actorId) => {
      if (!index.isParticipatingState(actorId)) return ['NOT_A_PARTICIPATING_STATE', 'is not a participating State in scope'];
      return holds(index, actorId, target.id, 'SUPPORTS') ? null : ['NOT_A_SUPPORTER', `holds no SUPPORTS position on ${JSON.stringify(target.id)}`];
    });
    checkOthers(otherReservations, `${path}.otherReservations`, report, (actorId) =>
      index.isParticipatingState(actorId) && index.stanceOf(target.id, actorId)?.netReservation === 'CONDITIONAL_ACCEPTANCE'
        ? null
        : ['NOT_ON_THAT_SIDE', `does not accept ${JSON.stringify(target.id)} conditionally`],
    );
    checkOthers(otherQueriedBy, `${path}.otherQueriedBy`, report, (actorId) =>
      holds(index, actorId, target.id, 'QUERIES') ? null : ['NOT_ON_THAT_SIDE', `holds no QUERIES position on ${JSON.stringify(target.id)}`],
    );
    principle.supporters.forEach((voice, j) => {
      const voicePath = `${path}.supporters[${j}]`;
      if (!index.isParticipatingState(voice.actorId)) report('NOT_A_PARTICIPATING_STATE', voicePath, `${JSON.stringify(voice.actorId)} is not a participating State in scope`);
      if (!holds(index, voice.actorId, target.id, 'SUPPORTS')) report('NOT_A_SUPPORTER', voicePath, `${JSON.stringify(voice.actorId)} holds no SUPPORTS position on ${JSON.stringify(target.id)}`);
      checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: target.id, stance: 'SUPPORTS', more: voice.moreCitations }, voicePath, report);
    });
    principle.reservations.forEach((voice, j) => {
      const voicePath = `${path}.reservations[${j}]`;
      const stance = index.stanceOf(target.id, voice.actorId);
      if (!index.isParticipatingState(voice.actorId)) report('NOT_A_PARTICIPATING_STATE', voicePath, `${JSON.stringify(voice.actorId)} is not a participating State in scope`);
      if (stance?.netReservation !== 'CONDITIONAL_ACCEPTANCE') report('NOT_ON_THAT_SIDE', voicePath, `${JSON.stringify(voice.actorId)} does not accept ${JSON.stringify(target.id)} conditionally`);
      checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: target.id, stance: 'QUALIFIES', more: voice.moreCitations }, voicePath, report);
    });
    principle.queriedBy.forEach((voice, j) => {
      const voicePath = `${path}.queriedBy[${j}]`;
      if (!holds(index, voice.actorId, target.id, 'QUERIES')) report('NOT_ON_THAT_SIDE', voicePath, `${JSON.stringify(voice.actorId)} holds no QUERIES position on ${JSON.stringify(target.id)}`);
      checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: target.id, stance: 'QUERIES', more: voice.moreCitations }, voicePath, report);
    });
  });

  draft.divergences.forEach((divergence, i) => {
    const path = `divergences[${i}]`;
    if (!index.targetById.has(divergence.targetId)) return report('UNKNOWN_TARGET', path, `no target ${JSON.stringify(divergence.targetId)}`);
    const sides = divergence.sides.map((side) => (side.reservation === null ? side.stance : `${side.stance}/${side.reservation}`));
    if (!sides.includes('SUPPORTS') || !(sides.includes('OPPOSES') || sides.includes('QUALIFIES/CONTESTATION'))) {
      report('NOT_DIVERGENT', path, `a divergence needs a SUPPORTS side and an OPPOSES or contesting QUALIFIES side; got ${sides.join(', ') || 'none'}`);
    }
    const onSide = (actorId: string, stance: Stance, reservation: string | null): string | null => {
      if (!holds(index, actorId, divergence.targetId, stance)) return `holds no ${stance} position on ${JSON.stringify(divergence.targetId)}`;
      const netReservation = index.stanceOf(divergence.targetId, actorId)?.netReservation ?? null;
      return reservation !== null && netReservation !== reservation ? `'s reservation on ${JSON.stringify(divergence.targetId)} is ${netReservation ?? 'none'}, not ${reservation}` : null;
    };
    const listed = new Map<string, Set<string>>();
    divergence.sides.forEach((side, j) => {
      const sideKey = side.reservation === null ? side.stance : `${side.stance}/${side.reservation}`;
      const members = listed.get(sideKey) ?? listed.set(sideKey, new Set()).get(sideKey)!;
      side.voices.forEach((voice, k) => {
        const voicePath = `${path}.sides[${j}].voices[${k}]`;
        members.add(voice.actorId);
        if (!holds(index, voice.actorId, divergence.targetId, side.stance)) report('NOT_ON_THAT_SIDE', voicePath, `${JSON.stringify(voice.actorId)} holds no ${side.stance} position on ${JSON.stringify(divergence.targetId)}`);
        const netReservation = index.stanceOf(divergence.targetId, voice.actorId)?.netReservation ?? null;
        if (side.reservation !== null && netReservation !== side.reservation) report('NOT_ON_THAT_SIDE', voicePath, `${JSON.stringify(voice.actorId)}'s reservation on ${JSON.stringify(divergence.targetId)} is ${netReservation ?? 'none'}, not ${side.reservation}`);
        checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: divergence.targetId, stance: side.stance, more: voice.moreCitations }, voicePath, report);
      });
      const others = side.otherVoices ?? NO_OTHERS;
      for (const actorId of others.actorIds) members.add(actorId);
      checkOthers(others, `${path}.sides[${j}].otherVoices`, report, (actorId) => {
        const problem = onSide(actorId, side.stance, side.reservation);
        return problem === null ? null : ['NOT_ON_THAT_SIDE', problem];
      });
    });
    // Every State of each camp is on its side, quoted or counted.
    const camps = campsOf((index.stancesByTarget.get(divergence.targetId) ?? []).filter((s) => index.isParticipatingState(s.actorId)));
    for (const [sideKey, members] of [['SUPPORTS', camps.supporting], ['OPPOSES', camps.opposing], ['QUALIFIES/CONTESTATION', camps.contesting], ['QUALIFIES/CONDITIONAL_ACCEPTANCE', camps.reserving]] as const) {
      for (const actorId of members) {
        if (!listed.get(sideKey)?.has(actorId)) report('VOICE_LEFT_OUT', `${path}.sides`, `${JSON.stringify(actorId)} is on the ${sideKey} side of ${JSON.stringify(divergence.targetId)} and is neither quoted nor counted`);
      }
    }
  });

  const asked = new Set<string>();
  draft.openQuestions.forEach((question, i) => {
    asked.add(`${question.targetId}\u0000${question.actorId}`);
    checkCitation(index, question.citation, { actorId: question.actorId, targetId: question.targetId, stance: 'QUERIES' }, `openQuestions[${i}].citation`, report);
  });
  (draft.unquotedQuestions ?? []).forEach((entry, i) => {
    for (const actorId of entry.askers.actorIds) asked.add(`${entry.targetId}\u0000${actorId}`);
    checkOthers(entry.askers, `unquotedQuestions[${i}].askers`, report, (actorId) =>
      holds(index, actorId, entry.targetId, 'QUERIES') ? null : ['NOT_ON_THAT_SIDE', `holds no QUERIES position on ${JSON.stringify(entry.targetId)}`],
    );
  });
  for (const [targetId, stances] of index.stancesByTarget) {
    for (const stance of stances) {
      if (stance.stances.includes('QUERIES') && !asked.has(`${targetId}\u0000${stance.actorId}`)) {
        report('VOICE_LEFT_OUT', 'openQuestions', `${JSON.stringify(stance.actorId)} asked about ${JSON.stringify(targetId)} and is neither quoted nor counted`);
      }
    }
  }

  return problems;
}

// Private:

const NO_OTHERS: UnquotedVoices = { count: 0, actorIds: [] };

type Report = (code: ZeroDraftProblemCode, path: string, message: string) => void;

interface Expected {
  readonly actorId: string;
  readonly targetId: string;
  readonly stance: Stance;
}

function holds(index: InputIndex, actorId: string, targetId: string, stance: Stance): boolean {
  return index.stanceOf(targetId, actorId)?.stances.includes(stance) ?? false;
}

/** Counted voices: the count must match the ids, and each id must pass `check` (null: it holds). */
function checkOthers(
  others: UnquotedVoices,
  path: string,
  report: Report,
  check: (actorId: string) => [ZeroDraftProblemCode, string] | null,
): void {
  if (others.count !== others.actorIds.length) report('WRONG_VOICE_COUNT', `${path}.count`, `counts ${others.count} but names ${others.actorIds.length}`);
  others.actorIds.forEach((actorId, i) => {
    const problem = check(actorId);
    if (problem !== null) report(problem[0], `${path}.actorIds[${i}]`, `${JSON.stringify(actorId)} ${problem[1]}`);
  });
}

function checkCitations(index: InputIndex, citations: readonly Citation[], expected: Expected & { more: number }, path: string, report: Report): void {
  if (citations.length === 0) report('NO_CITATION', path, `${JSON.stringify(expected.actorId)} is listed without a quote`);
  citations.forEach((citation, i) => checkCitation(index, citation, expected, `${path}.citations[${i}]`, report));
  const held = index.stanceOf(expected.targetId, expected.actorId)?.positions.filter((p) => p.stance === expected.stance).length ?? 0;
  // An actor holding none is reported as not on that side; the count is checked where it holds some.
  if (held > 0 && citations.length + expected.more !== held) {
    report('WRONG_CITATION_COUNT', path, `${JSON.stringify(expected.actorId)} holds ${held} ${expected.stance} position(s) on ${JSON.stringify(expected.targetId)}; the draft quotes ${citations.length} and counts ${expected.more} more`);
  }
}

function checkCitation(index: InputIndex, citation: Citation, expected: Expected, path: string, report: Report): void {
  const position = index.positionById.get(citation.positionId);
  if (position === undefined) return report('UNKNOWN_POSITION', path, `no position ${JSON.stringify(citation.positionId)} in scope`);
  const document = index.documentById.get(position.evidence.documentId);
  const agendaItem = index.agendaItemById.get(position.agendaItemId);
  const mismatches = [
    ['actorId', expected.actorId, position.actorId],
    ['targetId', expected.targetId, position.targetId],
    ['stance', expected.stance, position.stance],
    ['citation.actorId', citation.actorId, position.actorId],
    ['citation.targetId', citation.targetId, position.targetId],
    ['citation.stance', citation.stance, position.stance],
    ['citation.reservation', citation.reservation, position.reservation ?? null],
    ['statementId', citation.statementId, position.statementId],
    ['documentId', citation.documentId, position.evidence.documentId],
    ['documentTitle', citation.documentTitle, document?.title],
    ['meetingId', citation.meetingId, position.meetingId],
    ['agendaItemId', citation.agendaItemId, position.agendaItemId],
    ['agendaItemLabel', citation.agendaItemLabel, agendaItem?.label],
    ['start', citation.start, position.evidence.start],
    ['end', citation.end, position.evidence.end],
  ].filter(([, claimed, actual]) => claimed !== actual);
  for (const [field, claimed, actual] of mismatches) {
    report('CITATION_MISMATCH', path, `${String(field)}: the draft says ${JSON.stringify(claimed)}, position ${JSON.stringify(position.id)} has ${JSON.stringify(actual)}`);
  }
  const verbatim = document === undefined ? undefined : sliceCodePoints(document.text, citation.start, citation.end);
  if (citation.quote !== verbatim) {
    report('QUOTE_NOT_VERBATIM', path, `quote ${JSON.stringify(citation.quote)} is not the text of ${JSON.stringify(citation.documentId)} between ${citation.start} and ${citation.end} (${JSON.stringify(verbatim)})`);
  }
}
