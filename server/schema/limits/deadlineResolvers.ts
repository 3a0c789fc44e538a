import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import type { RequestControl } from './requestAbortedError.js';

type Context = Partial<RequestControl>;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * The deadline checked before every field resolves, so a long operation stops at the next field
 * once its signal aborts (deadline passed, client gone). Done here, by wrapping each resolver once
 * when the schema is built, rather than by Apollo's per-field plugin hook: a plugin with
 * `willResolveField` makes Apollo instrument every field of every request (promise tracking for
 * hooks nobody else uses): ~3 % of the server's CPU in a profile of the 100-position page.
 * `deadlinePlugin` turns the abort into the request's one REQUEST_TIMEOUT answer.
 */
export function withDeadlineChecks<T extends ResolverMap>(resolvers: T): T {
  return Object.fromEntries(
    Object.entries(resolvers).map(([type, fields]) => [
      type,
      // A scalar or enum given as an object of its own class is no field map: left as it is.
      Object.getPrototypeOf(fields) !== Object.prototype ? fields : Object.fromEntries(
        Object.entries(fields).map(([name, resolver]) =>
          // `__resolveType` and the like are type-level hooks, not fields.
          name.startsWith('__') || typeof resolver !== 'function' ? [name, resolver] : [name, checked(resolver as GraphQLFieldResolver<unknown, Context>)],
        ),
      ),
    ]),
  ) as T;
}

/**
 * For fields without a resolver of their own while graphql-js executes a document: its default,
 * checked. A compiled document (compiledExecution.ts) reads such fields as plain properties, so
 * there the deadline is checked at every field with a resolver, which is every field that reads.
 */
export const deadlineFieldResolver: GraphQLFieldResolver<unknown, Context> = checked(defaultFieldResolver as GraphQLFieldResolver<unknown, Context>);

// Private:

function checked(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return (source, args, context, info) => {
    context.signal?.throwIfAborted();
    return resolve(source, args, context, info);
  };
}
