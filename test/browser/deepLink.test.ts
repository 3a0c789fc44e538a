import { describe, expect, test } from 'vitest';
import { panelQuotes, visiblePositionEdges, waitForEvidence } from './support/pageHelpers.js';
import { useExplorer } from './support/useExplorer.js';

const { open } = useExplorer();

describe('deep links', () => {
  test('a link restores the view, the filters and the selection', async () => {
    const first = await open('#view=network');
    await first.locator('input[data-filter="agenda"][value="aalco-owg-cyber-4.topic-2-1"]').check();
    await first.locator('input[data-filter="stance"][value="QUERIES"]').uncheck();
    await first.locator('#search').fill('Iran');
    await first.locator('.search-hit', { hasText: 'Iran' }).first().waitFor();
    await first.locator('#search').press('Enter');
    await waitForEvidence(first);
    await first.locator('#tab-matrix').click();
    await first.selectOption('#matrix-sort', 'agreed');
    const link = await first.evaluate(() => location.href);
    const quotes = await panelQuotes(first);
    expect(quotes.length).toBeGreaterThan(0);

    const second = await open(new URL(link).hash);
    await waitForEvidence(second);
    expect(await second.locator('#tab-matrix').getAttribute('aria-selected')).toBe('true');
    expect(await second.locator('input[data-filter="agenda"][value="aalco-owg-cyber-4.topic-2-1"]').isChecked()).toBe(true);
    expect(await second.locator('input[data-filter="stance"][value="QUERIES"]').isChecked()).toBe(false);
    expect(await second.locator('#matrix-sort').inputValue()).toBe('agreed');
    expect(await second.locator('.panel .panel-title').textContent()).toBe('Iran');
    await expect.poll(() => panelQuotes(second)).toEqual(quotes);
    expect(await visiblePositionEdges(second)).toEqual(await visiblePositionEdges(first));
    expect(await second.evaluate(() => (window as any).__cpg.cy.getElementById('a:IRN').hasClass('selected'))).toBe(true);
    await expect.poll(() => second.locator('.matrix thead .col-actor.is-selected').textContent()).toBe('Iran');
  });

  test('Back returns to the previous selection', async () => {
    const page = await open('#actor=JPN');
    await waitForEvidence(page);
    await page.locator('#search').fill('China');
    await page.locator('.search-hit', { hasText: 'China' }).first().waitFor();
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('China');
    await page.goBack();
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('Japan');
  });
});
