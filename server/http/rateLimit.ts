import type { RequestHandler } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';

/**
 * Per-client-address rate limit on /graphql (express-rate-limit, in-memory, one-minute window),
 * off unless RATE_LIMIT_PER_MINUTE is set. Behind a reverse proxy set TRUST_PROXY_HOPS, or every
 * client shares the proxy's address. Several server processes each count separately: put the
 * limit in the proxy, or a shared store, when running more than one.
 */
export function rateLimit(perMinute: number): RequestHandler {
  return expressRateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      response.status(429).json({
        errors: [
          {
            message: `Too many requests from this address: the limit is ${perMinute} per minute (RATE_LIMIT_PER_MINUTE). Retry after the time in the RateLimit header.`,
            extensions: { code: 'RATE_LIMITED', limit: { name: 'rateLimitPerMinute', max: perMinute } },
          },
        ],
      });
    },
  });
}
