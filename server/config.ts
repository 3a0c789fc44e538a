import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '../graph/index.js';

/** The project's root folder, whatever the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where curated seeds live unless `SEEDS_DIR` says otherwise. */
export function seedsDirFromEnv(env: NodeJS.ProcessEnv): string {
  return env.SEEDS_DIR ? path.resolve(env.SEEDS_DIR) : path.join(PROJECT_ROOT, 'seeds');
}

/** The built visualizer, served at `/`. */
export const VISUALIZER_DIR = path.join(PROJECT_ROOT, 'visualizer', 'dist');

/** `PORT` (default 4000), checked so a typo gives a message rather than a random port. */
export function portFromEnv(env: NodeJS.ProcessEnv): number {
  return integerFromEnv(env, 'PORT', 4000, 0, 65535);
}

/** `HOST` (default 127.0.0.1: only this machine; set 0.0.0.0 or an address to expose it). */
export function hostFromEnv(env: NodeJS.ProcessEnv): string {
  return env.HOST?.trim() || '127.0.0.1';
}

/**
 * What one GraphQL request may ask for. Each is refused before any work is done, with an error
 * naming the limit and its value (README, "Reliability and security").
 */
export interface QueryLimits {
  /** Nesting of selections (`positions { edges { node { actor { ... } } } }` is 5). */
  readonly maxDepth: number;
  /** Aliased fields per operation. */
  readonly maxAliases: number;
  /** Lexical tokens per document, counted while parsing. */
  readonly maxTokens: number;
  /** Directives per operation. */
  readonly maxDirectives: number;
  /** Estimated cost (server/schema/limits/costEstimator.ts). */
  readonly maxCost: number;
  /** Items in one list argument (ids, kinds, stances). */
  readonly maxListLength: number;
  /** Characters in one String argument. */
  readonly maxStringLength: number;
  /** Characters in one ID argument. */
  readonly maxIdLength: number;
  /** Words in one search query. */
  readonly maxSearchTerms: number;
  /** Bytes of one JSON response. */
  readonly maxResponseBytes: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 25_000,
  maxListLength: 500,
  maxStringLength: 1000,
  maxIdLength: 128,
  maxSearchTerms: 32,
  maxResponseBytes: 16 * 1024 * 1024,
};

/** HTTP-level protections. */
export interface HttpSettings {
  /** Deadline of one request; past it the request's remaining work is abandoned. */
  readonly requestTimeoutMs: number;
  /** On SIGTERM/SIGINT, how long in-flight requests get to finish before their connections are cut. */
  readonly shutdownGraceMs: number;
  /** Requests per minute per client address; 0 turns rate limiting off. */
  readonly rateLimitPerMinute: number;
  /** Express `trust proxy`: hops of reverse proxies whose X-Forwarded-For is believed (0: none). */
  readonly trustProxyHops: number;
  /** Whether the schema can be introspected (GraphiQL, codegen). */
  readonly introspection: boolean;
  /** Largest request body accepted. */
  readonly maxBodyBytes: number;
  /**
   * How long a graph version read from the store is trusted before it is read again
   * (server/http/graphVersionLease.ts): a write by another process is seen within it. Undefined:
   * the store's default (GRAPH_VERSION_LEASE_MS_BY_STORE).
   */
  readonly graphVersionLeaseMs?: number;
  /**
   * Times graphql-js executes a document before graphql-jit compiles it
   * (server/schema/compiledExecution.ts); 0 compiles every document on first sight.
   */
  readonly compileAfter: number;
}

/**
 * Neo4j: one Bolt round trip per request saved on every repeated query, writes seen within a
 * second (what a cluster's followers give anyway). Embedded: the read is in-process and costs
 * microseconds, so every request reads it and sees every write at once.
 */
export const GRAPH_VERSION_LEASE_MS_BY_STORE = { neo4j: 1000, sqlite: 0 } as const;

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  requestTimeoutMs: 10_000,
  shutdownGraceMs: 10_000,
  rateLimitPerMinute: 0,
  trustProxyHops: 0,
  introspection: true,
  maxBodyBytes: 1024 * 1024,
  compileAfter: 1,
};

/** The limits as the environment sets them (variables named in README), defaults otherwise. */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    maxDepth: integerFromEnv(env, 'GRAPHQL_MAX_DEPTH', d.maxDepth, 1),
    maxAliases: integerFromEnv(env, 'GRAPHQL_MAX_ALIASES', d.maxAliases, 0),
    maxTokens: integerFromEnv(env, 'GRAPHQL_MAX_TOKENS', d.maxTokens, 10),
    maxDirectives: integerFromEnv(env, 'GRAPHQL_MAX_DIRECTIVES', d.maxDirectives, 0),
    maxCost: integerFromEnv(env, 'GRAPHQL_MAX_COST', d.maxCost, 1),
    maxListLength: integerFromEnv(env, 'GRAPHQL_MAX_LIST_LENGTH', d.maxListLength, 1),
    maxStringLength: integerFromEnv(env, 'GRAPHQL_MAX_STRING_LENGTH', d.maxStringLength, 1),
    maxIdLength: integerFromEnv(env, 'GRAPHQL_MAX_ID_LENGTH', d.maxIdLength, 1),
    maxSearchTerms: integerFromEnv(env, 'GRAPHQL_MAX_SEARCH_TERMS', d.maxSearchTerms, 1),
    maxResponseBytes: integerFromEnv(env, 'GRAPHQL_MAX_RESPONSE_BYTES', d.maxResponseBytes, 1024),
  };
}

export function httpSettingsFromEnv(env: NodeJS.ProcessEnv): HttpSettings {
  const d = DEFAULT_HTTP_SETTINGS;
  return {
    requestTimeoutMs: integerFromEnv(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 100),
    shutdownGraceMs: integerFromEnv(env, 'SHUTDOWN_GRACE_MS', d.shutdownGraceMs, 0),
    rateLimitPerMinute: integerFromEnv(env, 'RATE_LIMIT_PER_MINUTE', d.rateLimitPerMinute, 0),
    trustProxyHops: integerFromEnv(env, 'TRUST_PROXY_HOPS', d.trustProxyHops, 0),
    introspection: booleanFromEnv(env, 'GRAPHQL_INTROSPECTION', d.introspection),
    maxBodyBytes: integerFromEnv(env, 'MAX_BODY_BYTES', d.maxBodyBytes, 1024),
    compileAfter: integerFromEnv(env, 'GRAPHQL_COMPILE_AFTER', d.compileAfter, 0),
    ...(env.GRAPH_VERSION_LEASE_MS?.trim() ? { graphVersionLeaseMs: integerFromEnv(env, 'GRAPH_VERSION_LEASE_MS', 0, 0, 60_000) } : {}),
  };
}

// Private:

function integerFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new InvalidArgumentError(name, `${name}: expected true or false, got ${JSON.stringify(env[name])}`);
}
