import { describe } from 'vitest';
import { createStore } from '../../graph/store/createStore.js';
import { canRunNeo4jTests, startNeo4jForTests } from '../support/neo4jServer.js';
import { defineStoreContract } from './defineStoreContract.js';

// Through createStore, as the server makes it: analyses run in the worker thread over a driver of
// its own, as they do for the embedded store (sqlite.test.ts).
describe.skipIf(!canRunNeo4jTests())('Neo4j 5.26', () => {
  defineStoreContract('Neo4j', async () => {
    const server = await startNeo4jForTests();
    const store = await createStore({ kind: 'neo4j', uri: server.uri, user: 'neo4j', password: '', database: undefined });
    return { store, cleanup: () => server.stop() };
  });
});
