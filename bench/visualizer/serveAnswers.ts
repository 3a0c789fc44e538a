import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { answerGraphQL } from './answerGraphQL.js';
import type { SyntheticGraph } from './generateGraph.js';

type GraphQLBody = { operationName?: string; variables?: Record<string, unknown> };

/**
 * The explorer built in `outDir` and the stand-in API's answers for `graph`, served over HTTP on a
 * free loopback port. Answers are computed once per operation and variables, the start-up ones
 * before the first page loads: the stand-in's aggregation runs on the same two cores as the page,
 * and its time is the API's (bench/api), not the explorer's. Over HTTP, as the API serves them,
 * not through Playwright's request interception: that passes each body through the Node process
 * and the DevTools protocol (base64), which took 0.5–1.6 s for the 2.3 MB of stance cells and was
 * counted as the page's.
 */
export async function serveAnswers(graph: SyntheticGraph, outDir: string): Promise<{ url: string; close(): void }> {
  const answers = new Map<string, string>();
  const answerOnce = (body: GraphQLBody) => {
    const key = JSON.stringify([body.operationName, body.variables ?? {}]);
    if (!answers.has(key)) answers.set(key, JSON.stringify(answerGraphQL(graph, body)));
    return answers.get(key)!;
  };
  for (const operationName of ['Catalog', 'StanceCells', 'StanceColumns', 'ProvenanceCounts']) answerOnce({ operationName, variables: operationName.startsWith('Stance') ? { scope: null } : {} });

  const app = express();
  app.post('/graphql', express.json({ limit: '1mb' }), (request, response) => {
    response.type('application/json').send(answerOnce(request.body as GraphQLBody));
  });
  app.use(express.static(outDir));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => {
      // Kept-alive sockets would hold the process open for a minute after the benchmark ends.
      server.close();
      server.closeAllConnections();
    },
  };
}
