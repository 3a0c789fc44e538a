import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDevServer } from '../../graph/store/neo4j/server/buildDevServer.js';
import { launchDevServer } from '../../graph/store/neo4j/server/launchDevServer.js';
import { findFreePort } from '../../graph/store/neo4j/server/ports.js';
import { waitForBolt } from '../../graph/store/neo4j/server/waitForBolt.js';

export interface BenchNeo4j {
  readonly uri: string;
  /** The JVM's process id, to read its memory. */
  readonly pid: number;
  /**
   * CPU seconds the JVM has used so far (user + system, /proc/<pid>/stat): on a machine shared
   * with other work, the difference over a load varies far less than its wall time.
   */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * A private Neo4j 5.26 for one benchmark run: free port, fresh temp home, the launcher's default
 * memory (1 GiB heap, 256 MiB page cache) and its long-running 'dev' JIT profile.
 */
export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  const { classpath } = await buildDevServer();
  const port = await findFreePort();
  const home = mkdtempSync(join(tmpdir(), 'cyberlaw-bench-neo4j-'));
  const log = openSync(join(home, 'jvm.log'), 'a');
  const { child, exited } = launchDevServer({ classpath, home, port, stdio: ['ignore', log, log], detached: false, profile: 'dev' });
  closeSync(log);
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    await waitForBolt({ uri, exited });
  } catch (error) {
    // Not started in time (a busy machine): leave neither a JVM nor its home behind.
    process.removeListener('exit', killOnExit);
    child.kill('SIGKILL');
    await exited;
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    uri,
    pid: child.pid!,
    cpuSeconds: () => processCpuSeconds(child.pid!),
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** utime + stime of a Linux process, in seconds (fields 14 and 15 of /proc/<pid>/stat, after the command name). */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ, 100 on Linux
}
