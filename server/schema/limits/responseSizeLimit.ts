import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { QueryLimits } from '../../config.js';

/**
 * The backstop behind the cost estimate: a response whose JSON exceeds `maxResponseBytes` is
 * replaced by one RESPONSE_TOO_LARGE error, so no client receives (and no proxy buffers) an answer
 * of hundreds of megabytes. Measured on the serialised result, as the client would receive it.
 *
 * The plugin serialises each answer to measure it; `stringifyResult` (Apollo's constructor
 * option) then sends those same bytes instead of serialising the answer a second time. They are
 * found by the answer's `data` object, which Apollo hands on unchanged; an answer with errors or
 * extensions, whose fields Apollo reorders, is serialised again.
 */
export interface ResponseSizeLimit {
  readonly plugin: ApolloServerPlugin;
  readonly stringifyResult: (value: FormattedExecutionResult) => string;
}

export function responseSizeLimit(limits: QueryLimits): ResponseSizeLimit {
  const serialised = new WeakMap<object, string>();
  return {
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            const json = serialise(result);
            const bytes = json === null ? Infinity : Buffer.byteLength(json, 'utf8');
            if (bytes <= limits.maxResponseBytes) {
              if (json !== null && isDataOnly(result)) serialised.set(result.data, json);
              return;
            }
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
    },
    // As Apollo's own (prettyJSONStringify): the JSON and a newline.
    stringifyResult(value) {
      const kept = isDataOnly(value) ? serialised.get(value.data) : undefined;
      return `${kept ?? JSON.stringify(value)}\n`;
    },
  };
}

/** A result of `data` alone (no errors, no extensions): its JSON is `{"data":…}` however Apollo orders the fields. */
function isDataOnly(result: FormattedExecutionResult): result is FormattedExecutionResult & { data: object } {
  return typeof result.data === 'object' && result.data !== null && result.errors === undefined && result.extensions === undefined;
}

function serialise(result: unknown): string | null {
  try {
    return JSON.stringify(result);
  } catch {
    return null; // RangeError: Invalid string length
  }
}
