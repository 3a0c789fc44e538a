import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real servers (HTTP, Neo4j, Chromium) start in these tests; give them room, and run files
    // in separate forks so a crashed browser or server cannot take another file down.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
