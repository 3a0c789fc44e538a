/**
 * The filtered page and count queries the API sends for the benchmark's filters (bench/api/queries.ts),
 * on one Neo4j, with their plans (figures only):
 *   npx tsx bench/peer/profileFilters.ts --positions 20000 [--runs 30]
 * For each filter: `PROFILE` of the page query (as listPositionsWithReferences sends it) and of
 * the count, as operator chains with rows and db hits, then the p50 of the store's page call and
 * count call, executed every time (no response cache on this path).
 */
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import type { PositionFilter } from '../../graph/store/port.js';
import { createNeo4jStore } from '../../graph/store/neo4j/createNeo4jStore.js';
import { positionCountQuery, positionPageWithReferencesQuery } from '../../graph/store/neo4j/filters.js';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { measure } from '../api/measure.js';
import { subjectsOf } from '../api/queries.js';
import { startBenchNeo4j } from '../api/startBenchNeo4j.js';

const { values } = parseArgs({ options: { positions: { type: 'string', default: '20000' }, runs: { type: 'string', default: '30' } } });
const bundle = generateCorpus({ positions: Number(values.positions), seed: 1 });
const subjects = subjectsOf(bundle);
const server = await startBenchNeo4j();
const store = createNeo4jStore({ uri: server.uri });
const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true, logging: { level: 'error', logger: () => {} } });
try {
  await store.replaceGraph(bundle);
  const filters: Record<string, PositionFilter> = {
    actor: { actorIds: [subjects.actorId] },
    'target+OPPOSES': { targetIds: [subjects.targetId], stances: ['OPPOSES'] },
    meeting: { meetingIds: [subjects.meetingId] },
  };
  const page = { first: 100, after: null };
  const include = { actors: true, targets: true, documents: false };
  for (const [name, filter] of Object.entries(filters)) {
    const count = await store.countPositions(filter);
    console.log(`\n## ${name} (${count} positions)`);
    for (const [what, query] of [['page', positionPageWithReferencesQuery(filter, page, include)], ['count', positionCountQuery(filter)]] as const) {
      const { summary } = await driver.executeQuery(`PROFILE ${query.text}`, query.params, { routing: 'READ' });
      console.log(`${what}: ${planOf(summary.profile)}`);
    }
    const pageTiming = await measure(() => store.listPositionsWithReferences(filter, page, include), Number(values.runs));
    const countTiming = await measure(() => store.countPositions(filter), Number(values.runs));
    console.log(`p50 page ${pageTiming.p50.toFixed(1)} ms, count ${countTiming.p50.toFixed(1)} ms`);
  }
} finally {
  await driver.close();
  await store.close();
  await server.stop();
}

/** Operators from the leaf up, each with its rows and db hits. */
function planOf(plan: unknown): string {
  const steps: string[] = [];
  const walk = (node: { operatorType: string; rows: number; dbHits: number; children: unknown[]; arguments: Record<string, unknown> }) => {
    for (const child of node.children) walk(child as typeof node);
    const details = typeof node.arguments.Details === 'string' ? ` ${node.arguments.Details.slice(0, 90)}` : '';
    steps.push(`${node.operatorType.replace('@neo4j', '')}[${node.rows} rows, ${node.dbHits} hits]${details}`);
  };
  walk(plan as Parameters<typeof walk>[0]);
  return steps.join('\n   → ');
}
