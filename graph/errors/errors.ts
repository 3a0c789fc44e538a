/**
 * Errors typed by kind, so callers branch on `instanceof` or `code`, never on message text.
 */

/** Where in a seed file a problem sits. `line` and `column` are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One problem found in curated data. */
export interface AnnotationProblem {
  readonly location: SourceLocation;
  /** What was wrong and what to do, without the location prefix. */
  readonly message: string;
  /** The offending value, as written in the file. */
  readonly value: unknown;
}

/** Curated data was rejected; nothing was written. Carries every problem found, not just the first. */
export class AnnotationError extends Error {
  readonly code = 'ANNOTATION_INVALID';
  readonly problems: readonly AnnotationProblem[];

  constructor(problems: readonly AnnotationProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'AnnotationError';
    this.problems = problems;
  }
}

export function formatProblem(problem: AnnotationProblem): string {
  const { file, line, column } = problem.location;
  return `${file}:${line}:${column}: ${problem.message}`;
}

/** A caller's argument was invalid (bad id, bad page size, unparsable cursor). */
export class InvalidArgumentError extends Error {
  readonly code = 'BAD_USER_INPUT';
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(message);
    this.name = 'InvalidArgumentError';
    this.argument = argument;
  }
}

/** A requested entity does not exist. */
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  readonly entity: string;
  readonly id: string;

  constructor(entity: string, id: string, hint = '') {
    super(`no ${entity} with id ${JSON.stringify(id)}${hint ? `. ${hint}` : ''}`);
    this.name = 'NotFoundError';
    this.entity = entity;
    this.id = id;
  }
}

/**
 * The store cannot be reached (Neo4j down, database file locked). Retriable: the same request may
 * succeed later without any change by the caller.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  readonly retriable = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
