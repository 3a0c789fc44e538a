/** One GraphQL request over HTTP; throws on a GraphQL error so a broken query never times as fast. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetchOnce(url, query, variables).catch((error: Error & { cause?: { code?: string } }) => {
    // A pooled keep-alive socket the server closed just as it was reused: send again, once.
    if (error.cause?.code === 'ECONNRESET') return fetchOnce(url, query, variables);
    throw error;
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

function fetchOnce(url: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
}

/**
 * One GraphQL request whose answer is read but not parsed: for load that runs beside a measurement
 * in this same process, where parsing megabytes of JSON would stall the measuring loop and be
 * counted as the server's stall. A GraphQL error still throws (Apollo writes `errors` first).
 */
export async function postUnparsed(url: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const response = await fetchOnce(url, query, variables);
  const body = await response.text();
  if (body.startsWith('{"errors"')) throw new Error(`${query.slice(0, 80)}: ${body.slice(0, 500)}`);
  return body.length;
}
