import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { importDataset } from '../../graph/import/importDataset.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';
import { copySeeds, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';
import { MATRIX, MATRIX_MAPPING, codedCellsOfMatrix } from './datasetFixtures.js';

/**
 * The MADE-UP 40-State matrix imported once, synced into both stores: agreement and blocs over all
 * 40 States answer identically on SQLite and Neo4j, and a second sync writes nothing on either.
 */
const QUERY = `{ agreement(scope: { meetingIds: ["made-up-matrix"] }) { states { id } pairs { stateA { id } stateB { id } sharedTargets agreements kappa pi nullReason } }
  blocs(scope: { meetingIds: ["made-up-matrix"] }) { blocs { id states { id } } modularity unplacedStates { id } }
  counts { actors questions documents statements positions relationships } }`;

describe.skipIf(!canRunNeo4jTests())('an imported dataset on both stores', () => {
  let seeds: TempSeeds;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let neo4j: TestNeo4j;
  const stores: GraphStore[] = [];
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    seeds = await copySeeds();
    data = await tempDataDir();
    await importDataset({ datasetFile: MATRIX, mappingFile: MATRIX_MAPPING, seedsDir: seeds.dir });
    neo4j = await startNeo4jForTests();
    stores.push(createSqliteStore({ dataDir: data.dir }), createNeo4jStore({ uri: neo4j.uri }));
    for (const store of stores) {
      await syncSeeds({ store, seedsDir: seeds.dir });
      servers.push(await startServer({ store, port: 0, host: '127.0.0.1' }));
    }
  }, 300_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
    await neo4j?.stop();
    await data?.remove();
    await seeds?.remove();
  });

  test('agreement and blocs over all 40 States are the same on SQLite and Neo4j', async () => {
    const sqlite = await postGraphQL(servers[0]!.url, QUERY);
    const neo = await postGraphQL(servers[1]!.url, QUERY);
    expect(sqlite.errors).toBeUndefined();
    expect(sqlite.data.agreement.states).toHaveLength(40);
    expect(sqlite.data.agreement.pairs).toHaveLength(780);
    expect(neo).toEqual(sqlite);
  });

  test('the dataset holds one position per non-Silent cell on both stores, and a second sync writes nothing', async () => {
    for (const store of stores) {
      expect(await store.countPositions({ meetingIds: ['made-up-matrix'] })).toBe(codedCellsOfMatrix().coded);
      const again = await syncSeeds({ store, seedsDir: seeds.dir });
      expect(again.loaded).toBe(false);
    }
  });
});
