import type { Stance } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import type { Citation } from './citationOf.js';
import { draftSentence } from './draftSentence.js';
import { indexInput, type InputIndex } from './indexInput.js';
import { sliceCodePoints } from './sliceCodePoints.js';
import type { ZeroDraft } from './zeroDraftModel.js';

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
  | 'NOT_A_PARTICIPATING_STATE'
  | 'NOT_A_SUPPORTER'
  | 'NOT_ON_THAT_SIDE'
  | 'NOT_DIVERGENT'
  | 'NO_CITATION'
  | 'UNKNOWN_POSITION'
  | 'CITATION_MISMATCH'
  | 'QUOTE_NOT_VERBATIM'
  | 'WRONG_CITATION_COUNT';

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
 * supporters (the rendered draft says so), be opposed or qualified by no participating State, and each State listed under it must hold a SUPPORTS position
 * on it; each side of a divergence must hold positions with that side's stance; each open question
 * must be a QUERIES position. Every citation must name a position of that actor, target and stance,
 * with its document, agenda item and offsets, and its quote must equal the document's text between
 * those code-point offsets.
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
    if (principle.supporters.length < Math.max(1, draft.minSupporters)) {
      report('TOO_FEW_SUPPORTERS', path, `${JSON.stringify(target.id)} lists ${principle.supporters.length} supporter(s); the draft promises at least ${Math.max(1, draft.minSupporters)}`);
    }
    for (const stance of index.stancesByTarget.get(target.id) ?? []) {
      if (index.isParticipatingState(stance.actorId) && (stance.net === 'OPPOSES' || stance.net === 'QUALIFIES')) {
        report('NOT_COMMON_GROUND', path, `${JSON.stringify(stance.actorId)} ${stance.net} ${JSON.stringify(target.id)}`);
      }
    }
    principle.supporters.forEach((voice, j) => {
      const voicePath = `${path}.supporters[${j}]`;
      if (!index.isParticipatingState(voice.actorId)) report('NOT_A_PARTICIPATING_STATE', voicePath, `${JSON.stringify(voice.actorId)} is not a participating State in scope`);
      if (!holds(index, voice.actorId, target.id, 'SUPPORTS')) report('NOT_A_SUPPORTER', voicePath, `${JSON.stringify(voice.actorId)} holds no SUPPORTS position on ${JSON.stringify(target.id)}`);
      checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: target.id, stance: 'SUPPORTS', more: voice.moreCitations }, voicePath, report);
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
    const stances = new Set(divergence.sides.map((side) => side.stance));
    if (!stances.has('SUPPORTS') || !(stances.has('OPPOSES') || stances.has('QUALIFIES'))) {
      report('NOT_DIVERGENT', path, `a divergence needs a SUPPORTS side and an OPPOSES or QUALIFIES side; got ${[...stances].join(', ') || 'none'}`);
    }
    divergence.sides.forEach((side, j) => {
      side.voices.forEach((voice, k) => {
        const voicePath = `${path}.sides[${j}].voices[${k}]`;
        if (!holds(index, voice.actorId, divergence.targetId, side.stance)) report('NOT_ON_THAT_SIDE', voicePath, `${JSON.stringify(voice.actorId)} holds no ${side.stance} position on ${JSON.stringify(divergence.targetId)}`);
        checkCitations(index, voice.citations, { actorId: voice.actorId, targetId: divergence.targetId, stance: side.stance, more: voice.moreCitations }, voicePath, report);
      });
    });
  });

  draft.openQuestions.forEach((question, i) => {
    checkCitation(index, question.citation, { actorId: question.actorId, targetId: question.targetId, stance: 'QUERIES' }, `openQuestions[${i}].citation`, report);
  });

  return problems;
}

// Private:

type Report = (code: ZeroDraftProblemCode, path: string, message: string) => void;

interface Expected {
  readonly actorId: string;
  readonly targetId: string;
  readonly stance: Stance;
}

function holds(index: InputIndex, actorId: string, targetId: string, stance: Stance): boolean {
  return index.stancesByTarget.get(targetId)?.find((s) => s.actorId === actorId)?.stances.includes(stance) ?? false;
}

function checkCitations(index: InputIndex, citations: readonly Citation[], expected: Expected & { more: number }, path: string, report: Report): void {
  if (citations.length === 0) report('NO_CITATION', path, `${JSON.stringify(expected.actorId)} is listed without a quote`);
  citations.forEach((citation, i) => checkCitation(index, citation, expected, `${path}.citations[${i}]`, report));
  const held = index.stancesByTarget.get(expected.targetId)?.find((s) => s.actorId === expected.actorId)?.positions.filter((p) => p.stance === expected.stance).length ?? 0;
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
