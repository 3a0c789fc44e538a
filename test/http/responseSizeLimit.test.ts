import { describe, expect, test } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../server/config.js';
import { responseSizeLimit } from '../../server/schema/limits/responseSizeLimit.js';

/** Runs the plugin's willSendResponse on `result` as Apollo would, and returns the response it leaves. */
async function sendThroughPlugin(limit: ReturnType<typeof responseSizeLimit>, result: Record<string, unknown>) {
  const response = { http: { status: undefined as number | undefined }, body: { kind: 'single', singleResult: result } };
  const hooks = await limit.plugin.requestDidStart!({} as never);
  await hooks!.willSendResponse!({ response } as never);
  return response;
}

describe('the response size limit', () => {
  test('sends the bytes it measured instead of serialising the answer again', async () => {
    const limit = responseSizeLimit(DEFAULT_QUERY_LIMITS);
    const data: Record<string, unknown> = { positions: { totalCount: 3 } };
    await sendThroughPlugin(limit, { data });
    data.changedAfterMeasuring = true; // a second serialisation would show it
    // Apollo hands stringifyResult a new object with the fields in its order and the same data.
    expect(limit.stringifyResult({ errors: undefined, data, extensions: undefined })).toBe('{"data":{"positions":{"totalCount":3}}}\n');
  });

  test('serialises an answer with errors itself, as Apollo would', async () => {
    const limit = responseSizeLimit(DEFAULT_QUERY_LIMITS);
    const data = { positions: null };
    const errors = [{ message: 'no such actor' }];
    await sendThroughPlugin(limit, { data, errors });
    expect(limit.stringifyResult({ errors, data })).toBe(`${JSON.stringify({ errors, data })}\n`);
  });

  test('replaces an answer over the limit by one RESPONSE_TOO_LARGE error with status 400', async () => {
    const limit = responseSizeLimit({ ...DEFAULT_QUERY_LIMITS, maxResponseBytes: 1024 });
    const response = await sendThroughPlugin(limit, { data: { text: 'x'.repeat(2000) } });
    expect(response.http.status).toBe(400);
    expect(response.body.singleResult).toMatchObject({ errors: [{ extensions: { code: 'RESPONSE_TOO_LARGE', limit: { name: 'maxResponseBytes', max: 1024 } } }] });
  });
});
