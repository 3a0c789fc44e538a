/**
 * The warm runs, in a process of its own (spawned by runBench.ts through `timeWarm`): reads
 * `{ url, runs, queries: [{ name, query, variables }] }` as one JSON line on stdin, times each query
 * `runs` times over HTTP (answers parsed, so a GraphQL error fails the query rather than timing
 * as fast), and prints one JSON line `{ results: [{ name, timing } | { name, error }] }`.
 *
 * The benchmark's own process holds the whole generated corpus (hundreds of megabytes at 300,000
 * positions); there, parsing a 2 MB agreement answer now and then met a collection of that heap,
 * and those pauses were counted as the server's: a request of 207–275 ms during which the server
 * used no measurable CPU (Neo4j, 300,000 positions, 1 Dec 2026), p99s of 165–254 ms for answers
 * whose p50 is 17–30 ms. This process holds only the queries.
 */
import { createInterface } from 'node:readline';
import { measure, type Timing } from './measure.js';
import { post } from './post.js';

export interface WarmRequest {
  readonly url: string;
  readonly runs: number;
  readonly queries: readonly { readonly name: string; readonly query: string; readonly variables: Record<string, unknown> }[];
}

export type WarmResult = { readonly name: string; readonly timing: Timing } | { readonly name: string; readonly error: string };

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const { url, runs, queries } = JSON.parse(line) as WarmRequest;
  const results: WarmResult[] = [];
  for (const { name, query, variables } of queries) {
    try {
      results.push({ name, timing: await measure(() => post(url, query, variables), runs) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      results.push({ name, error: `${String((error as Error).message ?? error).split('\n')[0]!.slice(0, 160)}${code ? ` (${code})` : ''}` });
    }
  }
  process.stdout.write(`${JSON.stringify({ results })}\n`);
  break;
}
