/**
 * Why a file could not be taken in. Callers branch on `kind`; the message says what to do.
 * Raised before anything is written, so an ingest that fails leaves the seeds as they were.
 */
export const INGEST_ERROR_KINDS = [
  'UNKNOWN_EXTENSION',
  'NO_TEXT_LAYER',
  'PASSWORD_PROTECTED',
  'CORRUPT_FILE',
  'NOT_UTF8',
  'EMPTY_TEXT',
  'DOCUMENT_EXISTS',
  'MISSING_OPTION',
  'BAD_OPTION',
  'UNREADABLE_FILE',
] as const;
export type IngestErrorKind = (typeof INGEST_ERROR_KINDS)[number];

export class IngestError extends Error {
  readonly code = 'INGEST_REJECTED';
  readonly kind: IngestErrorKind;
  /** The file or option the complaint is about. */
  readonly subject: string;

  constructor(kind: IngestErrorKind, subject: string, message: string, options?: { cause?: unknown }) {
    super(`${subject}: ${message}`, options);
    this.name = 'IngestError';
    this.kind = kind;
    this.subject = subject;
  }
}
