import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { AWAIT_INDEXES, SCHEMA, SHOW_SCHEMA_NAMES } from './schema.js';
import { toStoreError } from './toStoreError.js';

/** A row of a Cypher result, keyed by the RETURN aliases; integers already JS numbers. */
export type CypherRow = Record<string, unknown>;

/**
 * The store's one way to talk to Neo4j: a session per call (sessions are cheap and not
 * thread-safe; the driver pools the connections), managed transactions so the driver retries
 * transient failures and reconnects after a restart (reads try an auto-commit transaction
 * first: `read`), and every failure classified by
 * `toStoreError`. The schema is set up before the first call, and again after a failed attempt,
 * so a store created while Neo4j is down starts working once it is up.
 */
export interface CypherRunner extends CypherWriter {
  /**
   * One read query's rows. Sent first in an auto-commit transaction: one round trip instead of a
   * managed transaction's two (its COMMIT), 8 ms less per read for a page of positions on this
   * machine under load. A failure the driver calls retriable (a restart, a leader switch) is then
   * retried in a managed read transaction, with the driver's backoff up to `maxTransactionRetryTime`,
   * as every read was before.
   */
  read(query: string, params?: Record<string, unknown>): Promise<CypherRow[]>;
  /** `read` for a query of one small row (the graph version every request asks for first). */
  readRow(query: string, params?: Record<string, unknown>): Promise<CypherRow | undefined>;
  /**
   * Forgets that the database was prepared, so the next call sets up the schema and runs
   * `prepare` again (after a replaceGraph switch that did not finish: the next call completes it).
   */
  reprepare(): void;
  close(): Promise<void>;
}

/** The writes a multi-transaction operation needs (replaceGraph.ts), also before the store is prepared. */
export interface CypherWriter {
  /** One managed transaction, retried by the driver on transient failures. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * One statement in an auto-commit transaction, the only kind in which `CALL { } IN TRANSACTIONS`
   * may run (it commits its own batches). Not retried: the caller's steps must be re-runnable.
   */
  runAutoCommit(query: string, params?: Record<string, unknown>): Promise<void>;
}

export interface CypherRunnerOptions {
  readonly driver: Driver;
  readonly uri: string;
  /** Undefined: the server's default database. */
  readonly database: string | undefined;
  /**
   * Neo4j aborts a read transaction running longer than this (the driver's transaction config
   * `timeout`), so a runaway query stops on the server, not just in the client. Writes (whole
   * loads) have none.
   */
  readonly readTimeoutMs?: number;
  /** Run once the schema is set up, before the first call is answered (replaceGraph.ts finishes a switch an earlier process left half-done). */
  readonly prepare?: (writer: CypherWriter) => Promise<void>;
}

export function createCypherRunner({ driver, uri, database, readTimeoutMs, prepare }: CypherRunnerOptions): CypherRunner {
  let schemaReady: Promise<void> | null = null;

  const withSession = async <T>(
    accessMode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> => {
    const session = driver.session({
      database,
      defaultAccessMode: accessMode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw toStoreError(error, uri);
    } finally {
      await session.close().catch(() => {}); // closing a session on a dead connection must not mask the cause
    }
  };

  const ensureSchema = (): Promise<void> => {
    schemaReady ??= withSession('WRITE', async (session) => {
      const names = new Set<string>();
      for (const show of SHOW_SCHEMA_NAMES) {
        const present = await session.executeRead((tx) => tx.run(show));
        for (const record of present.records) names.add(record.get('name') as string);
      }
      const missing = SCHEMA.filter((item) => !names.has(item.name));
      for (const item of missing) {
        await session.executeWrite((tx) => tx.run(item.cypher));
      }
      if (missing.length > 0) await session.run(AWAIT_INDEXES);
    })
      .then(() => prepare?.(writer))
      .catch((error: unknown) => {
      schemaReady = null; // try again on the next call
      throw error;
    });
    return schemaReady;
  };

  const read = async (query: string, params: Record<string, unknown> = {}): Promise<CypherRow[]> => {
    await ensureSchema();
    const config = readTimeoutMs ? { timeout: readTimeoutMs } : undefined;
    const rows = (result: QueryResult) => result.records.map((record) => record.toObject() as CypherRow);
    try {
      return await withSession('READ', async (session) => rows(await withoutCallSiteStack(() => session.run(query, params, config))));
    } catch (error) {
      // isRetryableError, not the deprecated isRetriableError: in driver 6 that alias loses its
      // `this` when called as a function and throws a TypeError instead of answering.
      if (!neo4j.isRetryableError((error as { cause?: unknown }).cause ?? error)) throw error;
      return withSession('READ', async (session) => rows(await session.executeRead((tx) => withoutCallSiteStack(() => tx.run(query, params)), config)));
    }
  };

  const writer: CypherWriter = {
    write: (work) => withSession('WRITE', (session) => session.executeWrite(work)),
    runAutoCommit: (query, params = {}) =>
      withSession('WRITE', async (session) => {
        await session.run(query, params);
      }),
  };

  return {
    read,
    async readRow(query, params = {}) {
      return (await read(query, params))[0];
    },
    async write(work) {
      await ensureSchema();
      return writer.write(work);
    },
    async runAutoCommit(query, params) {
      await ensureSchema();
      return writer.runAutoCommit(query, params);
    },
    reprepare() {
      schemaReady = null;
    },
    async close() {
      await driver.close();
    },
  };
}

// Private:

/**
 * Runs `start` (a driver call that creates its `Result` synchronously) with V8 capturing no stack
 * frames. The driver captures the call site's stack for every query, to splice it into an error
 * the query may fail with later; under tsx (how `npm start` runs) every frame of that stack is
 * mapped back through source maps at capture. For one read that was 0.13–0.26 ms of the server's
 * CPU for the graph version (~20 %) and 0.2–0.4 ms for a page of positions (Neo4j, 20,000
 * positions, 1 Dec 2026, interleaved). A read that fails keeps its code, message and
 * classification (toStoreError); only its stack lacks the call site's frames.
 */
function withoutCallSiteStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
