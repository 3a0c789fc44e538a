/**
 * `npm run bench:visualizer [-- --nodes 5000 --edges 20000 --renderer both]`: how fast the explorer
 * draws a large graph in headless Chromium. Not a test: it prints figures and asserts nothing.
 *
 * Builds the explorer, serves visualizer/dist on 127.0.0.1 with /graphql answered from a synthetic
 * graph (generateGraph.ts), and per renderer (`?renderer=canvas`: cytoscape on a 2D canvas;
 * `?renderer=webgl`: sigma.js in WebGL, in software, SwiftShader, as on a machine without a GPU) loads the page twice in a fresh browser
 * context (cold, then with the layout cached), and reports time to data, to first render, to layout
 * end, the longest main-thread task meanwhile, and frames per second while panning and zooming.
 */
import { argumentOf, explorerDir, launchBenchBrowser } from './benchBrowser.js';
import { generateGraph } from './generateGraph.js';
import { measurePage, RECORD_LONG_TASKS, type PageFigures } from './measurePage.js';
import { serveAnswers } from './serveAnswers.js';

const argument = (name: string, fallback: number) => Number(argumentOf(name, String(fallback)));
const nodes = argument('nodes', 5000);
const edges = argument('edges', 20000);
const timeoutMs = argument('timeout', 600) * 1000;
const rendererAt = process.argv.indexOf('--renderer');
const rendererArg = rendererAt >= 0 ? process.argv[rendererAt + 1]! : 'both';
const renderers = rendererArg === 'both' ? ['canvas', 'webgl'] : [rendererArg];
/** Which library draws with each renderer (visualizer/src/app/network/rendererFor.ts). */
const LIBRARY: Record<string, string> = { canvas: 'cytoscape canvas', webgl: 'sigma.js WebGL' };

const outDir = await explorerDir();
const graph = generateGraph({ nodes, edges });
console.log(`Synthetic graph: ${nodes} nodes, ${graph.edgeCount} edges, ${graph.positions.length} positions.`);

const server = await serveAnswers(graph, outDir);
const url = server.url;

// `--disable-gpu`: WebGL in the page's process (the figures before 30 Nov 2026 (sigma), and the
// browser tests), every WebGL frame drawn on the page's main thread.
const inProcessGl = process.argv.includes('--disable-gpu');
const browser = await launchBenchBrowser({ inProcessGl });
console.log(`Chromium ${browser.version()}, WebGL by SwiftShader ${inProcessGl ? 'in the page\'s process (--disable-gpu)' : 'in the GPU process'}.`);
// A user opens the explorer in a browser that is already running, its GPU process up: a blank
// page with one WebGL context, in a context of its own (no cache or storage shared with the
// runs), makes "cold" the page's cold start rather than the browser's. Before, the cold run was
// the browser's first page: in half the runs it asked for the explorer's script 1.7–2.5 s after
// the document arrived, and its WebGL contexts took twice as long. `--cold-browser` keeps that.
if (!process.argv.includes('--cold-browser')) await warmUpBrowser();
try {
  const errors: string[] = [];
  const runs: [string, PageFigures][] = [];
  for (const renderer of renderers) {
    // A fresh context per renderer: its first load lays out from scratch (empty localStorage).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(RECORD_LONG_TASKS);
    for (const run of ['cold (layout computed)', 'reload (layout cached)']) {
      const page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}?renderer=${renderer}#view=network`);
      const figures = await measurePage(page, timeoutMs);
      runs.push([`${renderer} asked, ${LIBRARY[figures.renderer] ?? figures.renderer} ran: ${run}`, figures]);
      await page.close();
    }
    await context.close();
  }
  const figures = runs[0]![1];
  console.log(`Rendered ${figures.nodes} nodes and ${figures.edges} edges.\n`);
  console.table(
    Object.fromEntries(
      runs.map(([run, f]) => [
        run,
        {
          'data loaded (s)': seconds(f.dataLoadedMs),
          'network built (s)': seconds(f.networkCreatedMs),
          'first render (s)': seconds(f.firstRenderMs),
          'edges added (s)': seconds(f.edgesAddedMs),
          'layout end (s)': seconds(f.layoutEndMs),
          'settled (s)': seconds(f.settledMs),
          'fcose in worker (s)': seconds(f.workerMs),
          'longest main-thread task (ms)': Math.round(f.longestTaskMs),
          'pan/zoom fps': f.panFps,
        },
      ]),
    ),
  );
  for (const [run, f] of runs) {
    console.log(`${run}: marks ${JSON.stringify(f.marks)}; requests [name, start, end]: ${JSON.stringify(f.requests)}; tasks over 200 ms [start, ms]: ${JSON.stringify(f.longTasks)}`);
  }
  if (errors.length > 0) console.log(`Console errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  server.close();
}

async function warmUpBrowser(): Promise<void> {
  const page = await browser.newPage();
  await page.setContent('<canvas></canvas>');
  const drawn = await page.evaluate(() => document.querySelector('canvas')!.getContext('webgl2') !== null);
  await page.close();
  console.log(`Browser warmed up (a blank page${drawn ? ' and a WebGL 2 context' : '; WebGL 2 unavailable'}); --cold-browser skips it.`);
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
