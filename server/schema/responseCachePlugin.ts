import type { ApolloServerPlugin } from '@apollo/server';

/** What the HTTP layer puts in the context so that a response can be marked for its cache. */
export interface CacheableContext {
  /** Marks this request's response as one server/http/responseCache.ts may keep. */
  readonly markCacheable?: () => void;
  /** Called by a resolver whose answer must be read afresh each time: the response is then not kept. */
  readonly keepOutOfCache?: () => void;
}

/**
 * Marks a response cacheable when its operation was a query (never a mutation) and it carried no
 * error: the HTTP layer then keeps its bytes for the same query, variables and graph version
 * (server/http/responseCache.ts). Listed after the response-size limit, which turns an oversized
 * answer into an error.
 */
export function responseCachePlugin(): ApolloServerPlugin<CacheableContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== 'query' || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors || response.http.status !== undefined && response.http.status !== 200) return;
          contextValue.markCacheable?.();
        },
      };
    },
  };
}
