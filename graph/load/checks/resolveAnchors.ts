import type { AnnotationProblem } from '../../errors/index.js';
import type { PathSegment } from '../readYamlFile.js';
import { annotationFilesOf, type SeedFiles } from '../readSeeds.js';

/** A span of a document in UTF-16 indices (JavaScript string indices), end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ResolvedAnchors {
  readonly problems: AnnotationProblem[];
  readonly statements: ReadonlyMap<string, Span>;
  readonly positions: ReadonlyMap<string, Span>;
}

/**
 * Finds where each statement and each quote sits in its document. A statement's `span.from` must
 * occur exactly once in the document and `span.to` after it; a quote must occur verbatim inside
 * its statement's span (exactly once, or the `occurrence` named). A proposal's decision quote must
 * occur in a document reporting on its meeting.
 */
export function resolveAnchors(files: SeedFiles): ResolvedAnchors {
  const problems: AnnotationProblem[] = [];
  const statements = new Map<string, Span>();
  const positions = new Map<string, Span>();

  for (const document of files.documents) for (const annotations of annotationFilesOf(document)) {
    const text = document.text;
    const documentId = document.meta.data.id;
    const problem = (path: PathSegment[], message: string, value: unknown) =>
      problems.push({ location: annotations.locate(path), message: `${path.join('.')}: ${message}`, value });

    annotations.data.statements.forEach((statement, s) => {
      const fromAt = occurrencesOf(text, statement.span.from, 0, text.length);
      if (fromAt.length !== 1) {
        problem(
          ['statements', s, 'span', 'from'],
          fromAt.length === 0
            ? `${excerpt(statement.span.from)} is not verbatim in document ${JSON.stringify(documentId)}; copy the statement's first words exactly, Markdown asterisks and curly quotes included`
            : `occurs ${fromAt.length} times in document ${JSON.stringify(documentId)}; add words until it is unique`,
          statement.span.from,
        );
        return;
      }
      const start = fromAt[0]!;
      const toAt = endingAfter(text, statement.span.to, start, start + statement.span.from.length);
      if (toAt < 0) {
        problem(
          ['statements', s, 'span', 'to'],
          `${excerpt(statement.span.to)} is not found after span.from in document ${JSON.stringify(documentId)}; copy the statement's last words exactly`,
          statement.span.to,
        );
        return;
      }
      const span = { start, end: toAt + statement.span.to.length };
      statements.set(statement.id, span);

      statement.positions.forEach((position, p) => {
        const found = occurrencesOf(text, position.quote, span.start, span.end);
        const wanted = position.occurrence;
        const path: PathSegment[] = ['statements', s, 'positions', p, 'quote'];
        if (found.length === 0) {
          const elsewhere = text.includes(position.quote) ? ' (it occurs elsewhere in the document: check the statement span)' : '';
          problem(
            path,
            `position ${JSON.stringify(position.id)}: quote ${excerpt(position.quote)} is not verbatim in statement ${JSON.stringify(statement.id)} of document ${JSON.stringify(documentId)}${elsewhere}; copy it exactly from the source`,
            position.quote,
          );
        } else if (wanted === undefined && found.length > 1) {
          problem(path, `position ${JSON.stringify(position.id)}: quote occurs ${found.length} times in statement ${JSON.stringify(statement.id)}; add words, or say which with occurrence: N`, position.quote);
        } else if (wanted !== undefined && wanted > found.length) {
          problem(['statements', s, 'positions', p, 'occurrence'], `occurrence ${wanted} asked, but the quote occurs ${found.length} time(s) in the statement`, wanted);
        } else {
          const quoteStart = found[(wanted ?? 1) - 1]!;
          positions.set(position.id, { start: quoteStart, end: quoteStart + position.quote.length });
        }
      });
    });
  }

  for (const meeting of files.meetings) {
    const reports = files.documents.filter((document) => document.meta.data.meeting === meeting.data.meeting.id);
    meeting.data.proposals.forEach((proposal, i) => {
      const quote = proposal.decision?.quote;
      if (quote === undefined || reports.some((document) => document.text.includes(quote))) return;
      problems.push({
        location: meeting.locate(['proposals', i, 'decision', 'quote']),
        message: `proposals.${i}.decision.quote: not verbatim in any document reporting on meeting ${JSON.stringify(meeting.data.meeting.id)}`,
        value: quote,
      });
    });
  }
  return { problems, statements, positions };
}

/** Start of the first occurrence of `needle` at or after `from` that ends at or after `minEnd`, or -1. */
function endingAfter(text: string, needle: string, from: number, minEnd: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (at + needle.length >= minEnd) return at;
  }
  return -1;
}

/** Start indices of every (possibly overlapping) occurrence of `needle` within text[from, to). */
function occurrencesOf(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** A value for a message: quoted, and cut to 60 characters so a long quote does not drown the line. */
function excerpt(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
