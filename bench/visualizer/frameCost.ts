/**
 * `npm run bench:visualizer:frames [-- --nodes 5000 --edges 20000 --dist DIR]`: how many frames
 * per second sigma.js can draw on this machine's WebGL (SwiftShader, in Chromium's GPU process, as
 * `npm run bench:visualizer` runs it), by what a frame draws. Not a test: it prints figures.
 *
 * The explorer (`?renderer=webgl`) is loaded on the synthetic graph and left to settle; then, for a
 * few seconds each, sigma is made to draw a frame at every animation frame, whole or with parts
 * left out, and the animation frames the browser delivers per second are counted. The rows with
 * parts left out are not the explorer's behaviour: they bound what any change to those parts
 * could give (the last row, a frame that draws nothing, is the ceiling of sigma's layers here).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildVisualizer } from '../../visualizer/src/build/buildVisualizer.js';
import { generateGraph } from './generateGraph.js';
import { serveAnswers } from './serveAnswers.js';

/** The layout in, and three seconds since: the last frames of the start drawn. */
const SETTLED = `(() => {
  const end = performance.getEntriesByName('cpg:layout-end')[0];
  return end !== undefined && document.documentElement.dataset.ready === 'true' && performance.now() - end.startTime > 3000;
})()`;

/**
 * Runs in the page (a string: tsx would wrap a function in a helper the page lacks). Reaches into
 * sigma's internals (`__cpg.sigma`, its programs and mouse captor) to choose what a frame draws:
 * `draggedEvents` > 0 is sigma's "the view moves" (edges not drawn; no picking pass, since
 * withPickingOnlyWhereUsed.ts), and sigma's own `render` from its prototype draws the picking pass
 * whatever the view does.
 */
const MEASURE = `async (rounds) => {
  const sigma = window.__cpg.sigma;
  const captor = sigma.getMouseCaptor();
  const nodePrograms = Object.values(sigma.nodePrograms);
  const drawNodes = nodePrograms.map((program) => program.render);
  const ownRender = Object.getPrototypeOf(sigma).render;
  const framesPerSecond = (frame, ms = 2000) => new Promise((done) => {
    let frames = 0;
    const started = performance.now();
    const step = () => {
      frames += 1;
      if (frame) frame();
      if (performance.now() - started < ms) requestAnimationFrame(step);
      else done(frames / ((performance.now() - started) / 1000));
    };
    requestAnimationFrame(step);
  });
  const variants = {
    'nothing drawn (the page idle)': [null, () => {}],
    'the whole graph (a still view: nodes, edges, labels, picking pass)': [() => sigma.render(), () => (captor.draggedEvents = 0)],
    'as while the view moves (nodes and labels; no edges, no picking pass)': [() => sigma.render(), () => (captor.draggedEvents = 1)],
    'as while the view moves, with the picking pass (before 1 Dec 2026)': [() => ownRender.call(sigma), () => (captor.draggedEvents = 1)],
    'as while the view moves, nodes not drawn (labels, clears)': [() => sigma.render(), () => { captor.draggedEvents = 1; nodePrograms.forEach((program) => (program.render = () => {})); }],
    'a frame of sigma drawing nothing (clears, compositing of its layers)': [() => sigma.render(), () => { captor.draggedEvents = 1; nodePrograms.forEach((program) => (program.render = () => {})); sigma.setSetting('renderLabels', false); }],
  };
  const restore = () => {
    captor.draggedEvents = 0;
    nodePrograms.forEach((program, i) => (program.render = drawNodes[i]));
    sigma.setSetting('renderLabels', true);
  };
  const rates = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const [what, [frame, prepare]] of Object.entries(variants)) {
      restore();
      // The GPU process drains the frames the variant before queued: idle frames come at 50 a
      // second again (or 10 s have passed).
      for (let waited = 0; waited < 20 && (await framesPerSecond(null, 500)) < 50; waited += 1);
      prepare();
      (rates[what] ??= []).push(await framesPerSecond(frame));
    }
  }
  restore();
  sigma.refresh();
  return rates;
}`;

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const distAt = process.argv.indexOf('--dist');
const outDir = distAt >= 0 ? path.resolve(process.argv[distAt + 1]!) : (await buildVisualizer()).outDir;
const nodes = argument('nodes', 5000);
const graph = generateGraph({ nodes, edges: argument('edges', 20000) });
const server = await serveAnswers(graph, outDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.url}?renderer=webgl#view=network`);
  await page.waitForFunction(SETTLED, undefined, { timeout: 600_000, polling: 250 });
  const rounds = argument('rounds', 2);
  const rates = (await page.evaluate(`(${MEASURE})(${rounds})`)) as Record<string, number[]>;
  console.log(`Frames per second with sigma drawing at every animation frame (${nodes} nodes, ${graph.edgeCount} edges; ${rounds} rounds of 2 s):`);
  console.table(Object.fromEntries(Object.entries(rates).map(([what, fps]) => [what, { 'frames per second': fps.map((f) => f.toFixed(1)).join(', ') }])));
} finally {
  await browser.close();
  server.close();
}
