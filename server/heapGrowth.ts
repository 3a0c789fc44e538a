import v8 from 'node:v8';

/**
 * Imported by the server's entry points (server/main.ts, bench/api/serve.ts), before the analysis
 * worker starts: how far V8 lets a heap grow past what survived its last full collection before
 * collecting again. V8's default is adaptive, up to 4 × on a machine with memory to spare, and the
 * analysis worker's heap is dominated by one long-lived input (~300 MB at 300,000 positions) with
 * bursts of short-lived allocation beside it (reading the corpus, computing and serialising an
 * analysis): so the server's RSS reached 0.93–1.04 GiB at 300,000 positions on Neo4j with about
 * 450 MB alive. At 50 % it stays at 0.83–0.84 GiB for ~12 % more CPU in the cold analyses, and
 * nothing measurable on warm reads, which are served from the response cache (bench/README.md,
 * "Server memory"). A `--heap-growing-percent` given on Node's command line is left as it is.
 */
export const HEAP_GROWING_PERCENT = 50;

if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) {
  // A process-wide V8 flag read at every collection, so it also holds for worker threads started
  // afterwards (the analysis worker).
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
