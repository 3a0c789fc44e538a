import { expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generateCorpus.js';
import { printResults } from '../../bench/api/printResults.js';
import { benchQueries, subjectsOf } from '../../bench/api/queries.js';
import { runBench } from '../../bench/api/runBench.js';

// The API benchmark at a small size, so it keeps working: it must complete and print a row per
// query. No figure is asserted (speed goals live in the printed tables, not in tests).
test('the API benchmark runs end to end on a small corpus and prints its table', async () => {
  const bundle = generateCorpus({ positions: 1000, seed: 3 });
  const result = await runBench({ bundle, store: 'sqlite', runs: 1, log: () => {} });
  const table = printResults([result], 'small');
  expect(result.loadError).toBeNull();
  expect([...result.failures]).toEqual([]);
  for (const query of benchQueries(subjectsOf(bundle))) expect(table).toContain(`| ${query.name} |`);
  expect(table).toContain('reload unchanged');
}, 120_000);

// The same on Neo4j (a private server, started and stopped by the benchmark), with the step only it
// has: another process puts one document while the server runs.
test('the API benchmark runs end to end on Neo4j too', async () => {
  const bundle = generateCorpus({ positions: 1000, seed: 3 });
  const result = await runBench({ bundle, store: 'neo4j', runs: 1, log: () => {} });
  expect(result.loadError).toBeNull();
  expect([...result.failures]).toEqual([]);
  expect(result.afterOneWriteMs).toBeGreaterThan(0);
  // Read after the write, from the same high-water mark: never below the peak read before it.
  expect(result.serverPeakAfterWriteMiB).toBeGreaterThanOrEqual(result.serverPeakRssMiB!);
  expect(printResults([result], 'small')).toContain('after another process put one document');
}, 300_000);
