import http from 'node:http';

/**
 * The benchmarks' HTTP client: node:http over kept-alive sockets. Node's `fetch` (undici, web
 * streams) spent 3–5 ms of client work per 100-position answer on this machine (30 Nov 2026,
 * interleaved, load 6–8): time counted against every HTTP candidate (our API, @neo4j/graphql, the
 * hand-written query behind HTTP) but not against the driver-only floor, and not the server's.
 */
const agent = new http.Agent({ keepAlive: true });

export interface HttpAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

/** POSTs a JSON body to `url` and reads the whole answer as text. */
export async function postJson(url: string, body: string): Promise<HttpAnswer> {
  return sendOnce(url, body).catch((error: NodeJS.ErrnoException) => {
    // A pooled keep-alive socket the server closed just as it was reused: send again, once.
    if (error.code === 'ECONNRESET') return sendOnce(url, body);
    throw error;
  });
}

/** One GraphQL request over HTTP; throws on a GraphQL error so a broken query never times as fast. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const answer = await postJson(`${url}/graphql`, JSON.stringify({ query, variables }));
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/**
 * One GraphQL request whose answer is read but not parsed: for load that runs beside a measurement
 * in this same process, where parsing megabytes of JSON would stall the measuring loop and be
 * counted as the server's stall. A GraphQL error still throws (Apollo writes `errors` first).
 */
export async function postUnparsed(url: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const { text } = await postJson(`${url}/graphql`, JSON.stringify({ query, variables }));
  if (text.startsWith('{"errors"')) throw new Error(`${query.slice(0, 80)}: ${text.slice(0, 500)}`);
  return text.length;
}

function sendOnce(url: string, body: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
