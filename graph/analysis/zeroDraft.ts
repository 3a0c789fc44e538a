import { RELIABILITY_TIERS, type Position } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { commonGround, DEFAULT_MIN_SUPPORTERS } from './commonGround.js';
import { divergences } from './divergences.js';
import { draftQuestions } from './draftQuestions.js';
import { draftSentence } from './draftSentence.js';
import { quotedVoices, type QuotedList } from './draftVoices.js';
import { indexInput } from './indexInput.js';
import { mustGet } from './mustGet.js';
import { validateCount } from './validateCount.js';
import { DEFAULT_QUOTING, type DraftQuoting, type ZeroDraft, type ZeroDraftOptions } from './zeroDraftModel.js';
import { verifyZeroDraft, ZeroDraftVerificationError } from './verifyZeroDraft.js';

export const DEFAULT_ZERO_DRAFT_TITLE = 'Zero draft: elements of common ground on international law in cyberspace';

/**
 * Builds the zero draft of `input` and checks it with `verifyZeroDraft` before returning it: a draft
 * that claims a supporter or a quote the graph does not hold is a bug, and throws
 * `ZeroDraftVerificationError` rather than reach a reader. How much it quotes follows
 * `options.quoting` (DraftQuoting); whatever it does not quote it counts.
 */
export function zeroDraft(input: AnalysisInput, options: ZeroDraftOptions = {}): ZeroDraft {
  const minSupporters = validateCount('minSupporters', options.minSupporters ?? DEFAULT_MIN_SUPPORTERS, 1);
  const quoting = quotingOf(options.quoting);
  const index = indexInput(input);
  const voices = (targetId: string, actorIds: readonly string[], stance: Parameters<typeof quotedVoices>[3], count: number): QuotedList =>
    quotedVoices(index, targetId, actorIds, stance, { voices: count, citations: quoting.citationsPerVoice });

  // A position's tier is its source's: the document its statement is in (for an imported cell, the
  // dataset, even when its quote is located in a report), as AnalysisScope.sourceTiers selects it.
  const sourceOf = (p: Position) => mustGet(index.documentById, mustGet(index.statementById, p.statementId, 'statement').documentId, 'document');
  const tiersUsed = new Set(input.positions.map((p) => sourceOf(p).reliability));
  const questions = draftQuestions(input, index, quoting);
  const draft: ZeroDraft = {
    schemaVersion: 1,
    quoting,
    title: options.title ?? DEFAULT_ZERO_DRAFT_TITLE,
    scope: input.scope,
    meetings: input.meetings.map(({ id, name, place, startsOn, endsOn }) => ({ id, name, place, startsOn, endsOn })),
    tiers: RELIABILITY_TIERS.filter((tier) => tiersUsed.has(tier)),
    minSupporters,
    basis: {
      positions: input.positions.length,
      curated: input.positions.filter((p) => p.provenance.method === 'CURATED').length,
      extracted: input.positions.filter((p) => p.provenance.method === 'EXTRACTED').length,
      imported: input.positions.filter((p) => p.provenance.method === 'IMPORTED').length,
      includesExtracted: input.scope.includeExtracted === true,
    },
    principles: commonGround(input, { minSupporters }).map((ground, i) => {
      const target = mustGet(index.targetById, ground.targetId, 'target');
      const supporters = voices(target.id, ground.supporters, 'SUPPORTS', quoting.supportersPerCandidate);
      const reservations = voices(target.id, ground.reservedBy, 'QUALIFIES', quoting.reservationsPerCandidate);
      const queriedBy = voices(target.id, ground.queriedBy, 'QUERIES', quoting.askersPerCandidate);
      return {
        number: i + 1,
        targetId: target.id,
        targetName: target.name,
        targetKind: target.kind,
        tier: ground.tier,
        text: draftSentence(target, index.targetById),
        supporters: supporters.voices,
        otherSupporters: supporters.others,
        reservations: reservations.voices,
        otherReservations: reservations.others,
        queriedBy: queriedBy.voices,
        otherQueriedBy: queriedBy.others,
      };
    }),
    divergences: divergences(input).map((divergence, i) => ({
      targetId: divergence.targetId,
      targetName: divergence.targetName,
      targetKind: divergence.targetKind,
      sides: (
        [
          ['SUPPORTS', null, divergence.supporting],
          ['OPPOSES', null, divergence.opposing],
          ['QUALIFIES', 'CONTESTATION', divergence.contesting],
          ['QUALIFIES', 'CONDITIONAL_ACCEPTANCE', divergence.reserving],
        ] as const
      )
        .filter(([, , members]) => members.length > 0)
        .map(([stance, reservation, members]) => {
          const side = voices(divergence.targetId, members, stance, i < quoting.divergencesQuoted ? quoting.voicesPerSide : 0);
          return { stance, reservation, voices: side.voices, otherVoices: side.others };
        }),
    })),
    openQuestions: questions.quoted,
    unquotedQuestions: questions.unquoted,
  };

  const problems = verifyZeroDraft(draft, input);
  if (problems.length > 0) throw new ZeroDraftVerificationError(problems);
  return draft;
}

// Private:

/** `quoting` over the defaults, each limit checked (0 is allowed: count everything, quote nothing). */
function quotingOf(quoting: Partial<DraftQuoting> = {}): DraftQuoting {
  const merged = { ...DEFAULT_QUOTING, ...quoting };
  for (const [name, value] of Object.entries(merged)) validateCount(`quoting.${name}`, value, name === 'citationsPerVoice' ? 1 : 0);
  return Object.freeze(merged);
}
