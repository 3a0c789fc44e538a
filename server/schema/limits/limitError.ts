import { GraphQLError } from 'graphql';

/** The limit a request broke, as clients see it in `extensions.limit`. */
export interface BrokenLimit {
  /** The setting's name in server/config.ts (`maxCost`), which README maps to its variable. */
  readonly name: string;
  readonly max: number;
  readonly found?: number;
}

/**
 * A refusal that names the limit and its value. `GRAPHQL_VALIDATION_FAILED` for the shape of the
 * operation, `BAD_USER_INPUT` for argument values; HTTP 400 either way, since retrying the same
 * request cannot succeed.
 */
export function limitError(
  code: 'GRAPHQL_VALIDATION_FAILED' | 'BAD_USER_INPUT',
  message: string,
  limit: BrokenLimit,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, ...extra, http: { status: 400 } } });
}

/** A value as it may appear in an error message: quoted, and cut to a bounded excerpt. */
export function excerpt(value: string, max = 40): string {
  if (value.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
}
