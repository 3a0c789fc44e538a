import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryLimits } from '../../config.js';

/**
 * The backstop behind the cost estimate: a response whose JSON exceeds `maxResponseBytes` is
 * replaced by one RESPONSE_TOO_LARGE error, so no client receives (and no proxy buffers) an answer
 * of hundreds of megabytes. Measured on the serialised result, as the client would receive it.
 */
export function responseSizePlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = serialisedBytes(response.body.singleResult);
          if (bytes <= limits.maxResponseBytes) return;
          response.http.status = 400;
          response.body.singleResult = {
            errors: [
              {
                message: `The response would be ${bytes === Infinity ? 'larger than a string can hold' : `${bytes} bytes`}, over the limit of ${limits.maxResponseBytes} bytes (maxResponseBytes). Ask for smaller pages or fewer fields.`,
                extensions: {
                  code: 'RESPONSE_TOO_LARGE',
                  limit: { name: 'maxResponseBytes', max: limits.maxResponseBytes, ...(bytes === Infinity ? {} : { found: bytes }) },
                },
              },
            ],
          };
        },
      };
    },
  };
}

function serialisedBytes(result: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(result), 'utf8');
  } catch {
    return Infinity; // RangeError: Invalid string length
  }
}
