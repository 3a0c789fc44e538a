/** Why the development Neo4j server could not be built, started or stopped. */
export type DevServerErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'START_FAILED';

/**
 * A failure of the development server's tooling (not of a running store: that is
 * `StoreUnavailableError`). The message says what to do; `code` is for branching.
 */
export class DevServerError extends Error {
  readonly code: DevServerErrorCode;

  constructor(code: DevServerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DevServerError';
    this.code = code;
  }
}
