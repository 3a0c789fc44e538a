import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncSeeds, type GraphStore } from '../../graph/index.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { ingestCommand } from '../../server/cli/ingestCommand.js';
import { reviewCommand } from '../../server/cli/reviewCommand.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { canRunNeo4jTests, startNeo4jForTests, type TestNeo4j } from '../support/neo4jServer.js';
import { copySeeds, tempDataDir, type TempSeeds } from '../support/tempSeeds.js';
import { makePdf } from './support/makeFixtures.js';

/**
 * An ingested and partly reviewed PDF, synced into both stores: Neo4j answers the new positions,
 * their provenance and the provenance filter exactly as SQLite does, and the sync put only the new
 * document (the seed report was not rewritten).
 */
const QUERY = /* GraphQL */ `
  query New($filter: PositionFilter) {
    positions(first: 100, filter: $filter) {
      totalCount
      edges { node { id stance actor { id } target { id } evidence { quote start end document { id original { name sha256 mediaType } } }
        provenance { method coder codedOn reviewer reviewedOn suggestedBy extractor confidence cue extractedOn } } }
    }
  }`;

let seeds: TempSeeds;
let work: string;
let neo4j: TestNeo4j;
let data: Awaited<ReturnType<typeof tempDataDir>>;
const stores: GraphStore[] = [];
const servers: RunningServer[] = [];

describe.skipIf(!canRunNeo4jTests())('an ingested document on both stores', () => {
  beforeAll(async () => {
    seeds = await copySeeds();
    work = await mkdtemp(path.join(os.tmpdir(), 'cpg-both-'));
    const pdf = path.join(work, 'exchange.pdf');
    await writeFile(pdf, await makePdf([
      'The representative of Chile said that her delegation supports the principle of non-intervention.',
      'The delegate of Japan inquired whether the principle of distinction applies to data.',
      'The representative of Mexico said that State sovereignty is important.',
    ]));
    data = await tempDataDir();
    neo4j = await startNeo4jForTests();
    // Both stores hold the seed report before the new document arrives.
    stores.push(createSqliteStore({ dataDir: data.dir }), createNeo4jStore({ uri: neo4j.uri }));
    for (const store of stores) await syncSeeds({ store, seedsDir: seeds.dir });
    const log = console.log;
    console.log = () => undefined;
    try {
      await ingestCommand(pdf, { seeds: seeds.dir, meeting: 'aalco-owg-cyber-4', format: 'text' });
      await reviewCommand('exchange', { seeds: seeds.dir, acceptAbove: 0.9, reviewer: 'Ada Reviewer' });
    } finally {
      console.log = log;
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
    await neo4j?.stop();
    await data?.remove();
    await seeds?.remove();
    await rm(work, { recursive: true, force: true });
  });

  test('Neo4j answers the new positions and their provenance as SQLite does', async () => {
    const answers = [];
    for (const store of stores) {
      // Only the new document is written; the seed report is not reloaded.
      const sync = await syncSeeds({ store, seedsDir: seeds.dir });
      expect(sync.put).toEqual(['exchange']);
      expect(sync.removed).toEqual([]);
      const server = await startServer({ store, port: 0, host: '127.0.0.1' });
      servers.push(server);
      const all = await postGraphQL(server.url, QUERY, { filter: { documentIds: ['exchange'] } });
      const extracted = await postGraphQL(server.url, QUERY, { filter: { documentIds: ['exchange'], provenance: ['EXTRACTED'] } });
      expect(all.errors).toBeUndefined();
      answers.push({ all: all.data, extracted: extracted.data });
    }
    expect(answers[1]).toEqual(answers[0]);
    const nodes = answers[0]!.all.positions.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => `${n.actor.id} ${n.stance} ${n.target.id} ${n.provenance.method}`)).toEqual(
      expect.arrayContaining(['CHL SUPPORTS non-intervention CURATED', 'JPN QUERIES distinction CURATED']),
    );
    expect(nodes[0].evidence.document.original.mediaType).toBe('application/pdf');
    for (const n of answers[0]!.extracted.positions.edges.map((e: any) => e.node)) expect(n.provenance.method).toBe('EXTRACTED');
  }, 240_000);
});
