import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { panelQuotes, waitForEvidence } from './support/pageHelpers.js';
import { edgeIdsOf, positionsOf } from './support/positionsOf.js';
import { useExplorer } from './support/useExplorer.js';

// WebGL in software: SwiftShader through ANGLE, as a machine without a GPU runs it.
const { explorer, open } = useExplorer({ browserArgs: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });

/**
 * `?renderer=webgl` draws the network with sigma.js (the path a graph of UN size takes on a GPU),
 * on the Hangzhou report: the same nodes, edges, hover text, selection and filters as the canvas.
 */
describe('the network drawn by sigma.js in WebGL (?renderer=webgl)', () => {
  test('runs on software WebGL in headless Chromium and draws every node in view', async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    expect(await page.evaluate(() => (window as any).__cpg.renderer)).toBe('webgl');
    expect(await page.locator('#network').getAttribute('data-renderer')).toBe('webgl');
    expect(await page.locator('#network canvas.sigma-nodes').count()).toBe(1);

    const positions = await positionsOf(explorer());
    const endpoints = new Set(positions.flatMap((p) => [`a:${p.actor.id}`, `t:${p.target.id}`]));
    const visible = await visibleIds(page);
    expect(new Set(visible.nodes)).toEqual(endpoints);
    expect(visible.edges.filter((id) => id.startsWith('p:')).sort()).toEqual(edgeIdsOf(positions));
    // Built in tasks: the legend counts every node shown, by kind.
    const legend = await page.locator('.network-legend [data-kind]').evaluateAll((items) => items.reduce((sum, item) => sum + Number((item as HTMLElement).dataset.count), 0));
    expect(legend).toBe(visible.nodes.length);
    // Labels for the bigger nodes (sigma's label grid).
    expect(await page.evaluate(() => (window as any).__cpg.sigma.getNodeDisplayedLabels().size)).toBeGreaterThan(0);

    await explorer().screenshot(page, 'network-webgl');
    // Only sigma's WebGL layers (edges, nodes) on screen: what they ink is WebGL's drawing of the graph.
    const webgl = '#network canvas.sigma-nodes, #network canvas.sigma-edges';
    await page.evaluate((selector) => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`#network canvas:not(${selector.replaceAll('#network ', '')})`)) canvas.style.visibility = 'hidden';
    }, webgl);
    const withWebgl = await inkedPixels(page);
    await page.evaluate((selector) => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(selector)) canvas.style.visibility = 'hidden';
    }, webgl);
    // What remains without them is the container's own frame.
    const frame = await inkedPixels(page);
    // Each of the dozens of nodes in view covers well over ten pixels.
    expect(withWebgl - frame).toBeGreaterThan(visible.nodes.length * 10);
  });

  test('a reload lays out from the cache: the same positions, every edge drawn, and a link\'s selection highlighted with its edges', async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    const first = await page.evaluate(() => (window as any).__cpg.graph.mapNodes((node: string, at: any) => [node, at.x, at.y]));
    await page.evaluate(() => (location.hash = '#view=network&actor=JPN'));
    await page.reload();
    await page.waitForSelector('#network[data-layout="done"]', { state: 'attached' });
    await expect.poll(() => page.locator('p.status').textContent()).toContain('layout from this browser’s cache');
    const drawn = await page.evaluate(() => {
      const { sigma, graph } = (window as any).__cpg;
      const edges = graph.filterEdges((edge: string) => !sigma.getEdgeDisplayData(edge).hidden);
      const japanEdges = graph.edges('a:JPN').filter((edge: string) => graph.getEdgeAttribute(edge, 'data').role === 'position');
      return {
        positions: graph.mapNodes((node: string, at: any) => [node, at.x, at.y]),
        shownEdges: edges.filter((edge: string) => edge.startsWith('p:')).sort(),
        japan: sigma.getNodeDisplayData('a:JPN').highlighted,
        japanEdges: japanEdges.map((edge: string) => sigma.getEdgeDisplayData(edge).zIndex),
      };
    });
    expect(drawn.positions).toEqual(first);
    expect(drawn.shownEdges).toEqual(edgeIdsOf(await positionsOf(explorer())));
    expect(drawn.japan).toBe(true);
    expect(drawn.japanEdges.length).toBeGreaterThan(0);
    expect(new Set(drawn.japanEdges)).toEqual(new Set([1]));
  });

  test("hovering Japan's node says what it is; clicking it lists Japan's statements in the evidence panel", async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    const point = await nodePoint(page, 'a:JPN');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('.net-tooltip:not([hidden])').textContent()).toMatch(/^Japan\s*State\s*\d+ positions?: /);

    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('actor=JPN');
    await waitForEvidence(page);
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('Japan');
    const japan = await positionsOf(explorer(), { actorIds: ['JPN'] });
    expect(new Set(await panelQuotes(page))).toEqual(new Set(japan.map((p) => p.evidence.quote)));
    // The selection is highlighted, the rest faded: Japan's node is drawn highlighted, a node with no edge to Japan faded.
    const drawn = await page.evaluate(() => {
      const { sigma, graph } = (window as any).__cpg;
      const stranger = graph.filterNodes((n: string) => n !== 'a:JPN' && !graph.areNeighbors(n, 'a:JPN') && !sigma.getNodeDisplayData(n).hidden)[0];
      return { japan: sigma.getNodeDisplayData('a:JPN'), stranger: sigma.getNodeDisplayData(stranger) };
    });
    expect(drawn.japan.highlighted).toBe(true);
    expect(drawn.japan.color).toBe(await page.evaluate(() => (window as any).__cpg.graph.getNodeAttribute('a:JPN', 'color')));
    expect(drawn.stranger.color).toMatch(/^rgba\(\d+,\d+,\d+,0\.1\)$/);
  });

  test('dragging the view carries the hovered node along under the pointer; once released, hovering finds other nodes again', async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    const tooltip = () => page.locator('.net-tooltip:not([hidden])').textContent();
    const hovered = () => page.evaluate(() => (window as any).__cpg.sigma.hoveredNode as string | null);
    const japan = await nodePoint(page, 'a:JPN');
    await page.mouse.move(japan.x, japan.y);
    await expect.poll(tooltip).toMatch(/^Japan/);

    // While the view is dragged, sigma is not asked what lies under the pointer (a readPixels per
    // move, withPickingOnlyWhereUsed.ts): the graph moves with the pointer, so it is what lay there.
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(japan.x + 8 * step, japan.y + 5 * step);
    const carried = await nodePoint(page, 'a:JPN');
    expect(Math.abs(carried.x - (japan.x + 80))).toBeLessThan(4);
    expect(Math.abs(carried.y - (japan.y + 50))).toBeLessThan(4);
    expect(await hovered()).toBe('a:JPN');
    // Held still before the button is released, as a user who has placed the view does: no
    // inertia afterwards, so nothing but sigma's follow-up to the drag draws the edges again.
    await expect.poll(() => page.evaluate(() => (window as any).__cpg.sigma.getMouseCaptor().isMoving)).toBe(false);
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => (window as any).__cpg.sigma.getCamera().isAnimated())).toBe(false);
    // The edges, not drawn while the view moved, are drawn again (a render; the graph is not reprocessed).
    await expect.poll(() => edgesInk(page), { timeout: 10_000 }).toBeGreaterThan(200);

    // Released, hovering looks again: another node in view, well clear of Japan, is found.
    const other = await page.evaluate((avoid) => {
      const { sigma, graph } = (window as any).__cpg;
      const box = document.getElementById('network')!.getBoundingClientRect();
      const inView = graph.filterNodes((node: string) => {
        const at = sigma.graphToViewport(graph.getNodeAttributes(node));
        const x = box.left + at.x;
        const y = box.top + at.y;
        return node !== 'a:JPN' && !sigma.getNodeDisplayData(node).hidden && at.x > 40 && at.y > 40 && at.x < box.width - 40 && at.y < box.height - 40 && Math.hypot(x - avoid.x, y - avoid.y) > 60;
      });
      // The biggest such node: the easiest to point at.
      return inView.sort((a: string, b: string) => sigma.getNodeDisplayData(b).size - sigma.getNodeDisplayData(a).size)[0] as string;
    }, await nodePoint(page, 'a:JPN'));
    const label = await page.evaluate((id) => (window as any).__cpg.graph.getNodeAttribute(id, 'label') as string, other);
    const point = await nodePoint(page, other);
    await page.mouse.move(point.x, point.y);
    await expect.poll(hovered).toBe(other);
    await expect.poll(tooltip).toContain(label);
  });

  test('a wheel zoom reads no pixel back from the GPU; once it has settled, hovering finds a node at its new place', async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    const hovered = () => page.evaluate(() => (window as any).__cpg.sigma.hoveredNode as string | null);
    // Every pixel sigma reads back (its lookups of what is under the pointer), counted.
    await page.evaluate(() => {
      const reads = { count: 0 };
      for (const gl of Object.values((window as any).__cpg.sigma.webGLContexts) as WebGLRenderingContext[]) {
        const readPixels = gl.readPixels.bind(gl) as (...args: unknown[]) => void;
        (gl as any).readPixels = (...args: unknown[]) => {
          reads.count += 1;
          return readPixels(...args);
        };
      }
      (window as any).__pixelReads = reads;
    });
    const pixelReads = () => page.evaluate(() => (window as any).__pixelReads.count as number);
    const ratio = () => page.evaluate(() => (window as any).__cpg.sigma.getCamera().getState().ratio as number);
    const before = await ratio();

    // Zoomed in around Japan: sigma would look up the node under the pointer for every wheel turn
    // (to name a `wheelNode` event the explorer does not listen to).
    const japan = await nodePoint(page, 'a:JPN');
    await page.mouse.move(japan.x + 20, japan.y + 20);
    const readsBeforeWheel = await pixelReads();
    for (let turn = 0; turn < 2; turn += 1) await page.mouse.wheel(0, -120);
    await expect.poll(() => page.evaluate(() => (window as any).__cpg.sigma.getCamera().isAnimated())).toBe(false);
    expect(await ratio()).toBeLessThan(before);
    expect(await pixelReads()).toBe(readsBeforeWheel);

    // The frames drawn while the view zoomed skipped the picking layers; the frame after it drew
    // them again, so a hover over Japan's new place finds Japan, by reading a pixel.
    const moved = await nodePoint(page, 'a:JPN');
    expect(Math.hypot(moved.x - japan.x, moved.y - japan.y)).toBeGreaterThan(5);
    await page.mouse.move(moved.x, moved.y);
    await expect.poll(hovered).toBe('a:JPN');
    expect(await pixelReads()).toBeGreaterThan(readsBeforeWheel);
  });

  test("a link with Japan selected draws Japan highlighted and its edges in the final frame, though the graph was still filling when the link was read", async () => {
    const page = await openSigma('?renderer=webgl#view=network&actor=JPN');
    await waitForEvidence(page);
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('Japan');
    const drawn = await page.evaluate(() => {
      const { sigma, graph } = (window as any).__cpg;
      const japanEdges = graph.edges('a:JPN').filter((e: string) => graph.getEdgeAttribute(e, 'data').role === 'position');
      const stranger = graph.filterNodes((n: string) => n !== 'a:JPN' && !graph.areNeighbors(n, 'a:JPN') && !sigma.getNodeDisplayData(n).hidden)[0];
      return {
        // Sigma draws the whole graph (its edges too) once the layout is in, not the first frame's nodes alone.
        drawsWholeGraph: sigma.getGraph() === graph,
        japan: sigma.getNodeDisplayData('a:JPN'),
        japanEdges: japanEdges.map((e: string) => ({ hidden: sigma.getEdgeDisplayData(e).hidden, zIndex: sigma.getEdgeDisplayData(e).zIndex })),
        stranger: sigma.getNodeDisplayData(stranger),
      };
    });
    expect(drawn.drawsWholeGraph).toBe(true);
    expect(drawn.japan.highlighted).toBe(true);
    expect(drawn.japanEdges.length).toBeGreaterThan(0);
    for (const edge of drawn.japanEdges) expect(edge).toEqual({ hidden: false, zIndex: 1 });
    expect(drawn.stranger.color).toMatch(/^rgba\(\d+,\d+,\d+,0\.1\)$/);
  });

  test('hovering and clicking an edge gives its stance, counts and the pair', async () => {
    // Opposing positions only, so that no other edge crosses the one hovered.
    const page = await openSigma('?renderer=webgl#view=network&stances=OPPOSES');
    const id = 'p:CHN|budapest-convention|OPPOSES';
    // Points along the edge, clearest of other nodes first.
    const points = await page.evaluate((edge) => {
      const { sigma, graph } = (window as any).__cpg;
      const [source, target] = graph.extremities(edge);
      const viewport = (node: string) => sigma.graphToViewport(graph.getNodeAttributes(node));
      const [from, to] = [viewport(source), viewport(target)];
      const others = graph.filterNodes((n: string) => n !== source && n !== target && !sigma.getNodeDisplayData(n).hidden).map(viewport);
      const box = document.getElementById('network')!.getBoundingClientRect();
      const along = [];
      for (let t = 0.25; t <= 0.75; t += 0.05) {
        const at = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
        along.push({ x: box.left + at.x, y: box.top + at.y, clearance: Math.min(...others.map((o: any) => Math.hypot(o.x - at.x, o.y - at.y))) });
      }
      return along.sort((a, b) => b.clearance - a.clearance);
    }, id);
    // Sigma's picking can miss a point of a 1.4 px line that nothing visible covers (seen in one
    // layout, cause not found): hover the clearest point at which sigma finds the edge at all.
    let point = points[0]!;
    for (const candidate of points) {
      await page.mouse.move(candidate.x, candidate.y);
      const found = await page
        .waitForFunction((edge) => (window as any).__cpg.sigma.hoveredEdge === edge, id, { timeout: 2_000 })
        .then(() => true, () => false);
      if (found) {
        point = candidate;
        break;
      }
    }
    await expect.poll(() => page.locator('.net-tooltip:not([hidden])').textContent()).toMatch(/China → .*Opposes.*1 statement/);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/actor=CHN.*target=budapest-convention.*stance=OPPOSES|stance=OPPOSES.*actor=CHN/);
  });

  test('a filter by agenda item hides the edges and nodes of the other items', async () => {
    const page = await openSigma('?renderer=webgl#view=network');
    const item = 'aalco-owg-cyber-4.topic-2-2';
    await page.locator(`input[data-filter="agenda"][value="${item}"]`).check();
    const under = await positionsOf(explorer(), { agendaItemIds: [item] });
    await expect.poll(async () => (await visibleIds(page)).edges.filter((id) => id.startsWith('p:')).sort()).toEqual(edgeIdsOf(under));
    const { nodes } = await visibleIds(page);
    expect(new Set(nodes)).toEqual(new Set(under.flatMap((p) => [`a:${p.actor.id}`, `t:${p.target.id}`])));
    // What sigma draws agrees: the Budapest Convention (Topic I only) is hidden.
    expect(await page.evaluate(() => (window as any).__cpg.sigma.getNodeDisplayData('t:budapest-convention').hidden)).toBe(true);
  });

  test('exports the view as a PNG and the visible graph as Cytoscape JSON; grouping by kind is not offered', async () => {
    const page = await openSigma('?renderer=webgl#view=network&stances=OPPOSES,QUALIFIES');
    expect(await page.locator('[data-action="group"]').count()).toBe(0);
    const width = await page.evaluate(() => (window as any).__cpg.sigma.getDimensions().width);
    const png = await exportFile(page, 'png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The drawing at 2x (IHDR width), with the legend and caption below.
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.length).toBeGreaterThan(20_000);

    const json = JSON.parse((await exportFile(page, 'cyjs')).toString('utf8'));
    const shown = await visibleIds(page);
    expect(json.elements.nodes.map((n: any) => n.data.id).sort()).toEqual([...shown.nodes].sort());
    expect(json.elements.edges.map((e: any) => e.data.id).sort()).toEqual([...shown.edges].sort());
    expect(json.elements.edges.every((e: any) => e.data.role !== 'position' || ['OPPOSES', 'QUALIFIES'].includes(e.data.stance))).toBe(true);
    // Positions as sigma draws them (the layout's).
    const [first] = json.elements.nodes;
    const at = await page.evaluate((id) => (window as any).__cpg.graph.getNodeAttributes(id), first.data.id);
    expect(first.position).toEqual({ x: at.x, y: at.y });
  });
});

