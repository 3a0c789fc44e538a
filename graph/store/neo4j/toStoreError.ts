import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../errors/index.js';

/**
 * Classifies a driver failure by what the caller can do about it (as the driver itself does with
 * `retryable`): the server being unreachable, restarting or its database not yet started becomes
 * the retriable `StoreUnavailableError`; anything else (a Cypher error, a constraint violation)
 * is a bug or bad data and passes through unchanged.
 */
export function toStoreError(error: unknown, uri: string): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof Neo4jError && isUnavailable(error)) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unavailable (${error.code}): ${error.message}`, { cause: error });
  }
  if (error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code)) {
    return new StoreUnavailableError(
      `Neo4j at ${uri} stopped a query that ran past its transaction timeout (NEO4J_READ_TIMEOUT_MS); ask for less, or retry later.`,
      { cause: error },
    );
  }
  return error;
}

// Private:

/** The server's codes for a transaction it aborted at its timeout. */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The driver's own codes for a lost or refused connection (connection refused, reset, timed out
 * all arrive as ServiceUnavailable), and the server's for a database that is stopping or starting.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function isUnavailable(error: Neo4jError): boolean {
  return UNAVAILABLE_CODES.has(error.code);
}
