import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { positionsOf } from './support/positionsOf.js';
import { useExplorer } from './support/useExplorer.js';

// WebGL 2 in software: SwiftShader through ANGLE, as a machine without a GPU runs it.
const { explorer, open } = useExplorer({ browserArgs: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });

describe('the network with the WebGL renderer (?renderer=webgl)', () => {
  test('runs on software WebGL in headless Chromium and draws every node in view with WebGL', async () => {
    const page = await open('?renderer=webgl#view=network');
    expect(await page.evaluate(() => (window as any).__cpg.renderer)).toBe('webgl');
    expect(await page.locator('#network').getAttribute('data-renderer')).toBe('webgl');
    expect(await page.locator('#network canvas[data-id$="-webgl"]').count()).toBe(1);

    const endpoints = new Set((await positionsOf(explorer())).flatMap((p) => [`a:${p.actor.id}`, `t:${p.target.id}`]));
    const visible: string[] = await page.evaluate(() => (window as any).__cpg.cy.nodes().not('.hidden').map((n: any) => n.id()));
    expect(new Set(visible)).toEqual(endpoints);
    // Built in tasks (a large graph's path): the legend still counts every node shown, by kind.
    const legend = await page.locator('.network-legend [data-kind]').evaluateAll((items) => items.reduce((sum, item) => sum + Number((item as HTMLElement).dataset.count), 0));
    expect(legend).toBe(visible.length);

    await explorer().screenshot(page, 'network-webgl');
    // Only the WebGL layer on screen: what it inks is WebGL's drawing of the graph.
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#network canvas:not([data-id$="-webgl"])')) canvas.style.visibility = 'hidden';
    });
    const withWebgl = await inkedPixels(page);
    await page.evaluate(() => (document.querySelector('#network canvas[data-id$="-webgl"]') as HTMLCanvasElement).style.visibility = 'hidden');
    // What remains without it is the container's own frame.
    const frame = await inkedPixels(page);
    // Each of the dozens of nodes in view covers well over ten pixels.
    expect(withWebgl - frame).toBeGreaterThan(visible.length * 10);
  });

  test('selects a node by clicking it, as with the canvas renderer (WebGL picking)', async () => {
    const page = await open('?renderer=webgl#view=network');
    const point = await page.evaluate(() => {
      const { cy } = (window as any).__cpg;
      const node = cy.getElementById('a:JPN');
      const box = document.getElementById('network')!.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('actor=JPN');
  });
});

// Private:

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
