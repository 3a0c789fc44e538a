/**
 * What the embedded store's integrity check at open costs (quick_check, foreign-file check, every
 * quote re-verified unless the file is unchanged since a clean close): N copies of the Hangzhou
 * report written once, then the store reopened after a clean close and as after a crash.
 *   npx tsx bench/load/openCheck.ts --copies 700      (about 100,000 positions)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadSeeds, type GraphBundle } from '../../graph/index.js';
import { createSqliteStore } from '../../graph/store/sqlite/createSqliteStore.js';
import { verifyEvidence } from '../../graph/store/sqlite/verifyEvidence.js';
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

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  return [work(), performance.now() - started];
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cpg-open-check-'));
try {
  const bundle = multiply(await loadSeeds({ seedsDir: seedsDirFromEnv(process.env) }), copies);
  const writer = createSqliteStore({ dataDir });
  await writer.replaceGraph(bundle);
  await writer.close();
  // After a clean close the quote check is skipped (openStoreFile.ts); without the clean-close
  // record (as after a crash) every quote is checked.
  const started = performance.now();
  const reader = createSqliteStore({ dataDir });
  const opened = performance.now() - started;
  const counts = await reader.countGraph();
  await reader.close();
  await rm(path.join(dataDir, 'graph.sqlite.clean'));
  const [crashReader, openedAfterCrash] = timed(() => createSqliteStore({ dataDir }));
  await crashReader.close();
  // The two parts on their own, on the same file.
  const raw = new Database(path.join(dataDir, 'graph.sqlite'), { readonly: true });
  const [, quickCheck] = timed(() => raw.pragma('quick_check', { simple: true }));
  const [, evidence] = timed(() => verifyEvidence(raw));
  raw.close();
  console.log(
    `Open after a clean close: ${opened.toFixed(0)} ms; after a crash (every quote checked): ${openedAfterCrash.toFixed(0)} ms; ` +
      `for ${counts.positions} positions, ${counts.statements} statements, ${counts.documents} documents ` +
      `(on their own: quick_check ${quickCheck.toFixed(0)} ms, quote verification ${evidence.toFixed(0)} ms).`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
