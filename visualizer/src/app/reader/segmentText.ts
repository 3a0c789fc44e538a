import type { Stance } from '../model/kinds.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface StatementSpan extends Span {
  readonly id: string;
}

export interface EvidenceSpan extends Span {
  readonly positionId: string;
  readonly statementId: string;
  readonly stance: Stance;
  /** An unreviewed suggestion of the extractor (underlined apart, and only when the filters show them). */
  readonly suggested: boolean;
}

/** A run of text covered by the same statement and the same evidence spans. */
export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly statementId: string | null;
  /** Statements with exactly the same span as `statementId` (a joint statement recorded once per State). */
  readonly sharedWith: readonly string[];
  /** Whether this segment is the first of its statement (where the reader puts the actor's label). */
  readonly opensStatement: boolean;
  readonly evidence: readonly EvidenceSpan[];
}

/**
 * Cuts a document into segments at every statement and evidence boundary. Statements may nest (a
 * report's paragraph on the Secretary-General's welcome contains the Chair's): a segment belongs
 * to the innermost statement covering it, the one starting last. Offsets are Unicode code
 * points (as the API's `start`/`end`), so the text is sliced as an array of code points, never with
 * `String.slice`, which counts UTF-16 units and would drift after the first emoji or rare CJK
 * character. Linear in characters; segments × spans for the covering (a report has hundreds).
 */
export function segmentText(text: string, statements: readonly StatementSpan[], evidence: readonly EvidenceSpan[]): Segment[] {
  const points = Array.from(text);
  const cuts = new Set<number>([0, points.length]);
  for (const span of [...statements, ...evidence]) {
    cuts.add(clamp(span.start, points.length));
    cuts.add(clamp(span.end, points.length));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const opened = new Set<string>();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const statement = innermost(statements, start, end);
    const covering = evidence.filter((e) => e.start <= start && e.end >= end);
    const statementId = statement?.id ?? null;
    const sharedWith = statement ? statements.filter((o) => o.id !== statement.id && o.start === statement.start && o.end === statement.end).map((o) => o.id) : [];
    const opens = statementId !== null && !opened.has(statementId);
    if (statementId) opened.add(statementId);
    segments.push({ text: points.slice(start, end).join(''), start, statementId, sharedWith, opensStatement: opens, evidence: covering });
  }
  return segments;
}

// Private:

function innermost(statements: readonly StatementSpan[], start: number, end: number): StatementSpan | null {
  let best: StatementSpan | null = null;
  for (const statement of statements) {
    if (statement.start <= start && statement.end >= end && (!best || statement.start > best.start || (statement.start === best.start && (statement.end < best.end || (statement.end === best.end && statement.id < best.id))))) best = statement;
  }
  return best;
}

function clamp(value: number, length: number): number {
  return Math.max(0, Math.min(length, value));
}