// Private:

/** Runs one Export menu item and returns the downloaded file's bytes. */
async function exportFile(page: Page, id: string): Promise<Buffer> {
  await page.locator('#export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${id}"]`).click()]);
  return readFile((await download.path())!);
}

/** Opens the explorer and waits until sigma has drawn the final layout. */
async function openSigma(hash: string): Promise<Page> {
  const page = await open(hash);
  await page.waitForSelector('#network[data-layout="done"]', { state: 'attached' });
  return page;
}

/** Ids of the nodes and edges the filters leave in view (the exports' collection). */
function visibleIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(async () => {
    const elements = await (window as any).__cpg.network.visibleElements();
    return { nodes: elements.nodes().map((n: any) => n.id()), edges: elements.edges().map((e: any) => e.id()) };
  });
}

/** Where on the page sigma draws a node's centre. */
function nodePoint(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const { sigma, graph } = (window as any).__cpg;
    const at = sigma.graphToViewport(graph.getNodeAttributes(id));
    const box = document.getElementById('network')!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, nodeId);
}

/**
 * Pixels sigma's edge layer inks: the network screenshotted with only that layer shown, less the
 * container's own frame (every layer hidden); every layer is shown again afterwards.
 */
async function edgesInk(page: Page): Promise<number> {
  const hide = (selector: string) =>
    page.evaluate((s) => document.querySelectorAll<HTMLCanvasElement>(s).forEach((canvas) => (canvas.style.visibility = 'hidden')), selector);
  try {
    await hide('#network canvas:not(.sigma-edges)');
    const withEdges = await inkedPixels(page);
    await hide('#network canvas.sigma-edges');
    return withEdges - (await inkedPixels(page));
  } finally {
    await page.evaluate(() => document.querySelectorAll<HTMLCanvasElement>('#network canvas').forEach((canvas) => (canvas.style.visibility = '')));
  }
}

/** Pixels of the network's box that are not its white background, from a screenshot of the page. */
async function inkedPixels(page: Page): Promise<number> {
  const png = await page.locator('#network').screenshot();
  return page.evaluate(async (bytes: number[]) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked += 1;
    return inked;
  }, [...png]);
}
