import type { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * HTTP errors as JSON in the GraphQL error shape, in every NODE_ENV: a malformed body (400), a
 * body over the size limit (413), a wrong content encoding (415). Express's default handler
 * would send an HTML page with a stack trace and absolute paths. Anything unexpected is logged
 * here and answered 500 without detail.
 */
export function jsonErrors(): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = statusOf(error);
    const known = KNOWN[(error as { type?: string }).type ?? ''];
    if (!known || status >= 500) console.error(error);
    response
      .status(known ? status : 500)
      .json({ errors: [{ message: known?.message(error) ?? 'Internal server error', extensions: { code: known?.code ?? 'INTERNAL_SERVER_ERROR' } }] });
  };
}

/** 404 for unknown paths, as JSON (no Express "Cannot GET" page). */
export function jsonNotFound(): RequestHandler {
  return (request, response) => {
    response.status(404).json({ errors: [{ message: `Nothing at ${request.method} ${request.path.slice(0, 100)}; the API is at /graphql.`, extensions: { code: 'NOT_FOUND' } }] });
  };
}

// Private:

interface BodyParserError {
  readonly limit?: number;
  readonly length?: number;
  readonly encoding?: string;
}

const KNOWN: Record<string, { code: string; message: (error: unknown) => string }> = {
  'entity.parse.failed': {
    code: 'BAD_REQUEST',
    message: () => 'The request body is not valid JSON. Send {"query": "...", "variables": {...}} with content-type: application/json.',
  },
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: (error) => `The request body is over the limit of ${(error as BodyParserError).limit} bytes (MAX_BODY_BYTES). Send a smaller query, or fewer variables.`,
  },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body has an unsupported content encoding; send it uncompressed, gzip or deflate.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body has an unsupported charset; send UTF-8 JSON.',
  },
  'request.aborted': { code: 'BAD_REQUEST', message: () => 'The request was aborted by the client.' },
  'request.size.invalid': { code: 'BAD_REQUEST', message: () => 'The request body is shorter or longer than its content-length.' },
};

function statusOf(error: unknown): number {
  const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
