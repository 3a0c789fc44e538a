/**
 * `npm run bench:visualizer:frames [-- --nodes 5000 --edges 20000 --rounds 2 --dist DIR]`: how many frames
 * per second sigma.js can draw on this machine's WebGL (SwiftShader, in Chromium's GPU process, as
 * `npm run bench:visualizer` runs it), by what a frame draws. Not a test: it prints figures.
 *
 * The explorer (`?renderer=webgl`) is loaded on the synthetic graph and left to settle; then, for a
 * few seconds each, sigma is made to draw a frame at every animation frame, whole or with parts
 * left out, and the animation frames the browser delivers per second are counted. The rows with
 * parts left out are not the explorer's behaviour: they bound what any change to those parts
 * could give (the last row, a frame that draws nothing, is the ceiling of sigma's layers here).
 */
import { argumentOf, explorerDir, launchBenchBrowser } from './benchBrowser.js';
import { generateGraph } from './generateGraph.js';
import { FRAMES_AT_DISPLAY_RATE } from './measurePage.js';
import { serveAnswers } from './serveAnswers.js';

/** The layout in, and three seconds since: the last frames of the start drawn. */
const SETTLED = `(() => {
  const end = performance.getEntriesByName('cpg:layout-end')[0];
  return end !== undefined && document.documentElement.dataset.ready === 'true' && performance.now() - end.startTime > 3000;
})()`;

/**
 * Runs in the page (a string: tsx would wrap a function in a helper the page lacks) and installs
 * `window.__frameCost`: the variants by name, `measure(name)` (frames per second over 2 s with the
 * variant drawing at each) and `restore()`. Reaches into sigma's internals (`__cpg.sigma`, its
 * programs and mouse captor) to choose what a frame draws: `draggedEvents` > 0 is sigma's "the view
 * moves" (edges not drawn; no picking pass, since withPickingOnlyWhereUsed.ts), and sigma's own
 * `render` from its prototype draws the picking pass whatever the view does.
 */
const INSTALL = `(() => {
  const sigma = window.__cpg.sigma;
  const captor = sigma.getMouseCaptor();
  const nodePrograms = Object.values(sigma.nodePrograms);
  const drawNodes = nodePrograms.map((program) => program.render);
  const ownRender = Object.getPrototypeOf(sigma).render;
  const noNodes = () => nodePrograms.forEach((program) => (program.render = () => {}));
  const variants = {
    'nothing drawn (the page idle)': [null, () => {}],
    'the whole graph (a still view: nodes, edges, labels, picking pass)': [() => sigma.render(), () => (captor.draggedEvents = 0)],
    'as while the view moves (nodes and labels; no edges, no picking pass)': [() => sigma.render(), () => (captor.draggedEvents = 1)],
    'as while the view moves, with the picking pass (before 1 Dec 2026)': [() => ownRender.call(sigma), () => (captor.draggedEvents = 1)],
    'as while the view moves, nodes not drawn (labels, clears)': [() => sigma.render(), () => { captor.draggedEvents = 1; noNodes(); }],
    'a frame of sigma drawing nothing (clears, compositing of its layers)': [() => sigma.render(), () => { captor.draggedEvents = 1; noNodes(); sigma.setSetting('renderLabels', false); }],
  };
  window.__frameCost = {
    names: Object.keys(variants),
    measure: (name) => new Promise((done) => {
      const [frame, prepare] = variants[name];
      prepare();
      let frames = 0;
      const started = performance.now();
      const step = () => {
        frames += 1;
        if (frame) frame();
        if (performance.now() - started < 2000) requestAnimationFrame(step);
        else done(frames / ((performance.now() - started) / 1000));
      };
      requestAnimationFrame(step);
    }),
    restore: () => {
      captor.draggedEvents = 0;
      nodePrograms.forEach((program, i) => (program.render = drawNodes[i]));
      sigma.setSetting('renderLabels', true);
      // A pixel read back from each WebGL layer waits until the GPU process has drawn every frame
      // queued there: the next variant starts on an idle GPU, not behind the last one's frames.
      const pixel = new Uint8Array(4);
      for (const gl of Object.values(sigma.webGLContexts)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    },
  };
  return window.__frameCost.names;
})()`;

const outDir = await explorerDir();
const nodes = Number(argumentOf('nodes', '5000'));
const rounds = Number(argumentOf('rounds', '2'));
const graph = generateGraph({ nodes, edges: Number(argumentOf('edges', '20000')) });
const server = await serveAnswers(graph, outDir);
const browser = await launchBenchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${server.url}?renderer=webgl#view=network`);
  await page.waitForFunction(SETTLED, undefined, { timeout: 600_000, polling: 250 });
  const names = (await page.evaluate(INSTALL)) as string[];
  const rates = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) {
      await page.evaluate('window.__frameCost.restore()');
      // And the page's frames come at the display's rate again.
      await page.waitForFunction(FRAMES_AT_DISPLAY_RATE, undefined, { timeout: 60_000, polling: 100 });
      rates.get(name)!.push((await page.evaluate(`window.__frameCost.measure(${JSON.stringify(name)})`)) as number);
    }
  }
  await page.evaluate('window.__frameCost.restore()');
  console.log(`Frames per second with sigma drawing at every animation frame (${nodes} nodes, ${graph.edgeCount} edges; ${rounds} rounds of 2 s):`);
  console.table(Object.fromEntries([...rates].map(([what, fps]) => [what, { 'frames per second': fps.map((f) => f.toFixed(1)).join(', ') }])));
} finally {
  await browser.close();
  server.close();
}
