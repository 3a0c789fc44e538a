import { RELIABILITY_TIERS, type Position, type Stance } from '../model/index.js';
import type { AnalysisInput } from './AnalysisInput.js';
import { citationOf } from './citationOf.js';
import { commonGround, DEFAULT_MIN_SUPPORTERS } from './commonGround.js';
import { compareIds } from './compareIds.js';
import { divergences } from './divergences.js';
import { draftSentence } from './draftSentence.js';
import { indexInput, type InputIndex } from './indexInput.js';
import { mustGet } from './mustGet.js';
import { validateCount } from './validateCount.js';
import { MAX_CITATIONS_PER_VOICE, type DraftQuestion, type DraftVoice, type ZeroDraft, type ZeroDraftOptions } from './zeroDraftModel.js';
import { verifyZeroDraft, ZeroDraftVerificationError } from './verifyZeroDraft.js';

export const DEFAULT_ZERO_DRAFT_TITLE = 'Zero draft: elements of common ground on international law in cyberspace';

/**
 * Builds the zero draft of `input` and checks it with `verifyZeroDraft` before returning it: a draft
 * that claims a supporter or a quote the graph does not hold is a bug, and throws
 * `ZeroDraftVerificationError` rather than reach a reader.
 */
export function zeroDraft(input: AnalysisInput, options: ZeroDraftOptions = {}): ZeroDraft {
  const minSupporters = validateCount('minSupporters', options.minSupporters ?? DEFAULT_MIN_SUPPORTERS, 1);
  const index = indexInput(input);

  // A position's tier is its source's: the document its statement is in (for an imported cell, the
  // dataset, even when its quote is located in a report), as AnalysisScope.sourceTiers selects it.
  const sourceOf = (p: Position) => mustGet(index.documentById, mustGet(index.statementById, p.statementId, 'statement').documentId, 'document');
  const tiersUsed = new Set(input.positions.map((p) => sourceOf(p).reliability));
  const draft: ZeroDraft = {
    schemaVersion: 1,
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
      return {
        number: i + 1,
        targetId: target.id,
        targetName: target.name,
        targetKind: target.kind,
        tier: ground.tier,
        text: draftSentence(target, index.targetById),
        supporters: ground.supporters.map((actorId) => voiceOf(index, target.id, actorId, 'SUPPORTS')),
        reservations: ground.reservedBy.map((actorId) => voiceOf(index, target.id, actorId, 'QUALIFIES')),
        queriedBy: ground.queriedBy.map((actorId) => voiceOf(index, target.id, actorId, 'QUERIES')),
      };
    }),
    divergences: divergences(input).map((divergence) => ({
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
        .map(([stance, reservation, members]) => ({
          stance,
          reservation,
          voices: members.map((actorId) => voiceOf(index, divergence.targetId, actorId, stance)),
        })),
    })),
    openQuestions: openQuestionsOf(input, index),
  };

  const problems = verifyZeroDraft(draft, input);
  if (problems.length > 0) throw new ZeroDraftVerificationError(problems);
  return draft;
}

// Private:

function voiceOf(index: InputIndex, targetId: string, actorId: string, stance: Stance): DraftVoice {
  const actor = mustGet(index.actorById, actorId, 'actor');
  const stances = index.stancesByTarget.get(targetId)?.find((s) => s.actorId === actorId);
  const held = strongestFirst(index, (stances?.positions ?? []).filter((p) => p.stance === stance));
  // The strongest are chosen, then read in document order.
  const shown = held.slice(0, MAX_CITATIONS_PER_VOICE).sort((a, b) => compareIds(a.sortKey, b.sortKey) || compareIds(a.id, b.id));
  return {
    actorId,
    actorName: actor.name,
    citations: shown.map((p) => citationOf(p, index)),
    moreCitations: held.length - shown.length,
  };
}

/**
 * One entry per actor and target with QUERIES positions in scope, ordered by target id then the
 * actor's first question in sort-key order; each quotes the actor's strongest question.
 */
function openQuestionsOf(input: AnalysisInput, index: InputIndex): DraftQuestion[] {
  const grouped = new Map<string, Position[]>();
  for (const p of [...input.positions].sort((a, b) => compareIds(a.targetId, b.targetId) || compareIds(a.sortKey, b.sortKey) || compareIds(a.id, b.id))) {
    if (p.stance !== 'QUERIES') continue;
    const key = `${p.targetId}\u0000${p.actorId}`;
    const list = grouped.get(key);
    if (list === undefined) grouped.set(key, [p]);
    else list.push(p);
  }
  return [...grouped.values()].map((held) => {
    const [strongest] = strongestFirst(index, held);
    const p = strongest!;
    return {
      targetId: p.targetId,
      targetName: mustGet(index.targetById, p.targetId, 'target').name,
      actorId: p.actorId,
      actorName: mustGet(index.actorById, p.actorId, 'actor').name,
      citation: citationOf(p, index),
      moreCitations: held.length - 1,
    };
  });
}

/**
 * Positions strongest first: from the most reliable document (RELIABILITY_TIERS order), then the
 * most recent (sort key descending), so a State is quoted from its latest word in the best source.
 */
function strongestFirst(index: InputIndex, positions: readonly Position[]): Position[] {
  const tier = (p: Position) => RELIABILITY_TIERS.indexOf(mustGet(index.documentById, p.evidence.documentId, 'document').reliability);
  return [...positions].sort((a, b) => tier(a) - tier(b) || compareIds(b.sortKey, a.sortKey) || compareIds(a.id, b.id));
}
