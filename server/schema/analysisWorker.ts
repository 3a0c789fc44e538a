import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { AnalysisScope, GraphStore } from '../../graph/index.js';
import { createReaderStore, type StoreConfig } from '../../graph/store/createStore.js';
import type { QueryLimits } from '../config.js';
import { analysisCacheOf } from './analysisCache.js';
import type { AnalysisJob } from './analysisJobs.js';
import { createApolloServer, type RequestContext } from './createApolloServer.js';
import { createContext } from './loaders.js';
import { requestSignal } from './limits/requestAbortedError.js';
import { serializeError, type SerializedError } from './workerError.js';

/**
 * The analysis worker thread (run by analysisPool.ts through piscina). It reads through its own
 * connection to the store (read-only for the embedded store, a driver of its own for Neo4j), so
 * that neither reading a whole corpus nor computing over it holds the event loop that serves
 * requests, and it keeps the analysis inputs and answers (analysisCache.ts, here without a worker
 * of its own: the two most recent inputs, per graph version and scope). It takes two kinds of task:
 * - `job`: one analysis answer, sent back as data, for a request that mixes analyses with other
 *   fields (the serving thread executes that request);
 * - `graphql`: a whole request that asks only for analyses (analysisOperation.ts), executed here
 *   by the same GraphQL server, limits and error format as the serving thread's, and sent back as
 *   the response's bytes: the serving thread neither copies nor walks the answer's objects.
 */
export type WorkerTask = JobTask | GraphQLTask;

export interface JobTask {
  readonly kind: 'job';
  readonly config: StoreConfig;
  readonly scope: AnalysisScope;
  readonly job: AnalysisJob;
}

export interface GraphQLTask {
  readonly kind: 'graphql';
  readonly config: StoreConfig;
  /** The request's JSON body: query, variables, operationName. */
  readonly body: unknown;
  readonly limits: QueryLimits;
  readonly introspection: boolean;
  readonly compileAfter: number;
  readonly requestTimeoutMs: number;
}

/** A job's answer, with the graph version it was computed at (the caller caches it only at its own). */
export type JobAnswer = { readonly version: string; readonly result: unknown } | { readonly version: string | null; readonly error: SerializedError };

/** A whole response; `cacheable` when it was a successful query (responseCachePlugin.ts), computed at `version`. */
export interface GraphQLAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly cacheable: boolean;
  readonly version: string | null;
}

export default async function runTask(task: WorkerTask): Promise<JobAnswer | GraphQLAnswer> {
  return task.kind === 'graphql' ? runGraphQL(task) : runJob(task);
}

// Private:

let opened: { key: string; store: Promise<GraphStore> } | null = null;
let apollo: { key: string; server: Promise<ApolloServer<RequestContext>> } | null = null;

/** The connection for `config`, opened once (a process serves one store). */
function storeFor(config: StoreConfig): Promise<GraphStore> {
  const key = JSON.stringify(config);
  if (opened?.key !== key) {
    void opened?.store.then((store) => store.close(), () => undefined);
    opened = { key, store: createReaderStore(config) };
  }
  return opened.store;
}

async function runJob(task: JobTask): Promise<JobAnswer> {
  let version: string | null = null;
  try {
    const cache = analysisCacheOf(await storeFor(task.config));
    version = await cache.version();
    return { version, result: await cache.job(task.scope, task.job) };
  } catch (error) {
    return { version, error: serializeError(error) };
  }
}

async function runGraphQL(task: GraphQLTask): Promise<GraphQLAnswer> {
  const store = await storeFor(task.config);
  const server = await apolloFor(store, task);
  const version = await analysisCacheOf(store).version().catch(() => null);
  const deadline = requestSignal(task.requestTimeoutMs);
  let cacheable = false;
  try {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: task.body },
      context: async () => ({ ...createContext(store), signal: deadline.signal, markCacheable: () => void (cacheable = true) }),
    });
    let body = '';
    if (response.body.kind === 'complete') body = response.body.string;
    else for await (const chunk of response.body.asyncIterator) body += chunk;
    return { status: response.status ?? 200, contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8', body, cacheable, version };
  } finally {
    deadline.dispose();
  }
}

/** One GraphQL server per store and settings (a process has one of each), started once. */
function apolloFor(store: GraphStore, task: GraphQLTask): Promise<ApolloServer<RequestContext>> {
  const key = JSON.stringify([task.config, task.limits, task.introspection, task.compileAfter]);
  if (apollo?.key !== key) {
    const server = createApolloServer({ limits: task.limits, introspection: task.introspection, compileAfter: task.compileAfter, counts: () => store.countGraph() });
    apollo = { key, server: server.start().then(() => server) };
  }
  return apollo.server;
}
