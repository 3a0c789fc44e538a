import { mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** The same CPU seconds by what the JVM's threads do (threadCpuSeconds). */
  cpuByKind(): Record<JvmThreadKind, number>;
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
    cpuByKind: () => threadCpuSeconds(child.pid!),
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

/**
 * What a JVM thread does, from its name: `jit` the C1/C2 compiler threads, `gc` the collector's,
 * `bolt` Neo4j's Bolt workers and network threads (where queries run and commit), `indexes` the
 * index population threads, `other` the rest (page cache, checkpoints, the main thread).
 */
export type JvmThreadKind = 'jit' | 'gc' | 'bolt' | 'indexes' | 'other';

/**
 * CPU seconds of a process's threads so far, by kind (/proc/<pid>/task/<tid>/stat). A fresh JVM's
 * compiler threads can use more CPU than the threads doing the work; on a machine with two cores
 * they take it from them.
 */
export function threadCpuSeconds(pid: number): Record<JvmThreadKind, number> {
  const byKind: Record<JvmThreadKind, number> = { jit: 0, gc: 0, bolt: 0, indexes: 0, other: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended since the directory was read
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    byKind[threadKindOf(name)] += (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return byKind;
}

function threadKindOf(name: string): JvmThreadKind {
  if (/CompilerThre/.test(name)) return 'jit';
  if (/^(GC Thread|G1 |VM Thread)/.test(name)) return 'gc';
  if (/^neo4j\.Bolt/.test(name)) return 'bolt';
  if (/^neo4j\.IndexPopu/.test(name)) return 'indexes';
  return 'other';
}
