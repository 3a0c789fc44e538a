import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  AnnotationError,
  InvalidArgumentError,
  NotFoundError,
  StoreUnavailableError,
} from '../../graph/index.js';
import { RequestAbortedError } from './limits/requestAbortedError.js';

/**
 * The one place where domain errors become GraphQL error codes. Unknown errors are reported as
 * INTERNAL_SERVER_ERROR without their message, so that no internals leak to clients.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const withCode = (code: string, extra: Record<string, unknown> = {}) => ({
    ...formatted,
    message: (original as Error).message,
    extensions: { ...formatted.extensions, ...extra, code },
  });
  if (original instanceof InvalidArgumentError) return withCode('BAD_USER_INPUT', { argument: original.argument });
  if (original instanceof NotFoundError) return withCode('NOT_FOUND', { entity: original.entity, id: original.id });
  if (original instanceof StoreUnavailableError) return withCode('SERVICE_UNAVAILABLE', { retriable: true });
  if (original instanceof AnnotationError) return withCode('ANNOTATION_INVALID');
  if (original instanceof RequestAbortedError) return withCode('REQUEST_TIMEOUT', { retriable: true });
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error(original);
    return { ...formatted, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}
