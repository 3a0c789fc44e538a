import { processCpuSeconds } from './startBenchNeo4j.js';

export interface IdleWait {
  /** How long it waited, ms. */
  readonly waitedMs: number;
  /** False when `timeoutMs` passed first: the warm figures then include that background work. */
  readonly settled: boolean;
}

/**
 * Waits until the processes `pids` (the API server with its analysis worker, Neo4j's JVM) have
 * together used less than a tenth of one core over the last second, or `timeoutMs` has passed.
 *
 * Between the cold requests and the warm runs: the cold phase can leave work behind that nobody
 * waits for (the worker's collection of a whole-corpus input, the JVM's collector after a load),
 * and on two cores that work would land on whichever warm samples run beside it, so that the warm
 * figures would describe the cold phase's tail rather than a server at rest. In the runs of
 * 1 Dec 2026 the wait was 1.0–1.3 s; the slow warm samples seen then were the benchmark process's
 * own (timeWarm.ts).
 */
export async function waitUntilIdle(pids: readonly number[], timeoutMs = 60_000): Promise<IdleWait> {
  const started = performance.now();
  const cpu = () => pids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
  const window: number[] = [cpu()];
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    window.push(cpu());
    if (window.length > SAMPLES_PER_SECOND + 1) window.shift();
    if (window.length === SAMPLES_PER_SECOND + 1 && window[window.length - 1]! - window[0]! < IDLE_CPU_SECONDS) {
      return { waitedMs: performance.now() - started, settled: true };
    }
  }
  return { waitedMs: performance.now() - started, settled: false };
}

// Private:

const SAMPLE_MS = 250;
const SAMPLES_PER_SECOND = 1000 / SAMPLE_MS;
/** CPU seconds per second of wall time below which the processes count as at rest. */
const IDLE_CPU_SECONDS = 0.1;
