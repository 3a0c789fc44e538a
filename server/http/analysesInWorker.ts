import type { NextFunction, Request, Response } from 'express';
import type { GraphStore } from '../../graph/index.js';
import { storeConfigOf } from '../../graph/store/createStore.js';
import type { QueryLimits } from '../config.js';
import { analysisPoolFor } from '../schema/analysisPool.js';
import { isAnalysisOperation } from '../schema/analysisOperation.js';
import { graphVersionOf, markCacheable } from './responseCache.js';

export interface AnalysesInWorkerOptions {
  readonly limits: QueryLimits;
  readonly introspection: boolean;
  readonly compileAfter: number;
  readonly requestTimeoutMs: number;
}

/**
 * Express middleware, after the response cache and before the GraphQL handler: a request that asks
 * only for analyses (analysisOperation.ts) is executed whole in the analysis worker thread and its
 * bytes sent as they come back, so that a cold agreement over 193 States or a stance matrix of
 * 60,000 cells (seconds of walking and serialising at 300,000 positions) never holds this thread.
 * The worker runs the same GraphQL server (limits, cost, deadline, error format); its answer joins
 * the response cache when it was computed at the version this request found. Without a worker
 * (a store not made by createStore, `ANALYSIS_WORKER=0`) every request goes to the handler.
 */
export function analysesInWorker(store: GraphStore, options: AnalysesInWorkerOptions) {
  const pool = analysisPoolFor(storeConfigOf(store));
  return (request: Request, response: Response, next: NextFunction): void => {
    if (pool === null || request.method !== 'POST' || !isAnalysisOperation(request.body, options.limits.maxTokens)) return next();
    const started = performance.now();
    pool.runGraphQL({ body: request.body, ...options }).then((answer) => {
      if (answer.cacheable && answer.version !== null && answer.version === graphVersionOf(response)) markCacheable(response);
      // Server-Timing (a W3C header browsers' developer tools show): where the answer came from, and how long it took.
      response.set('Server-Timing', `analysis-worker;dur=${(performance.now() - started).toFixed(1)}`);
      response.status(answer.status).type(answer.contentType).send(answer.body);
    }, next);
  };
}
