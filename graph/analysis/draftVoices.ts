import { RELIABILITY_TIERS, type Position, type Stance } from '../model/index.js';
import { citationOf } from './citationOf.js';
import { compareIds } from './compareIds.js';
import type { InputIndex } from './indexInput.js';
import { mustGet } from './mustGet.js';
import type { DraftVoice, UnquotedVoices } from './zeroDraftModel.js';

/** A list of voices as the draft gives it: some quoted, the others counted. */
export interface QuotedList {
  readonly voices: readonly DraftVoice[];
  readonly others: UnquotedVoices;
}

export interface VoiceLimits {
  /** Actors quoted; the rest are counted. */
  readonly voices: number;
  /** Positions quoted per actor. */
  readonly citations: number;
}

/**
 * The voices of `actorIds` (all holding `stance` on `targetId`) as the draft lists them: the
 * `limits.voices` most representative quoted, each with its strongest `limits.citations` positions,
 * the others counted and named by id. Most representative: the actor that took the stance most
 * often on the target, then the one whose best position has words (an imported cell may have
 * none), comes from the most reliable document, then the most recent, then by id; a reader sees who said it most, in the best source. Quoted
 * voices and the others are each listed by id.
 */
export function quotedVoices(index: InputIndex, targetId: string, actorIds: readonly string[], stance: Stance, limits: VoiceLimits): QuotedList {
  const ranked = actorIds
    .map((actorId) => ({ actorId, held: strongestFirst(index, heldPositions(index, targetId, actorId, stance)) }))
    .sort((a, b) => b.held.length - a.held.length || compareStrongest(index, a.held[0], b.held[0]) || compareIds(a.actorId, b.actorId));
  const quoted = ranked.slice(0, limits.voices).sort((a, b) => compareIds(a.actorId, b.actorId));
  const others = ranked.slice(limits.voices).map((entry) => entry.actorId).sort(compareIds);
  return {
    voices: quoted.map(({ actorId, held }) => voiceOf(index, actorId, held, limits.citations)),
    others: { count: others.length, actorIds: others },
  };
}

/** The positions with `stance` that `actorId` took on `targetId`, in sort-key order. */
export function heldPositions(index: InputIndex, targetId: string, actorId: string, stance: Stance): Position[] {
  return (index.stanceOf(targetId, actorId)?.positions ?? []).filter((p) => p.stance === stance);
}

/**
 * Positions strongest first: with a quote before without, then from the most reliable document
 * (RELIABILITY_TIERS order), then the most recent (sort key descending), so a State is quoted from
 * its latest word in the best source.
 */
export function strongestFirst(index: InputIndex, positions: readonly Position[]): Position[] {
  return [...positions].sort((a, b) => compareStrongest(index, a, b));
}

// Private:

function voiceOf(index: InputIndex, actorId: string, strongest: readonly Position[], citations: number): DraftVoice {
  const actor = mustGet(index.actorById, actorId, 'actor');
  // The strongest are chosen, then read in document order.
  const shown = strongest.slice(0, citations).sort((a, b) => compareIds(a.sortKey, b.sortKey) || compareIds(a.id, b.id));
  return {
    actorId,
    actorName: actor.name,
    citations: shown.map((p) => citationOf(p, index)),
    moreCitations: strongest.length - shown.length,
  };
}

function compareStrongest(index: InputIndex, a: Position | undefined, b: Position | undefined): number {
  if (a === undefined || b === undefined) return Number(a === undefined) - Number(b === undefined);
  // Words before a bare table cell: an imported position may carry no quote at all.
  const unquoted = (p: Position) => Number(p.evidence.quote === '');
  return unquoted(a) - unquoted(b) || tierOf(index, a) - tierOf(index, b) || compareIds(b.sortKey, a.sortKey) || compareIds(a.id, b.id);
}

function tierOf(index: InputIndex, position: Position): number {
  return RELIABILITY_TIERS.indexOf(mustGet(index.documentById, position.evidence.documentId, 'document').reliability);
}
