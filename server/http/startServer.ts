import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphStore } from '../../graph/index.js';
import { DEFAULT_HTTP_SETTINGS, DEFAULT_QUERY_LIMITS, GRAPH_VERSION_LEASE_MS_BY_STORE, type HttpSettings, type QueryLimits } from '../config.js';
import { warmAnalyses } from '../schema/analysisCache.js';
import { createApolloServer } from '../schema/createApolloServer.js';
import { requestSignal } from '../schema/limits/requestAbortedError.js';
import { createContext } from '../schema/loaders.js';
import { analysesInWorker } from './analysesInWorker.js';
import { graphVersionLease } from './graphVersionLease.js';
import { jsonErrors, jsonNotFound } from './jsonErrors.js';
import { rateLimit } from './rateLimit.js';
import { markCacheable, responseCache } from './responseCache.js';
import { securityHeaders } from './securityHeaders.js';

export interface ServerOptions {
  readonly store: GraphStore;
  /** TCP port; 0 takes a free one (tests). */
  readonly port: number;
  /** Interface to listen on; default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** Folder of the built visualizer served at `/`, if present. */
  readonly staticDir?: string;
  /** Query limits; defaults in server/config.ts. */
  readonly limits?: QueryLimits;
  /** Deadlines, rate limit, introspection, body size; defaults in server/config.ts. */
  readonly http?: Partial<HttpSettings>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, lets in-flight requests finish (up to `shutdownGraceMs`, then
   * cuts their connections), closes the port. Does not close the store.
   */
  close(): Promise<void>;
}

/** One HTTP process: `/graphql`, `/healthz`, and the visualizer at `/`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const settings: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, ...options.http };
  const graphVersionLeaseMs = settings.graphVersionLeaseMs ?? GRAPH_VERSION_LEASE_MS_BY_STORE[options.store.kind];
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxyHops);
  const httpServer = http.createServer(app);
  // Node's own bounds on slow clients: headers must arrive within 10 s, a whole request within
  // the deadline plus the time to send a 1 MiB body.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = settings.requestTimeoutMs + 30_000;

  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const apollo = createApolloServer({
    httpServer,
    shutdownGraceMs: settings.shutdownGraceMs,
    limits,
    introspection: settings.introspection,
    compileAfter: settings.compileAfter,
    counts: () => options.store.countGraph(),
  });
  await apollo.start();

  app.use(securityHeaders());
  if (settings.rateLimitPerMinute > 0) app.use('/graphql', rateLimit(settings.rateLimitPerMinute));
  // A browser asking for /graphql gets the self-hosted GraphiQL page (visualizer/graphiql.html,
  // every asset local): Apollo's default landing page loads its IDE from the internet.
  const ide = options.staticDir ? path.join(options.staticDir, 'graphiql.html') : null;
  app.get('/graphql', (request, response, next) => {
    if (ide && existsSync(ide) && request.accepts(['application/json', 'text/html']) === 'text/html') return response.sendFile(ide);
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: settings.maxBodyBytes }),
    // Answers change whenever the graph version does: a browser or proxy may keep one but must
    // revalidate it before reuse. Set here so that every path (executed, kept, the worker's) says so.
    (_request: express.Request, response: express.Response, next: express.NextFunction) => {
      response.set('Cache-Control', 'no-cache');
      next();
    },
    // Answers a query asked before at the same graph version with the bytes sent then; a new
    // version (a write by any process) starts reading the new analysis input at once.
    responseCache(graphVersionLease(() => options.store.getGraphVersion(), { leaseMs: graphVersionLeaseMs }), {
      onVersionChange: () => void warmAnalyses(options.store),
    }).middleware,
    // A request for analyses only is answered whole by the analysis worker.
    analysesInWorker(options.store, { limits, introspection: settings.introspection, compileAfter: settings.compileAfter, requestTimeoutMs: settings.requestTimeoutMs }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const deadline = requestSignal(settings.requestTimeoutMs);
        // 'close' fires when the response is sent or the connection drops; only the latter
        // abandons the work.
        res.once('close', () => {
          if (!res.writableFinished) deadline.clientGone();
          deadline.dispose();
        });
        let keep = true;
        return {
          ...createContext(options.store),
          signal: deadline.signal,
          markCacheable: () => keep && markCacheable(res),
          keepOutOfCache: () => void (keep = false),
        };
      },
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
  app.use(jsonNotFound());
  app.use(jsonErrors());

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  void warmAnalyses(options.store);
  return {
    url: `http://${host !== '0.0.0.0' && host !== '::' ? (host.includes(':') ? `[${host}]` : host) : 'localhost'}:${port}`,
    port,
    close: () => apollo.stop(),
  };
}
