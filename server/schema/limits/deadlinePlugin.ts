import type { ApolloServerPlugin } from '@apollo/server';
import { RequestAbortedError, type RequestControl } from './requestAbortedError.js';

/**
 * Answers a request whose signal aborted (deadline passed, client gone) with one REQUEST_TIMEOUT
 * error (HTTP 503, retriable) instead of a partial result with one error per abandoned field.
 * Every field about to resolve checks the signal first (deadlineResolvers.ts), so a long
 * operation stops at the next field instead of running to the end for nobody.
 */
export function deadlinePlugin(): ApolloServerPlugin<Partial<RequestControl>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reason: unknown = contextValue.signal?.reason;
          if (!(reason instanceof RequestAbortedError) || response.body.kind !== 'single') return;
          response.http.status = 503;
          response.body.singleResult = {
            errors: [{ message: reason.message, extensions: { code: reason.code, timeoutMs: reason.timeoutMs, retriable: true } }],
          };
        },
      };
    },
  };
}
