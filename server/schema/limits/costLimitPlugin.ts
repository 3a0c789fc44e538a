import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import type { GraphCounts } from '../../../graph/index.js';
import type { QueryLimits } from '../../config.js';
import { costEstimator } from './costEstimator.js';
import { limitError } from './limitError.js';

export interface CostLimitOptions {
  readonly limits: QueryLimits;
  /** The graph's counts, which price catalog lists and analysis fields (cached: see below). */
  readonly counts: () => Promise<GraphCounts>;
}

/**
 * Refuses an operation whose estimated cost (costEstimator.ts) exceeds `maxCost`, once the
 * operation is resolved and its variables known, before any resolver runs.
 */
export function costLimitPlugin(options: CostLimitOptions): ApolloServerPlugin {
  const counts = cachedFor(COUNTS_TTL_MS, options.counts);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const estimators = [costEstimator(await counts())];
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: request.variables ?? {}, estimators });
          } catch {
            return; // invalid variables: execution refuses them with graphql-js's own message, before any resolver
          }
          const max = options.limits.maxCost;
          if (cost > max) {
            throw limitError(
              'GRAPHQL_VALIDATION_FAILED',
              `Query cost limit of ${max} exceeded, estimated ${cost}. Ask for smaller pages (first), fewer nested lists or fewer analysis fields per request.`,
              { name: 'maxCost', max, found: cost },
            );
          }
        },
      };
    },
  };
}

// Private:

/** Counts change only when data is loaded; pricing with counts a few seconds old is fine. */
const COUNTS_TTL_MS = 10_000;

function cachedFor<T>(ttlMs: number, read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  let readAt = 0;
  return () => {
    if (!value || Date.now() - readAt > ttlMs) {
      readAt = Date.now();
      value = read().catch((error: unknown) => {
        value = null; // a store outage must not stick
        throw error;
      });
    }
    return value;
  };
}
