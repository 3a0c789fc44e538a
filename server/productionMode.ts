/**
 * Imported first by the server's entry points (server/main.ts, bench/api/serve.ts), before
 * anything loads graphql-js or Express: a server started without NODE_ENV runs as in production.
 * graphql-js then skips its development-only checks (its `instanceOf` looks for a second copy of
 * graphql on every failed type test: 15-20 % of the server's CPU time per 100-position page,
 * measured over 1,500 requests), and Express's fallback error page shows no stack trace.
 * `NODE_ENV=development npm start` keeps the checks. Apollo's choices that also follow NODE_ENV
 * (introspection, stack traces in errors) are set explicitly (createApolloServer.ts).
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};
