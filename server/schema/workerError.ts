import { InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../../graph/index.js';

/**
 * An error as it crosses from the analysis worker to the serving thread. Structured cloning keeps
 * only an Error's message, and formatError.ts maps errors to GraphQL codes by their class, so the
 * kind and its fields travel as data and the class is rebuilt on arrival.
 */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly argument?: string;
  readonly entity?: string;
  readonly id?: string;
  readonly stack?: string;
}

export function serializeError(error: unknown): SerializedError {
  const e = error as Error & { argument?: string; entity?: string; id?: string };
  return { name: e?.name ?? 'Error', message: e?.message ?? String(error), argument: e?.argument, entity: e?.entity, id: e?.id, stack: e?.stack };
}

export function deserializeError(error: SerializedError): Error {
  let rebuilt: Error;
  if (error.name === 'InvalidArgumentError') rebuilt = new InvalidArgumentError(error.argument ?? '', error.message);
  else if (error.name === 'NotFoundError') rebuilt = Object.assign(new NotFoundError(error.entity ?? '', error.id ?? ''), { message: error.message });
  else if (error.name === 'StoreUnavailableError') rebuilt = new StoreUnavailableError(error.message);
  else rebuilt = Object.assign(new Error(error.message), { name: error.name });
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
