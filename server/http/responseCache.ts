import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { GraphVersionLease } from './graphVersionLease.js';

/**
 * Whole GraphQL responses kept as the bytes sent, per graph version: a query asked again with the
 * same text, variables and operation name at the same version is answered without parsing,
 * executing or serialising anything (a warm agreement over 193 States is 18,528 pairs: re-executing
 * and re-serialising them cost more than computing them once). Every request first asks for the
 * store's current graph version (graphVersionLease.ts: a read of the store each time, or one
 * confirmed within the lease), so a write by any process is seen by the next request, or within
 * the lease, and the server keeps no state the store has not confirmed.
 *
 * Only successful queries are kept: the GraphQL layer marks a response cacheable (`markCacheable`,
 * from responseCachePlugin.ts) when its operation was a query and it carried no error. Memory is
 * bounded by MAX_BYTES, least recently used dropped first; a response larger than a quarter of it
 * is not kept; a new version empties it. `RESPONSE_CACHE_MB=0` turns it off.
 */
export interface ResponseCache {
  /** Express middleware, after the JSON body parser and before the GraphQL handler. */
  readonly middleware: (request: Request, response: Response, next: NextFunction) => void;
}

export interface ResponseCacheOptions {
  readonly maxBytes?: number;
  /** Called when a request finds the graph at another version than the one before (not at the first). */
  readonly onVersionChange?: () => void;
}

export function responseCache(graphVersion: GraphVersionLease, options: ResponseCacheOptions = {}): ResponseCache {
  const maxBytes = options.maxBytes ?? defaultMaxBytes();
  let version: string | null = null;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const remember = (at: string, key: string, body: Buffer) => {
    if (at !== version || body.length > maxBytes / 4) return;
    entries.delete(key);
    // The ETag is computed once here (Express would otherwise hash megabytes on every hit), the way
    // Express's own (the etag package: weak, length, SHA-1 in base64 without padding) computes it
    // for the executed answer: one body, one ETag, whichever path answered it.
    const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
    entries.set(key, { body, etag: `W/"${body.length.toString(16)}-${hash}"` });
    bytes += body.length;
    for (const [oldest, value] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= value.body.length;
    }
  };

  return {
    middleware(request, response, next) {
      const key = maxBytes > 0 && request.method === 'POST' ? keyOf(request.body) : null;
      if (key === null) return next();
      graphVersion.current().then(
        (current) => {
          if (current !== version) {
            entries.clear();
            bytes = 0;
            if (version !== null) options.onVersionChange?.();
            version = current;
          }
          response.locals.graphVersion = current;
          // Which graph an answer belongs to (a client citing it, or waiting to see a write): the
          // version confirmed when the request arrived; an executed answer reads that one or later.
          response.set('Graph-Version', current);
          const hit = entries.get(key);
          if (hit !== undefined) {
            entries.delete(key);
            entries.set(key, hit);
            response.status(200).type('application/json; charset=utf-8').set('ETag', hit.etag).send(hit.body);
            return;
          }
          const send = response.send.bind(response);
          response.send = (body: unknown) => {
            if (response.locals.responseCacheable === true && response.statusCode === 200 && typeof body === 'string') {
              remember(current, key, Buffer.from(body, 'utf8'));
            }
            return send(body);
          };
          next();
        },
        // An unreachable store is the GraphQL layer's to report, with its error code.
        () => next(),
      );
    },
  };
}

/** The graph version this request found (set by the middleware before the handlers run), or null. */
export function graphVersionOf(response: Response): string | null {
  return typeof response.locals.graphVersion === 'string' ? response.locals.graphVersion : null;
}

/** Lets the GraphQL layer mark this request's response as one to keep. */
export function markCacheable(response: Response): void {
  response.locals.responseCacheable = true;
}

// Private:

interface Entry {
  readonly body: Buffer;
  readonly etag: string;
}

function keyOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, variables, operationName } = body as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  return JSON.stringify([query.trim(), variables ?? null, operationName ?? null]);
}

function defaultMaxBytes(): number {
  const mb = Number(process.env.RESPONSE_CACHE_MB ?? 64);
  return Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : 64 * 1024 * 1024;
}
