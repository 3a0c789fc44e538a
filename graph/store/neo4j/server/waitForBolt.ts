import neo4j from 'neo4j-driver';
import { DevServerError } from './devServerError.js';

/**
 * Polls until Bolt answers a handshake and a `RETURN 1` (the driver's `verifyConnectivity`), so
 * callers get a server that takes queries, not merely an open port.
 */

export interface WaitForBoltOptions {
  readonly uri: string;
  /** A cold start on 2 cores takes about 6 s; first creation of the databases a little more. */
  readonly timeoutMs?: number;
  /** Resolves if the server process exits first, so a crash fails fast instead of timing out. */
  readonly exited?: Promise<string>;
}

export async function waitForBolt(options: WaitForBoltOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let exitReason: string | null = null;
  void options.exited?.then((reason) => {
    exitReason = reason;
  });
  // The development server runs without authentication: no auth token.
  const driver = neo4j.driver(options.uri, undefined, {
    connectionTimeout: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (exitReason !== null) {
          throw new DevServerError('START_FAILED', `Neo4j exited before Bolt answered on ${options.uri}: ${exitReason}`);
        }
        if (Date.now() > deadline) {
          throw new DevServerError('START_FAILED', `Bolt did not answer on ${options.uri} in time`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}
