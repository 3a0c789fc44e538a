import { describe, expect, test } from 'vitest';
import { useExplorer } from './support/useExplorer.js';

const { explorer, open } = useExplorer();

describe('the page at different sizes and by keyboard', () => {
  test('fits 1280×800 with every region on screen and nothing scrolling sideways', async () => {
    const page = await open('', { width: 1280, height: 800 });
    const boxes = await page.evaluate(() =>
      ['.topbar', '.sidebar', '#main', '.panel'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width };
      }),
    );
    for (const box of boxes) {
      expect(box.left, box.selector).toBeGreaterThanOrEqual(0);
      expect(box.right, box.selector).toBeLessThanOrEqual(1280);
      expect(box.bottom, box.selector).toBeLessThanOrEqual(800);
    }
    expect(boxes.find((b) => b.selector === '#main')!.width).toBeGreaterThan(600);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  test('stays usable on a narrow screen: views, panel and filters stacked', async () => {
    const page = await open('#view=network&actor=CHN', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const main = await page.locator('#main').boundingBox();
    expect(main!.width).toBeGreaterThan(350);
    expect(main!.height).toBeGreaterThan(400);
    await page.locator('.panel .ev-card').first().waitFor();
    await explorer().screenshot(page, 'narrow-network');
    await page.locator('#tab-matrix').click();
    await page.locator('.matrix').waitFor();
    await explorer().screenshot(page, 'narrow-matrix');
  });

  test('every control is reachable by keyboard: tabs switch with the arrow keys', async () => {
    const page = await open('#view=network');
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-filter') || document.activeElement?.tagName || ''));
    }
    for (const id of ['tab-network', 'search', 'share-button', 'export-button', 'agenda']) expect(reached).toContain(id);
    await page.locator('#tab-network').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-matrix').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-matrix');
    await page.keyboard.press('Tab');
    await page.locator('#export-button').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('png');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-button');
  });
});
