import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, print, type OperationDefinitionNode } from 'graphql';
import { analysisCacheOf } from './analysisCache.js';
import type { Context } from './loaders.js';

/** Root fields whose answers are pure functions of the graph version and their arguments. */
const ANALYSIS_FIELDS = new Set(['consensus', 'divergences', 'agreement', 'blocs', 'commonGround', 'zeroDraft', 'stanceMatrix']);

/**
 * Answers a query made only of analysis fields from the response computed for the same document
 * and variables at the same graph version (analysisCache.ts checks the version with the store on
 * every request). The analyses' own results are cached already; this also spares re-executing a
 * large result through GraphQL (18,000 agreement pairs cost a second of field resolution each
 * time). Responses with errors are never kept.
 */
export function analysisResponseCache(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let remember: ((data: unknown) => void) | null = null;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (!isAnalysisOnly(operation)) return null;
          const cache = analysisCacheOf(contextValue.store);
          const version = await cache.version();
          const key = `${request.operationName ?? ''}\u0000${request.query ?? print(operation)}\u0000${JSON.stringify(request.variables ?? {})}`;
          const data = cache.response(version, key);
          if (data !== undefined) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } } };
          remember = (fresh) => cache.rememberResponse(version, key, fresh, JSON.stringify(fresh).length);
          return null;
        },
        async willSendResponse({ response }) {
          if (remember && response.body.kind === 'single' && !response.body.singleResult.errors && response.body.singleResult.data) {
            remember(response.body.singleResult.data);
          }
        },
      };
    },
  };
}

function isAnalysisOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && ANALYSIS_FIELDS.has(s.name.value))
  );
}
