/** A GraphQL error the API reported, with its `extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Posts one operation to the server's `/graphql`, next to the page (a relative URL: the app may be
 * mounted anywhere). The only way the explorer reads data. Throws `ApiError` for GraphQL errors and
 * for a failed HTTP exchange.
 */
export async function queryApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const operationName = /^\s*query\s+(\w+)/.exec(query)?.[1];
  const response = await fetch('./graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const error = body?.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? null);
  if (!response.ok || !body?.data) throw new ApiError(`The API answered ${response.status} ${response.statusText}`, null);
  return body.data;
}
