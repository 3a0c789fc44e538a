/**
 * What the embedded store's integrity check at open costs (quick_check, foreign-file check, every
 * quote re-verified): N copies of the Hangzhou report written once, then the store reopened.
 *   npx tsx bench/load/openCheck.ts --copies 700      (about 100,000 positions)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeeds, type GraphBundle } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { seedsDirFromEnv } from '../../server/config.js';

const { values } = parseArgs({ options: { copies: { type: 'string', default: '700' } } });
const copies = Number(values.copies);

/** The seed bundle repeated, every document, statement and position id renamed per copy. */
function multiply(bundle: GraphBundle, times: number): GraphBundle {
  const rename = (suffix: string) => (id: string) => id.replace(/^hangzhou-2019/, `hangzhou-2019${suffix}`);
  const copiesOf = <T>(items: readonly T[], map: (item: T, r: (id: string) => string, suffix: string) => T) =>
    Array.from({ length: times }, (_, copy) => (copy === 0 ? '' : `-copy${copy}`)).flatMap((suffix) => items.map((item) => map(item, rename(suffix), suffix)));
  const key = (sortKey: string, suffix: string) => sortKey.replaceAll('hangzhou-2019', `hangzhou-2019${suffix}`);
  return {
    ...bundle,
    documents: copiesOf(bundle.documents, (d, r) => ({ ...d, id: r(d.id) })),
    statements: copiesOf(bundle.statements, (s, r, suffix) => ({ ...s, id: r(s.id), documentId: r(s.documentId), sortKey: key(s.sortKey, suffix) })),
    positions: copiesOf(bundle.positions, (p, r, suffix) => ({
      ...p,
      id: r(p.id),
      statementId: r(p.statementId),
      evidence: { ...p.evidence, documentId: r(p.evidence.documentId) },
      sortKey: key(p.sortKey, suffix),
    })),
    fingerprint: `open-check-${times}`,
  };
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-open-check-'));
try {
  const bundle = multiply(await loadSeeds({ seedsDir: seedsDirFromEnv(process.env) }), copies);
  const writer = createSqliteStore({ dataDir });
  await writer.replaceGraph(bundle);
  await writer.close();
  const started = performance.now();
  const reader = createSqliteStore({ dataDir });
  const opened = performance.now() - started;
  const counts = await reader.countGraph();
  await reader.close();
  console.log(`Open with integrity check: ${opened.toFixed(0)} ms for ${counts.positions} positions, ${counts.statements} statements, ${counts.documents} documents.`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
