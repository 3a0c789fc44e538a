/**
 * API benchmark at UN scale: a synthetic corpus (bench/corpus) loaded into each store, served over
 * real HTTP from a child process, every read goal of issue 10 timed, printed as Markdown tables.
 *   npm run bench -- --positions 300000 [--store sqlite|neo4j|both] [--runs 200] [--seed 1] [--peer] [--load replace|units]
 * Figures only: nothing here passes or fails on time. The machine is shared, so they are noisy.
 */
// First, as in the server's entry points: the servers this process runs itself (@neo4j/graphql and
// ours in bench/peer) then skip graphql-js's development-only checks, as the spawned server does.
import '../../server/productionMode.js';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { runPeerBench } from '../peer/runPeerBench.js';
import { LOAD_METHODS } from './loadCorpus.js';
import { printResults } from './printResults.js';
import { runBench, type BenchStoreKind, type StoreResult } from './runBench.js';

const { values } = parseArgs({
  options: {
    positions: { type: 'string', default: '5000' },
    store: { type: 'string', default: 'sqlite' },
    // 200: the nearest-rank p99 of fewer than 100 runs is simply the slowest one, a single spike on
    // this shared 2-core machine; of 200 it is the third slowest.
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    peer: { type: 'boolean', default: false },
    load: { type: 'string', default: 'replace' },
  },
});
const positions = Number(values.positions);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(positions) || positions < 300) throw new RangeError(`--positions: expected an integer of at least 300, got ${JSON.stringify(values.positions)}`);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs: expected a positive integer, got ${JSON.stringify(values.runs)}`);
const stores: BenchStoreKind[] =
  values.store === 'both' ? ['sqlite', 'neo4j'] : values.store === 'sqlite' || values.store === 'neo4j' ? [values.store] : [];
if (stores.length === 0) throw new RangeError(`--store: expected sqlite, neo4j or both, got ${JSON.stringify(values.store)}`);

const load = LOAD_METHODS.find((method) => method === values.load);
if (!load) throw new RangeError(`--load: expected ${LOAD_METHODS.join(' or ')}, got ${JSON.stringify(values.load)}`);

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const bundle = generateCorpus({ positions, seed });
log(`corpus: ${bundle.actors.length} actors, ${bundle.meetings.length} meetings, ${bundle.statements.length} statements, ${bundle.positions.length} positions (${((performance.now() - started) / 1000).toFixed(1)} s to generate)`);

const results: StoreResult[] = [];
// The machine's load average beside the figures: on a shared machine they mean little without it.
const loadBefore = os.loadavg()[0]!.toFixed(1);
for (const store of stores) results.push(await runBench({ bundle, store, runs, log, load }));
const loadAfter = os.loadavg()[0]!.toFixed(1);
console.log(
  printResults(
    results,
    `### ${positions.toLocaleString('en')} positions, seed ${seed}, ${runs} warm runs per query${runs < 100 ? ' (so each p99 is the slowest run)' : ''} (${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} cores, 1-minute load average ${loadBefore} before, ${loadAfter} after)`,
  ),
);
if (values.peer) console.log(`\n${await runPeerBench({ bundle, runs, log, load })}`);
