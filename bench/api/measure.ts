export interface Timing {
  readonly p50: number;
  readonly p99: number;
  /** The slowest run: with thousands of samples, p99 can hide a handful of long stalls. */
  readonly max: number;
  readonly runs: number;
}

/** Runs `work` once to warm up, then `runs` times in sequence; milliseconds. */
export async function measure(work: () => Promise<unknown>, runs: number): Promise<Timing> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return summarise(times);
}

export function summarise(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN, runs: sorted.length };
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}
