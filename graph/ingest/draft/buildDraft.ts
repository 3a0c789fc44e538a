import type { DraftAnnotationsFile, RejectedFile } from '../../load/schema.js';
import type { Extraction, SuggestedPosition, SuggestedStatement } from '../extract/Suggestion.js';
import { anchorSpan, countWithin, occurrenceOf } from './anchorSpan.js';

export const EXTRACTOR_NAME = 'cyberlaw-ingest/1 (wink-nlp, cue lexicon)';

export interface DraftOptions {
  readonly text: string;
  readonly extraction: Extraction;
  readonly extractedOn: string;
  /** Agenda item of statements the extractor could not place. */
  readonly defaultAgendaItemId: string;
  /** Persons who attended the document's meeting: only they may be named as speakers. */
  readonly attendeeIds: ReadonlySet<string>;
  /** Suggestions a reviewer already rejected: not made again. */
  readonly rejected: readonly (RejectedFile['rejected'][number] & { readonly id?: string })[];
}

/**
 * Turns suggestions into the annotations.draft.yaml data: statements anchored by `span` words,
 * positions with verbatim quotes (and `occurrence` where the words repeat), candidate targets
 * apart. Suggestions a reviewer rejected before are dropped; so are statements that cannot be
 * anchored (their paragraph repeats word for word elsewhere).
 */
export function buildDraft(options: DraftOptions): { draft: DraftAnnotationsFile; kept: Extraction } {
  const { text, extraction } = options;
  const rejected = new Set(options.rejected.map((r) => rejectionKey(r.actor, r.target, r.stance, r.quote)));
  const takenIds = new Set(options.rejected.flatMap((r) => (r.id ? [r.id] : [])));
  const isRejected = (p: SuggestedPosition) =>
    takenIds.has(p.id) || rejected.has(rejectionKey(p.actorId, p.targetId ?? p.targetName, p.stance, p.quote));
  const statements: DraftAnnotationsFile['statements'] = [];
  const candidates: DraftAnnotationsFile['candidate_targets'] = [];
  const keptStatements: SuggestedStatement[] = [];
  const keptPositions: SuggestedPosition[] = [];
  for (const statement of extraction.statements) {
    const span = anchorSpan(text, statement.start, statement.end);
    if (!span) continue;
    keptStatements.push(statement);
    const own = extraction.positions.filter((p) => p.statementId === statement.id && !isRejected(p));
    const positions: DraftAnnotationsFile['statements'][number]['positions'] = [];
    for (const p of own) {
      keptPositions.push(p);
      if (!p.targetId) {
        candidates.push({ name: p.targetName, statement: statement.id, actor: statement.actorId, stance: p.stance, quote: p.quote, confidence: p.confidence, cue: [...p.cues] });
        continue;
      }
      const repeated = countWithin(text, p.quote, statement.start, statement.end) > 1;
      positions.push({
        id: p.id,
        target: p.targetId,
        stance: p.stance,
        quote: p.quote,
        ...(repeated ? { occurrence: occurrenceOf(text, p.quote, p.start, statement.start, statement.end) } : {}),
        confidence: p.confidence,
        cue: [...p.cues],
      });
    }
    statements.push({
      id: statement.id,
      agenda_item: statement.agendaItemId ?? options.defaultAgendaItemId,
      actor: statement.actorId,
      speaker_role: statement.speakerRole,
      ...(statement.speakerId && options.attendeeIds.has(statement.speakerId) ? { speaker: statement.speakerId } : {}),
      ...(statement.deliveredBy ? { delivered_by: statement.deliveredBy } : {}),
      span,
      confidence: statement.confidence,
      cue: statement.cue,
      positions,
    });
  }
  return {
    draft: { extraction: { extractor: EXTRACTOR_NAME, extracted_on: options.extractedOn }, statements, candidate_targets: candidates },
    kept: { statements: keptStatements, positions: keptPositions },
  };
}

export function rejectionKey(actor: string, target: string, stance: string, quote: string): string {
  return JSON.stringify([actor, target, stance, quote]);
}
