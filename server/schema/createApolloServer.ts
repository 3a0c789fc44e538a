import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFieldResolver } from 'graphql';
import type { Server } from 'node:http';
import type { GraphCounts } from '../../graph/index.js';
import { DEFAULT_HTTP_SETTINGS, DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config.js';
import type { Context } from './loaders.js';
import { compiledExecution } from './compiledExecution.js';
import { formatError } from './formatError.js';
import { knownOperationTypesRule } from './knownOperationTypesRule.js';
import { argumentLimitsPlugin } from './limits/argumentLimitsPlugin.js';
import { costLimitPlugin } from './limits/costLimitPlugin.js';
import { deadlinePlugin } from './limits/deadlinePlugin.js';
import { deadlineFieldResolver, withDeadlineChecks } from './limits/deadlineResolvers.js';
import type { RequestControl } from './limits/requestAbortedError.js';
import { responseSizeLimit } from './limits/responseSizeLimit.js';
import { responseCachePlugin, type CacheableContext } from './responseCachePlugin.js';
import { structureRules } from './limits/structureRules.js';
import { resolvers } from './resolvers/index.js';
import { analysisTypeDefs } from './analysisTypeDefs.js';
import { typeDefs } from './typeDefs.js';

export interface ApolloServerOptions {
  /** The HTTP server to drain on stop (in-flight requests finish, idle connections close). */
  readonly httpServer?: Server;
  /** How long `stop()` lets in-flight requests finish before cutting their connections. */
  readonly shutdownGraceMs?: number;
  readonly limits?: QueryLimits;
  /** Prices catalog lists and analysis fields in the cost limit. */
  readonly counts: () => Promise<GraphCounts>;
  /** Default true: the schema's descriptions are the API's documentation. */
  readonly introspection?: boolean;
  /** Executions of a document before it is compiled (compiledExecution.ts); default in server/config.ts. */
  readonly compileAfter?: number;
}

export type RequestContext = Context & Partial<RequestControl> & CacheableContext;

/** The framework-neutral GraphQL server, with its limits; http/ adapts it to HTTP. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<RequestContext> {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const responseSize = responseSizeLimit(limits);
  return new ApolloServer<RequestContext>({
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: [typeDefs, analysisTypeDefs], resolvers: withDeadlineChecks(resolvers as never) }), {
      compileAfter: options.compileAfter ?? DEFAULT_HTTP_SETTINGS.compileAfter,
      fieldResolver: deadlineFieldResolver as GraphQLFieldResolver<unknown, unknown>,
    }),
    formatError,
    // The size limit's serialisation is the one sent.
    stringifyResult: responseSize.stringifyResult,
    introspection: options.introspection ?? true,
    // Error codes and messages are the contract; stack traces stay in the server log.
    includeStacktraceInErrorResponses: false,
    // graphql-js counts tokens while parsing and stops at the limit, so a huge document is never
    // fully parsed ("Document contains more than N tokens", GRAPHQL_PARSE_FAILED).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [knownOperationTypesRule, ...structureRules(limits)],
    // server/main.ts owns SIGTERM/SIGINT, so the store is closed and the WAL checkpointed after
    // the drain; Apollo's own handler would re-raise the signal and exit before that.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's cache-control plugin (installed unless disabled) runs a hook on every field to
      // compute Cache-Control hints nobody sets here; whole responses are cached per graph
      // version instead (http/responseCache.ts). Off: ~2 ms of a 100-position page under load.
      ApolloServerPluginCacheControlDisabled(),
      argumentLimitsPlugin(limits),
      costLimitPlugin({ limits, counts: options.counts }),
      deadlinePlugin(),
      responseSize.plugin,
      // After the size limit: marks a successful query's response for the HTTP response cache.
      responseCachePlugin(),
      ...(options.httpServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 })]
        : []),
    ],
  });
}
