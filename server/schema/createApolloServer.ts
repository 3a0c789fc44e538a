import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import type { Context } from './loaders.js';
import { analysisResponseCache } from './analysisResponseCache.js';
import { formatError } from './formatError.js';
import { resolvers } from './resolvers/index.js';
import { analysisTypeDefs } from './analysisTypeDefs.js';
import { typeDefs } from './typeDefs.js';

/** The framework-neutral GraphQL server; http/ adapts it to HTTP. */
export function createApolloServer(options: { httpServer?: Server } = {}): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: [typeDefs, analysisTypeDefs],
    resolvers: resolvers as never,
    formatError,
    // Introspection stays on: the schema's descriptions are the API's documentation.
    introspection: true,
    // Error codes and messages are the contract; stack traces stay in the server log.
    includeStacktraceInErrorResponses: false,
    plugins: [analysisResponseCache(), ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : [])],
  });
}
