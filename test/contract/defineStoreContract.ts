import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, type GraphCounts, type GraphStore } from '../../graph/index.js';
import { startServer, type RunningServer } from '../../server/http/startServer.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { SEEDS_DIR } from '../support/tempSeeds.js';
import { seedsWithCitationsDataset } from '../import/datasetFixtures.js';
import { CONTRACT_OPERATIONS, DATASET_OPERATIONS, type ContractOperation } from './operations.js';

/**
 * The store contract: every GraphQL query, answered over real HTTP by a server on the store under
 * test, must equal the answer recorded in `answers/` — one file per query shared by every store,
 * so two stores passing it answer identically, ordering included. After a deliberate change to
 * the seeds or the API, re-record with `npx vitest run test/contract -u` and review the diff.
 * The server compiles every document (server/schema/compiledExecution.ts) before its first run;
 * the rest of the HTTP suite runs most documents once, on graphql-js.
 */
export function defineStoreContract(
  name: string,
  createStore: () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>,
): void {
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    let server: RunningServer;
    let countsAfterFirstLoad: GraphCounts;

    beforeAll(async () => {
      ({ store, cleanup } = await createStore());
      const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
      countsAfterFirstLoad = await store.replaceGraph(bundle);
      // Every document compiled on first sight: the answers were recorded with graphql-js
      // executing them, so the compiled executor must give the same bytes on every store.
      server = await startServer({ store, port: 0, host: '127.0.0.1', http: { compileAfter: 0 } });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
      await cleanup?.();
    });

    test('loading the same seeds twice leaves every count unchanged', async () => {
      const bundle = await loadSeeds({ seedsDir: SEEDS_DIR });
      expect(await store.replaceGraph(bundle)).toEqual(countsAfterFirstLoad);
      expect(await store.getFingerprint()).toBe(bundle.fingerprint);
    });

    test('graphVersion is the store\'s graph version, unchanged by reads and advanced by a write', async () => {
      const query = '{ graphVersion }';
      const before = (await postGraphQL(server.url, query)).data.graphVersion;
      expect(before).toBe(await store.getGraphVersion());
      await postGraphQL(server.url, '{ counts { positions } }');
      expect((await postGraphQL(server.url, query)).data.graphVersion).toBe(before);
      await store.replaceGraph(await loadSeeds({ seedsDir: SEEDS_DIR }));
      expect((await postGraphQL(server.url, query)).data.graphVersion).not.toBe(before);
    });

    test('the zero-draft proposal is supported by China, Iran and the UAE', async () => {
      const { data } = await postGraphQL(server.url, `{ consensus(targetId: "zero-draft") { sides { stance actors { id } } } }`);
      const supporters = data.consensus.sides.find((side: any) => side.stance === 'SUPPORTS').actors.map((a: any) => a.id);
      expect(supporters).toEqual(expect.arrayContaining(['ARE', 'CHN', 'IRN']));
    });

    test('a request for analyses only is answered by the analysis worker over its own connection', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ divergences { target { id } margin } }' }),
      });
      expect(response.headers.get('server-timing')).toMatch(/^analysis-worker;dur=/);
      expect((await response.json()).data.divergences.length).toBeGreaterThan(0);
    });

    test('China and Japan diverge on the Budapest Convention and on whether coercion is required', async () => {
      const { data } = await postGraphQL(server.url, `{ divergences { target { id } supporting { id } opposing { id } qualifying { id } } }`);
      const on = (id: string) => data.divergences.find((d: any) => d.target.id === id);
      expect(on('budapest-convention').supporting.map((a: any) => a.id)).toContain('JPN');
      expect(on('budapest-convention').opposing.map((a: any) => a.id)).toContain('CHN');
      expect(on('coercion-required').supporting.map((a: any) => a.id)).toContain('JPN');
      expect(on('coercion-required').qualifying.map((a: any) => a.id)).toContain('CHN');
    });

    test("State sovereignty is common ground with Japan's reservation; non-intervention stays divided", async () => {
      const { data } = await postGraphQL(
        server.url,
        `{ commonGround { target { id } tier supporters { id } reservedBy { id } reservations { quote } }
           sovereignty: consensus(targetId: "sovereignty") { tier divergent }
           nonIntervention: consensus(targetId: "non-intervention") { tier contesting reserving } }`,
      );
      const sovereignty = data.commonGround.find((g: any) => g.target.id === 'sovereignty');
      expect(sovereignty.tier).toBe('AGREED_WITH_RESERVATIONS');
      expect(sovereignty.supporters.map((a: any) => a.id)).toEqual(['ARE', 'CHN', 'IRN']);
      expect(sovereignty.reservedBy.map((a: any) => a.id)).toEqual(['JPN']);
      expect(sovereignty.reservations[0].quote).toMatch(/^It is necessary to determine on a case by case basis/);
      expect(data.sovereignty).toEqual({ tier: 'AGREED_WITH_RESERVATIONS', divergent: false });
      expect(data.nonIntervention).toEqual({ tier: 'DIVERGENT', contesting: 2, reserving: 1 });
    });

    test.each(CONTRACT_OPERATIONS.map((operation) => [operation.name, operation] as const))(
      '%s answers as recorded',
      async (operationName, operation) => {
        const answer = await answerOf(server.url, operation);
        await expect(JSON.stringify(answer, null, 2) + '\n').toMatchFileSnapshot(`answers/${operationName}.json`);
      },
    );

    // Runs after the cases above (vitest runs a suite's tasks in order): the same store, reloaded
    // with the seeds and an imported research dataset.
    describe('with a research dataset imported beside the seeds', () => {
      beforeAll(async () => {
        const seeds = await seedsWithCitationsDataset();
        try {
          await store.replaceGraph(await loadSeeds({ seedsDir: seeds.dir }));
        } finally {
          await seeds.remove();
        }
      }, 120_000);

      test('scoping to one tier or to the dataset changes consensus and agreement', async () => {
        const { data } = await postGraphQL(server.url, DATASET_OPERATIONS[0]!.query);
        const consensusOf = (c: any) => [c.score, c.statesSpoke];
        for (const scoped of [data.secondary, data.official, data.dataset]) expect(consensusOf(scoped)).not.toEqual(consensusOf(data.all));
        const sharing = (a: any) => a.pairs.filter((p: any) => p.sharedTargets > 0).map((p: any) => [p.stateA.id, p.stateB.id, p.agreements]);
        expect(sharing(data.agreementDataset)).not.toEqual(sharing(data.agreementAll));
        expect(sharing(data.agreementOfficial)).not.toEqual(sharing(data.agreementAll));
        expect(data.basis.positions).toBeGreaterThan(0);
        expect(data.basis).toMatchObject({ curated: 0, imported: data.basis.positions });
      });

      test.each(DATASET_OPERATIONS.map((operation) => [operation.name, operation] as const))(
        '%s answers as recorded',
        async (operationName, operation) => {
          const answer = await answerOf(server.url, operation);
          await expect(JSON.stringify(answer, null, 2) + '\n').toMatchFileSnapshot(`answers/${operationName}.json`);
        },
      );
    });
  });
}

/** The response to an operation; for a walked connection, every page's response in order. */
async function answerOf(url: string, operation: ContractOperation): Promise<unknown> {
  if (!operation.walk) return postGraphQL(url, operation.query, operation.variables);
  const pages = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    const response = await postGraphQL(url, operation.query, { ...operation.variables, after });
    pages.push(response);
    const connection = response.data?.[operation.walk];
    if (!connection?.pageInfo.hasNextPage) return pages;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${operation.name}: more than 1000 pages`);
}
