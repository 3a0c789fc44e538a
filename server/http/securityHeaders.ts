import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for the explorer and the API (helmet), the same in every NODE_ENV. The CSP
 * allows only what the built explorer uses: its own scripts, styles and layout worker, data: and
 * blob: images and downloads (exports), GraphQL on the same origin. The one inline stylesheet is
 * the rule cytoscape.js injects into <head> (`.__________cytoscape_container { position: relative; }`),
 * allowed by its hash rather than by 'unsafe-inline'. No upgrade-insecure-requests: the server
 * speaks plain HTTP (TLS belongs to a reverse proxy), and the directive would break the explorer
 * when opened by address on a LAN. test/browser/csp.test.ts checks the explorer raises no violation.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", `'${CYTOSCAPE_STYLESHEET_HASH}'`],
        workerSrc: ["'self'", 'blob:'],
      },
    },
    frameguard: { action: 'deny' },
    // The explorer loads nothing cross-origin; the API is same-origin only (no CORS headers).
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false, // HSTS belongs to the TLS-terminating proxy, not plain HTTP
  });
}

/** sha256 of the stylesheet cytoscape.js inserts (cytoscape BRp.init). */
const CYTOSCAPE_STYLESHEET_HASH = 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';
