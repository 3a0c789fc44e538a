/**
 * `npx tsx bench/visualizer/profileStartup.ts [--nodes 5000 --edges 20000 --renderer webgl --dist DIR]`:
 * where the explorer's long start-up tasks spend their time. Not a test, not the benchmark's figures
 * (sampling slows the page): loads `#view=network` cold then reload, as main.ts does, under V8's
 * sampling profiler, cuts the samples into main-thread tasks (runs of samples without idle between
 * them) and prints, for each task over 100 ms, its length and the functions that took it (self
 * time, and the explorer's or a library's outermost frames by inclusive time).
 */
import { argumentOf as argument, explorerDir, launchBenchBrowser } from './benchBrowser.js';
import { serveAnswers } from './serveAnswers.js';
import { generateGraph } from './generateGraph.js';

const renderer = argument('renderer', 'webgl');
const outDir = await explorerDir();
const graph = generateGraph({ nodes: Number(argument('nodes', '5000')), edges: Number(argument('edges', '20000')) });
const server = await serveAnswers(graph, outDir);
const url = `${server.url}?renderer=${renderer}#view=network`;
const browser = await launchBenchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (const run of ['cold', 'reload']) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('cpg:layout-end').length > 0 && document.documentElement.dataset.ready === 'true', undefined, { timeout: 600_000, polling: 200 });
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`\n=== ${run} ===`);
    report(profile as Profile);
    await printMarks(page);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

function report(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = (id: number) => ['(idle)', '(program)', '(root)'].includes(byId.get(id)!.callFrame.functionName);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  // Tasks: runs of non-idle samples with no idle gap over 2 ms.
  let start = -1;
  let lastBusy = -1;
  const tasks: [number, number][] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    if (idle(profile.samples[i]!)) {
      if (start >= 0 && times[i]! - times[lastBusy]! > 2000) {
        tasks.push([start, lastBusy]);
        start = -1;
      }
      continue;
    }
    if (start < 0) start = i;
    lastBusy = i;
  }
  if (start >= 0) tasks.push([start, lastBusy]);
  for (const [from, to] of tasks) {
    const ms = (times[to]! - times[from]!) / 1000;
    if (ms < 100) continue;
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = from; i <= to; i++) {
      const dt = (times[i + 1] ?? times[i]!) - times[i]!;
      let node = byId.get(profile.samples[i]!)!;
      self.set(name(node), (self.get(name(node)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        node = byId.get(id)!;
        const key = name(node);
        if (seen.has(key) || !node.callFrame.url) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`).join('\n    ');
    console.log(`task at ${((times[from]! - profile.startTime) / 1000).toFixed(0)} ms (profile start), ${ms.toFixed(0)} ms\n  self:\n    ${top(self, 8)}\n  inclusive:\n    ${top(inclusive, 14)}`);
  }
}

async function printMarks(page: import('playwright-core').Page): Promise<void> {
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' '));
  console.log(`marks (ms since navigation): ${marks}`);
}
