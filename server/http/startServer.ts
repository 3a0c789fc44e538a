import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphStore } from '../../graph/index.js';
import { createApolloServer } from '../schema/createApolloServer.js';
import { createContext } from '../schema/loaders.js';

export interface ServerOptions {
  readonly store: GraphStore;
  /** TCP port; 0 takes a free one (tests). */
  readonly port: number;
  /** Interface to listen on. */
  readonly host?: string;
  /** Folder of the built visualizer served at `/`, if present. */
  readonly staticDir?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, lets in-flight ones finish, closes the port. Does not close the store. */
  close(): Promise<void>;
}

/** One HTTP process: `/graphql`, `/healthz`, and the visualizer at `/`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer({ httpServer });
  await apollo.start();

  // A browser asking for /graphql gets the self-hosted GraphiQL page (visualizer/graphiql.html,
  // every asset local): Apollo's default landing page loads its IDE from the internet.
  const ide = options.staticDir ? path.join(options.staticDir, 'graphiql.html') : null;
  app.get('/graphql', (request, response, next) => {
    if (ide && existsSync(ide) && request.accepts(['application/json', 'text/html']) === 'text/html') return response.sendFile(ide);
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => createContext(options.store),
    }),
  );
  app.get('/healthz', async (_request, response) => {
    try {
      response.json({ status: 'ok', store: options.store.kind, counts: await options.store.countGraph() });
    } catch (error) {
      response.status(503).json({ status: 'unavailable', store: options.store.kind, error: (error as Error).message });
    }
  });
  if (options.staticDir && existsSync(options.staticDir)) {
    app.use(express.static(options.staticDir, { index: 'index.html' }));
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`,
    port,
    close: () => apollo.stop(),
  };
}
