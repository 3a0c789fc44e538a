import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { buildVisualizer } from '../../visualizer/src/build/buildVisualizer.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs a benchmark script as `npm run` does (tsx), on a graph small enough for CI; returns what it printed. */
async function benchmark(script: string, args: string[]): Promise<string> {
  const { outDir } = await buildVisualizer();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--dist', outDir, ...args], { cwd: ROOT, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

// The explorer's benchmarks at a small size, so they keep working: each must complete and print
// its table. No figure is asserted (the goals live in the printed tables, not in tests).
test('the explorer benchmark loads the WebGL network cold and cached, and prints its table', async () => {
  const printed = await benchmark('bench/visualizer/main.ts', ['--nodes', '120', '--edges', '300', '--renderer', 'webgl']);
  expect(printed).toMatch(/Rendered 120 nodes and \d+ edges/);
  expect(printed).toContain('pan/zoom fps');
  expect(printed).toContain('sigma.js WebGL ran: cold (layout computed)');
  expect(printed).toContain('sigma.js WebGL ran: reload (layout cached)');
}, 300_000);

test('the frame-cost benchmark prints a rate for each thing a frame of sigma can draw', async () => {
  const printed = await benchmark('bench/visualizer/frameCost.ts', ['--nodes', '120', '--edges', '300', '--rounds', '1']);
  for (const row of ['the whole graph', 'as while the view moves (nodes and labels; no edges, no picking pass)', 'with the picking pass', 'a frame of sigma drawing nothing']) {
    expect(printed).toMatch(new RegExp(`${row.replace(/[()]/g, '\\$&')}[^\\n]*'\\d+\\.\\d'`));
  }
}, 300_000);
