import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDevServer } from '../../graph/store/neo4j/server/buildDevServer.js';
import { checkJavaToolchain } from '../../graph/store/neo4j/server/javaToolchain.js';
import { launchDevServer } from '../../graph/store/neo4j/server/launchDevServer.js';
import { findFreePort } from '../../graph/store/neo4j/server/ports.js';
import { waitForBolt } from '../../graph/store/neo4j/server/waitForBolt.js';

/**
 * A real Neo4j 5.26 for one test file: a free port and a fresh temp home, so it runs beside a
 * developer's Neo4j on 7687 and beside other test files' servers. Costs ~6-10 s to start and
 * ~0.5 GB of memory, so start one per file (`beforeAll`), not per test.
 */
export interface TestNeo4j {
  readonly uri: string;
  readonly port: number;
  /** Stops the server cleanly (SIGTERM) but keeps its data, to test a store's reaction to an outage. */
  halt(): Promise<void>;
  /** Starts it again on the same port and data after `halt()`. */
  resume(): Promise<void>;
  /** Stops the server and deletes its data. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startNeo4jForTests(): Promise<TestNeo4j> {
  const { classpath } = await buildDevServer();
  const port = await findFreePort();
  const home = mkdtempSync(join(tmpdir(), 'cyberlaw-neo4j-'));
  const uri = `bolt://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const launch = async (): Promise<void> => {
    const logFile = join(home, 'jvm.log');
    const logStart = statSync(logFile, { throwIfNoEntry: false })?.size ?? 0; // after a resume, skip the last run's lines
    const log = openSync(logFile, 'a');
    const launched = launchDevServer({ classpath, home, port, stdio: ['ignore', log, log], detached: false, profile: 'test' });
    closeSync(log);
    child = launched.child;
    // If the test process dies without stop(), do not leave a JVM behind.
    const killOnExit = (): void => void launched.child.kill('SIGKILL');
    process.once('exit', killOnExit);
    void launched.exited.then(() => process.removeListener('exit', killOnExit));
    const exited = launched.exited.then((reason) => `${reason}\n${logTail(home)}`);
    // Our JVM's READY line first: Bolt answering on the port could otherwise be another test
    // file's server, had the OS handed both the same free port.
    await waitForReadyLine(logFile, logStart, exited);
    await waitForBolt({ uri, exited });
  };

  const halt = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await launch();
  } catch (error) {
    await halt();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    uri,
    port,
    halt,
    resume: launch,
    stop: async () => {
      await halt();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Whether this machine can run the Neo4j tests. On a developer machine without Java or Maven they
 * are skipped with the reason printed; under CI=true a missing toolchain is an error, because a
 * CI that silently skips the Neo4j suite would be green for the wrong reason.
 */
export function canRunNeo4jTests(): boolean {
  const toolchain = checkJavaToolchain();
  if (toolchain.ok) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(`CI=true but the Neo4j tests cannot run: ${toolchain.reason}`);
  }
  console.warn(`Skipping the Neo4j tests: ${toolchain.reason}`);
  return false;
}

export { hasJava } from '../../graph/store/neo4j/server/javaToolchain.js';

async function waitForReadyLine(logFile: string, from: number, exited: Promise<string>): Promise<void> {
  let exitReason: string | null = null;
  void exited.then((reason) => {
    exitReason = reason;
  });
  const deadline = Date.now() + 180_000;
  while (!readFileSync(logFile).subarray(from).toString('utf8').includes('READY bolt://')) {
    if (exitReason !== null) throw new Error(`test Neo4j exited before it was ready: ${exitReason}`);
    if (Date.now() > deadline) throw new Error(`test Neo4j printed no READY line in time; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function logTail(home: string): string {
  try {
    return readFileSync(join(home, 'jvm.log'), 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no jvm.log)';
  }
}
