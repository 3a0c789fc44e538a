import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { CYPHER_MAIN_QUERY } from './peerTypeDefs.js';

/**
 * The hand-written Cypher query behind the thinnest HTTP there is (node:http, any POST answered
 * with its rows as JSON, no GraphQL): what HTTP and JSON add to the floor, so the peer table can
 * tell the API layer's share from the store's.
 */
export async function serveHandCypher(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      driver.executeQuery(CYPHER_MAIN_QUERY, {}, { routing: 'READ' }).then(
        (result) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ data: { positions: result.records.map((record) => record.toObject()) } }));
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
