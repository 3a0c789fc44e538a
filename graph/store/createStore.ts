import path from 'node:path';
import { InvalidArgumentError } from '../errors/index.js';
import type { GraphStore } from './port.js';
import { createSqliteStore } from './sqlite/createSqliteStore.js';

/** Where the graph lives, as the environment says. */
export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string | undefined;
      /** NEO4J_READ_TIMEOUT_MS: server-side timeout of each read transaction. */
      readonly readTimeoutMs?: number;
    };

/**
 * Reads the store settings: `NEO4J_URI` (with `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`)
 * selects Neo4j; otherwise the embedded store under `DATA_DIR` (default ./data).
 */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): StoreConfig {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
      throw new InvalidArgumentError(
        'NEO4J_URI',
        `NEO4J_URI: expected bolt://, neo4j://, bolt+s:// or neo4j+s:// followed by host:port, got ${JSON.stringify(uri)}`,
      );
    }
    return {
      kind: 'neo4j',
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      ...(env.NEO4J_READ_TIMEOUT_MS ? { readTimeoutMs: readTimeoutFromEnv(env.NEO4J_READ_TIMEOUT_MS) } : {}),
    };
  }
  return { kind: 'sqlite', dataDir: path.resolve(cwd, env.DATA_DIR || 'data') };
}

/** The one composition root that picks an adapter. */
export async function createStore(config: StoreConfig): Promise<GraphStore> {
  const store = await createAdapter(config);
  configs.set(store, config);
  return store;
}

/**
 * The config `store` was created from, if `createStore` created it: what a worker thread needs to
 * open its own connection to the same graph (server/schema/analysisPool.ts). Null for a store
 * built otherwise (tests wrap or fake stores), which then computes in the calling thread.
 */
export function storeConfigOf(store: GraphStore): StoreConfig | null {
  return configs.get(store) ?? null;
}

/**
 * A second connection to the graph `config` names, for a worker thread beside the process that
 * owns the store, which only reads through it: for the embedded store a read-only one (the file
 * is locked to its owner; a reader needs no lock and cannot write), for Neo4j a driver of its own.
 */
export async function createReaderStore(config: StoreConfig): Promise<GraphStore> {
  return config.kind === 'sqlite' ? createSqliteStore({ dataDir: config.dataDir, readOnly: true }) : createAdapter(config);
}

// Private:

const configs = new WeakMap<GraphStore, StoreConfig>();

async function createAdapter(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'sqlite':
      return createSqliteStore({ dataDir: config.dataDir });
    case 'neo4j': {
      // Loaded only when asked for, so the embedded path never loads the driver.
      const { createNeo4jStore } = await import('./neo4j/createNeo4jStore.js');
      return createNeo4jStore(config);
    }
  }
}

function readTimeoutFromEnv(raw: string): number {
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 100) {
    throw new InvalidArgumentError('NEO4J_READ_TIMEOUT_MS', `NEO4J_READ_TIMEOUT_MS: expected a whole number of milliseconds, at least 100, got ${JSON.stringify(raw)}`);
  }
  return value;
}
