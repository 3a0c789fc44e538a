/**
 * The stall sampler, in a process of its own (spawned by runBench.ts): prints `ready`, sends
 * `{ counts }` requests to the URL given, one after another, until its stdin closes, then prints
 * the latencies (ms) as one JSON line `{ "times": [...], "failed": n }`. In the benchmark's own process the samples would
 * wait behind the client's handling of the megabytes the concurrent analyses return, and that wait
 * would be counted as the server's stall (p99 129 ms in-process against 10.5 ms from here, same
 * server and load, 30 Nov).
 */
import { post } from './post.js';
import { COUNTS_QUERY } from './queries.js';

const url = process.argv[2];
if (!url) throw new RangeError('usage: sampleCounts.ts URL (samples until stdin closes)');
let running = true;
process.stdin.resume();
process.stdin.once('end', () => (running = false));
// The parent starts the work to sample beside once this line arrives: this process's start-up
// (loading TypeScript) is not part of it.
await post(url, COUNTS_QUERY);
process.stdout.write('ready\n');
const times: number[] = [];
let failed = 0;
while (running) {
  const started = performance.now();
  try {
    await post(url, COUNTS_QUERY);
    times.push(performance.now() - started);
  } catch {
    // A dropped request (a reset socket) is counted, not fatal to the run.
    failed += 1;
  }
}
process.stdout.write(`${JSON.stringify({ times, failed })}\n`);
