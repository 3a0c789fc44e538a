import { describe } from 'vitest';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { canRunNeo4jTests, startNeo4jForTests } from '../support/neo4jServer.js';
import { definePortContract } from './definePortContract.js';

describe.skipIf(!canRunNeo4jTests())('Neo4j 5.26', () => {
  definePortContract('Neo4j', async () => {
    const server = await startNeo4jForTests();
    return { store: createNeo4jStore({ uri: server.uri }), cleanup: () => server.stop() };
  });
});
