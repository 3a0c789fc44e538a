import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { MAIN_CLASS } from './buildDevServer.js';
import { javaCommand } from './javaToolchain.js';

/**
 * Starts the JVM that runs Neo4j (src/main/java/cyberlaw/neo4j/DevServer.java). Returns at once;
 * readiness is `waitForBolt`'s job.
 */

export interface LaunchOptions {
  /** From `buildDevServer()`. */
  readonly classpath: string;
  /** Neo4j's home: `data/` and `logs/` (debug.log) are created under it. */
  readonly home: string;
  readonly port: number;
  /** Where the JVM's own stdout/stderr go, e.g. a log file descriptor. */
  readonly stdio: StdioOptions;
  /** Detached: survives the launching process (`npm run neo4j:start`); tests keep it attached. */
  readonly detached: boolean;
  /**
   * 'dev': the full JIT, for a server that runs for hours. 'test': C1 only and the serial GC,
   * for a server that lives a minute: Cypher planning in a cold JVM is what tests wait for, and
   * C1 roughly halves it (measured on 2 busy cores: schema + first load 25 s -> 15 s).
   */
  readonly profile: 'dev' | 'test';
}

export interface LaunchedServer {
  readonly child: ChildProcess;
  /** Resolves with a description once the JVM has exited or could not be spawned at all. */
  readonly exited: Promise<string>;
}

/**
 * JVM options, the ones Neo4j's own launcher passes that matter embedded:
 * - a 1 GiB heap cap (the 256 MiB page cache, set in DevServer, lives off heap);
 * - `--add-opens` for java.nio, java.io and sun.nio.ch: without java.nio the page cache logs
 *   "Reflection access to java.nio.DirectByteBuffer is not available, using fallback mode";
 * - Netty may use reflection for its direct buffers.
 * Jars go on the classpath, not the module path: Neo4j's jars are not modules.
 */
export const JVM_OPTIONS: readonly string[] = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
];

const PROFILE_OPTIONS = {
  dev: ['-XX:+UseG1GC'],
  test: ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'],
} as const;

export function launchDevServer(options: LaunchOptions): LaunchedServer {
  const child = spawn(
    javaCommand(),
    [...JVM_OPTIONS, ...PROFILE_OPTIONS[options.profile], '-cp', options.classpath, MAIN_CLASS, options.home, String(options.port)],
    { stdio: options.stdio, detached: options.detached },
  );
  // 'error' (java not found) must have a listener, or Node turns it into an uncaught exception.
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not run ${javaCommand()}: ${error.message}`));
    child.once('exit', (code, signal) => resolve(`exit code ${String(code)}, signal ${String(signal)}`));
  });
  return { child, exited };
}
