import type { Stance } from '../../model/index.js';
import type { DraftAnnotationsFile } from '../../load/schema.js';
import { countWithin } from '../draft/anchorSpan.js';
import type { ReviewFiles } from './ReviewFiles.js';

type DraftStatement = DraftAnnotationsFile['statements'][number];
type DraftPosition = DraftStatement['positions'][number];

/** One pending suggestion: a draft position, with its statement. */
export interface PendingSuggestion {
  readonly statement: DraftStatement;
  readonly position: DraftPosition;
}

/** What a reviewer decided about one suggestion, or a position they added. */
export type Decision =
  | { readonly kind: 'ACCEPT'; readonly positionId: string; readonly stance?: Stance; readonly target?: string; readonly quote?: string }
  | { readonly kind: 'REJECT'; readonly positionId: string }
  | { readonly kind: 'ADD'; readonly statementId: string; readonly target: string; readonly stance: Stance; readonly quote: string };

export interface Reviewer {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** Pending suggestions in document order, most confident first within a statement. */
export function pendingSuggestions(files: ReviewFiles): PendingSuggestion[] {
  return files.draft.statements.flatMap((statement) =>
    [...statement.positions].sort((a, b) => b.confidence - a.confidence).map((position) => ({ statement, position })),
  );
}

/**
 * Applies one decision and returns the new files (the input is not changed, so undo is keeping the
 * previous value). Accepting moves the position to annotations.yaml as CURATED with the reviewer
 * and date (its statement is copied there once, same id); rejecting removes it from the draft and
 * remembers it so a re-ingest does not suggest it again; adding puts a reviewer's own position in
 * annotations.yaml. A quote must stay verbatim in its statement: `text` and `span` check it.
 */
export function decide(files: ReviewFiles, decision: Decision, reviewer: Reviewer, quoteIsVerbatim: (statement: DraftStatement, quote: string) => boolean): ReviewFiles {
  switch (decision.kind) {
    case 'ACCEPT': {
      const found = findPosition(files, decision.positionId);
      const quote = decision.quote ?? found.position.quote;
      if (!quoteIsVerbatim(found.statement, quote)) throw new Error(`quote ${JSON.stringify(quote)} is not verbatim in statement ${found.statement.id}`);
      const accepted = {
        id: found.position.id,
        target: decision.target ?? found.position.target,
        stance: decision.stance ?? found.position.stance,
        quote,
        ...(quote === found.position.quote && found.position.occurrence ? { occurrence: found.position.occurrence } : {}),
        reviewed_by: reviewer.name,
        reviewed_on: reviewer.date,
        suggested_by: files.draft.extraction.extractor,
      };
      return { ...withCurated(files, found.statement, accepted, reviewer), draft: withoutPosition(files.draft, decision.positionId) };
    }
    case 'REJECT': {
      const found = findPosition(files, decision.positionId);
      return {
        ...files,
        draft: withoutPosition(files.draft, decision.positionId),
        rejected: [
          ...files.rejected,
          { actor: found.statement.actor, target: found.position.target, stance: found.position.stance, quote: found.position.quote, rejected_by: reviewer.name, rejected_on: reviewer.date },
        ],
      };
    }
    case 'ADD': {
      const statement = files.draft.statements.find((s) => s.id === decision.statementId);
      if (!statement) throw new Error(`no statement ${decision.statementId} in the draft`);
      if (!quoteIsVerbatim(statement, decision.quote)) throw new Error(`quote ${JSON.stringify(decision.quote)} is not verbatim in statement ${statement.id}`);
      const taken = new Set([...files.draft.statements.flatMap((s) => s.positions.map((p) => p.id)), ...(files.curated?.statements.flatMap((s) => s.positions.map((p) => p.id)) ?? [])]);
      let id = `${statement.id}.${decision.target}.added`;
      for (let n = 2; taken.has(id); n++) id = `${statement.id}.${decision.target}.added-${n}`;
      const added = { id, target: decision.target, stance: decision.stance, quote: decision.quote, reviewed_by: reviewer.name, reviewed_on: reviewer.date };
      return withCurated(files, statement, added, reviewer);
    }
  }
}

/** Checks a quote against the statement's span in the document text (exactly once, or occurrence 1). */
export function verbatimIn(text: string, locate: (statement: DraftStatement) => { start: number; end: number } | null) {
  return (statement: DraftStatement, quote: string): boolean => {
    const span = locate(statement);
    return span !== null && quote.length > 0 && countWithin(text, quote, span.start, span.end) >= 1;
  };
}

function findPosition(files: ReviewFiles, positionId: string): PendingSuggestion {
  for (const statement of files.draft.statements) {
    const position = statement.positions.find((p) => p.id === positionId);
    if (position) return { statement, position };
  }
  throw new Error(`no pending suggestion ${positionId}`);
}

function withoutPosition(draft: DraftAnnotationsFile, positionId: string): DraftAnnotationsFile {
  return { ...draft, statements: draft.statements.map((s) => ({ ...s, positions: s.positions.filter((p) => p.id !== positionId) })) };
}

function withCurated(files: ReviewFiles, statement: DraftStatement, position: ReviewFiles['curated'] extends infer C ? C extends { statements: (infer S)[] } ? S extends { positions: (infer P)[] } ? P : never : never : never, reviewer: Reviewer): ReviewFiles {
  const curated = files.curated ?? { provenance: { coder: reviewer.name, coded_on: reviewer.date }, statements: [] };
  const exists = curated.statements.some((s) => s.id === statement.id);
  const statements = exists
    ? curated.statements.map((s) => (s.id === statement.id ? { ...s, positions: [...s.positions, position] } : s))
    : [
        ...curated.statements,
        {
          id: statement.id,
          agenda_item: statement.agenda_item,
          actor: statement.actor,
          speaker_role: statement.speaker_role,
          ...(statement.speaker ? { speaker: statement.speaker } : {}),
          span: statement.span,
          positions: [position],
        },
      ];
  return { ...files, curated: { ...curated, statements } };
}
