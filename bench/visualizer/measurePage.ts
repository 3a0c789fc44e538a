import type { Page } from 'playwright-core';

export interface PageFigures {
  /** Every performance mark the page set, by name (ms since navigation). */
  readonly marks: Record<string, number>;
  /** Main-thread tasks over 200 ms (the goal's bound) from data loaded to settled: [start, duration] in ms. */
  readonly longTasks: [number, number][];
  /** The page's document, script and API requests: [name, start, end] in ms since navigation (the document's start: its request sent, after the browser's own set-up of the page). */
  readonly requests: [string, number, number][];
  /** From navigation start to the catalog and every position loaded. */
  readonly dataLoadedMs: number;
  /** ...to cytoscape built with every element (mapping and style included). */
  readonly networkCreatedMs: number;
  /** Time fcose ran inside the worker (0 when cached). */
  readonly workerMs: number;
  /** ...to cytoscape's first frame of the graph (provisional positions, or cached ones). */
  readonly firstRenderMs: number;
  /** ...to every edge added (large graphs add them in chunks after the first frame; NaN otherwise). */
  readonly edgesAddedMs: number;
  /** ...to the final fcose positions in place and every edge drawn. */
  readonly layoutEndMs: number;
  /** ...to a second without a long task after layout end: the page settled (the last frames drawn). */
  readonly settledMs: number;
  /** The longest main-thread task from data loaded to settled: how long the page was frozen at worst. */
  readonly longestTaskMs: number;
  /** Frames per second while a user drags and wheel-zooms for two seconds after the layout. */
  readonly panFps: number;
  readonly renderer: string;
  readonly nodes: number;
  readonly edges: number;
}

/** Waits for the explorer's performance marks on a page already navigating, then pans for two seconds. */
export async function measurePage(page: Page, timeoutMs: number): Promise<PageFigures> {
  // Ends early when the page reports a failure (its alert), which would otherwise wait out the timeout.
  await page.waitForFunction(() => performance.getEntriesByName('cpg:layout-end').length > 0 || document.querySelector('.alert:not([hidden])') !== null, undefined, { timeout: timeoutMs, polling: 200 });
  // Read at once: a locator's textContent would wait 30 s for an alert that is not there.
  const alert = await page.evaluate(() => document.querySelector('.alert:not([hidden])')?.textContent ?? null);
  if (alert) throw new Error(`The explorer failed: ${alert}`);
  // The page has settled when a second has passed without a long task (the frames drawing the
  // last edges come after the layout-end mark); the longest task is counted up to then.
  await page.waitForFunction(SETTLED, undefined, { timeout: timeoutMs, polling: 250 });
  const figures = (await page.evaluate(MEASURE)) as Omit<PageFigures, 'panFps'>;
  // The user pans a page at rest: the frames queued at start-up drawn (on software WebGL the GPU
  // process can lag the page by seconds), idle frames coming at the display's rate again.
  await page.waitForFunction(FRAMES_AT_DISPLAY_RATE, undefined, { timeout: timeoutMs, polling: 100 });
  return { ...figures, panFps: await dragFps(page) };
}

/**
 * Frames per second while a user drags the graph and turns the wheel for two seconds: real input
 * events, so cytoscape's viewport economies (edges hidden, cached texture) apply as they do for a person.
 */
async function dragFps(page: Page): Promise<number> {
  const box = (await page.locator('#network').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // The pointer comes onto the graph first (a hover: sigma's first lookup there reads a pixel back,
  // which on software WebGL waits for every frame queued), then the counted drag and zoom.
  await page.mouse.move(x, y);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(COUNT_FRAMES);
  const started = Date.now();
  await page.mouse.down();
  for (let i = 0; Date.now() - started < 1200; i++) await page.mouse.move(x + 60 * Math.sin(i / 8), y + 40 * Math.cos(i / 8));
  await page.mouse.up();
  while (Date.now() - started < 2000) await page.mouse.wheel(0, (Date.now() - started) % 400 < 200 ? -60 : 60);
  const frames = (await page.evaluate('window.__benchStopFrames()')) as { frames: number; ms: number };
  return Math.round((frames.frames / (frames.ms / 1000)) * 10) / 10;
}

const COUNT_FRAMES = `(() => {
  let frames = 0; let running = true; const started = performance.now();
  const step = () => { frames += 1; if (running) requestAnimationFrame(step); };
  requestAnimationFrame(step);
  window.__benchStopFrames = () => { running = false; return { frames, ms: performance.now() - started }; };
})()`;

// Private:

/**
 * Runs in the page. A string, not a function: tsx (esbuild) would wrap named functions in a
 * `__name` helper that does not exist in the page.
 */
const MEASURE = `(async () => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const firstRender = mark('cpg:first-render');
  const layoutEnd = mark('cpg:layout-end');
  const settled = Math.max(layoutEnd, ...window.__benchLongTasks.map((t) => t.startTime + t.duration));
  const during = window.__benchLongTasks.filter((t) => t.startTime + t.duration >= mark('cpg:data-loaded') && t.startTime <= settled);
  const longestTaskMs = Math.max(0, ...during.map((t) => t.duration));
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
  const longTasks = during.filter((t) => t.duration > 200).map((t) => [Math.round(t.startTime), Math.round(t.duration)]);
  const [navigation] = performance.getEntriesByType('navigation');
  const requests = [['document', Math.round(navigation.requestStart), Math.round(navigation.responseEnd)], ...performance.getEntriesByType('resource')
    .filter((r) => /\\.js$|graphql/.test(r.name))
    .map((r) => [r.name.replace(/.*\\//, '').replace(/-[\\w-]{8}\\.js$/, '.js'), Math.round(r.startTime), Math.round(r.responseEnd)])];
  const { network, renderer } = window.__cpg;
  const counts = network.counts();
  return {
    marks,
    longTasks,
    requests,
    dataLoadedMs: mark('cpg:data-loaded'),
    networkCreatedMs: mark('cpg:network-created'),
    workerMs: Number(document.getElementById('network').dataset.layoutWorkerMs ?? 0),
    firstRenderMs: firstRender,
    edgesAddedMs: mark('cpg:edges-added'),
    layoutEndMs: layoutEnd,
    settledMs: settled,
    longestTaskMs,
    renderer,
    nodes: counts.nodes,
    edges: counts.edges,
  };
})()`;

/** True when half a second of idle animation frames comes at 50 a second or more: the GPU process has drawn what was queued. */
export const FRAMES_AT_DISPLAY_RATE = `new Promise((done) => {
  let frames = 0;
  const started = performance.now();
  const step = () => {
    frames += 1;
    if (performance.now() - started < 500) requestAnimationFrame(step);
    else done(frames / ((performance.now() - started) / 1000) >= 50);
  };
  requestAnimationFrame(step);
})`;

/** True once the layout has ended and no long task has ended in the last second. */
const SETTLED = `(() => {
  const end = performance.getEntriesByName('cpg:layout-end')[0];
  if (!end) return false;
  const last = Math.max(end.startTime, ...window.__benchLongTasks.map((t) => t.startTime + t.duration));
  return performance.now() - last > 1000;
})()`;

/** Installed before the page's scripts: records every long task (over 50 ms) the main thread runs. */
export const RECORD_LONG_TASKS = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTasks.push({ startTime: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;
