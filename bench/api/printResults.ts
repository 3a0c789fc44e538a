import type { StoreResult } from './runBench.js';

const ms = (value: number | null | undefined) => (value == null || Number.isNaN(value) ? '—' : value.toFixed(1));

/** The benchmark's figures as Markdown tables (one column per store), ready for the README. */
export function printResults(results: readonly StoreResult[], header: string): string {
  const lines = [header, ''];
  const names = [...new Set(results.flatMap((r) => [...r.queries.keys()]))];
  lines.push(`| query | ${results.map((r) => `${r.store} p50 | ${r.store} p99 | ${r.store} cold`).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---:|---:|---:').join('|')}|`);
  for (const name of names) {
    lines.push(`| ${name} | ${results.map((r) => `${ms(r.queries.get(name)?.p50)} | ${ms(r.queries.get(name)?.p99)} | ${ms(r.coldMs.get(name))}`).join(' | ')} |`);
  }
  for (const r of results) for (const [name, error] of r.failures) lines.push('', `${r.store}: **${name} failed**: ${error}`);
  lines.push('');
  lines.push(`| figure | ${results.map((r) => r.store).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---:').join('|')}|`);
  const row = (label: string, value: (r: StoreResult) => string) => lines.push(`| ${label} | ${results.map(value).join(' | ')} |`);
  row('load, ms', (r) => (r.loadError ? `failed: ${r.loadError}` : ms(r.loadMs)));
  row('reload unchanged, ms', (r) => ms(r.reloadUnchangedMs));
  row('wait for the server to come to rest before the warm runs, s', (r) =>
    r.idleWait === null ? '—' : `${(r.idleWait.waitedMs / 1000).toFixed(1)}${r.idleWait.settled ? '' : ' (still busy: warm figures include its background work)'}`,
  );
  row('`{ counts }` alone p50 / p99, ms', (r) => `${ms(r.countsAlone?.p50)} / ${ms(r.countsAlone?.p99)}`);
  row('`{ counts }` beside the cold requests p50 / p99 / max, ms', (r) => `${ms(r.countsBesideCold?.p50)} / ${ms(r.countsBesideCold?.p99)} / ${ms(r.countsBesideCold?.max)} (${r.countsBesideCold?.runs ?? 0} samples)`);
  row('`{ counts }` beside analyses p50 / p99 / max, ms', (r) => `${ms(r.countsUnderLoad?.p50)} / ${ms(r.countsUnderLoad?.p99)} / ${ms(r.countsUnderLoad?.max)} (${r.countsUnderLoad?.runs ?? 0} samples)`);
  row('API server RSS at the end / peak, MiB', (r) => `${ms(r.serverRssMiB)} / ${ms(r.serverPeakRssMiB)}`);
  row('API server peak RSS after one write, MiB', (r) => ms(r.serverPeakAfterWriteMiB));
  row('zero draft size, Markdown / JSON, KB', (r) => (r.zeroDraftBytes ? `${(r.zeroDraftBytes.markdown / 1024).toFixed(0)} / ${(r.zeroDraftBytes.json / 1024).toFixed(0)}` : '—'));
  row('Neo4j JVM RSS, MiB', (r) => ms(r.neo4jRssMiB));
  // Beside it, the first analysis after the server started: it waited for the whole input read.
  row('divergences after another process put one document, ms (first analysis after start)', (r) =>
    r.afterOneWriteMs === null ? '—' : `${ms(r.afterOneWriteMs)} (${ms([...r.coldMs].find(([name]) => name.startsWith('consensus'))?.[1])})`,
  );
  const sqlite = results.find((r) => r.store === 'sqlite');
  const neo4j = results.find((r) => r.store === 'neo4j');
  if (sqlite && neo4j && sqlite.loadMs && neo4j.loadMs) {
    lines.push('', `Neo4j load / embedded load: ${(neo4j.loadMs / sqlite.loadMs).toFixed(2)} ×`);
    lines.push('', '| query | Neo4j p99 / embedded p99 |', '|---|---:|');
    for (const name of names) {
      const a = sqlite.queries.get(name)?.p99;
      const b = neo4j.queries.get(name)?.p99;
      if (a && b) lines.push(`| ${name} | ${(b / a).toFixed(2)} × |`);
    }
  }
  return lines.join('\n');
}
