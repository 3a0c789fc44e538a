import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance, the one Node loads for Apollo (index.js): Vite would otherwise pick
    // graphql's "module" build (index.mjs) for the project's own imports, and graphql-js refuses
    // schema objects from the other copy ("Cannot use GraphQLObjectType from another module").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Real servers (HTTP, Neo4j, Chromium) start in these tests; give them room, and run files
    // in separate forks so a crashed browser or server cannot take another file down.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
