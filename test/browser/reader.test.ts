import { describe, expect, test } from 'vitest';
import { waitForEvidence } from './support/pageHelpers.js';
import { positionsOf } from './support/positionsOf.js';
import { useExplorer } from './support/useExplorer.js';

const { explorer, open } = useExplorer();

describe('the source reader', () => {
  test('an evidence link opens the document scrolled to the quote, highlighted', async () => {
    const page = await open('#view=network&actor=JPN');
    await waitForEvidence(page);
    const link = page.locator('.panel .ev-source').nth(1);
    const positionId = await link.getAttribute('data-source-link');
    const [position] = (await positionsOf(explorer(), { actorIds: ['JPN'] })).filter((p) => p.id === positionId);
    await link.click();
    await page.waitForSelector('#view-reader mark.is-focus');
    expect(await page.locator('#tab-reader').getAttribute('aria-selected')).toBe('true');
    expect((await page.locator('#view-reader mark.is-focus').allTextContents()).join('')).toBe(position!.evidence.quote);
    // Scrolled into the reader's visible area.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const mark = document.querySelector('#view-reader mark.is-focus')!.getBoundingClientRect();
          const view = document.getElementById('view-reader')!.getBoundingClientRect();
          return mark.top >= view.top && mark.bottom <= view.bottom;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`pos=${positionId}`);
    await explorer().screenshot(page, 'reader');
  });

  test('marks every statement by its actor, and a click lists its positions', async () => {
    const page = await open('#view=reader');
    const { document } = await explorer().api(`{ document(id: "hangzhou-2019") { statements(first: 100) { totalCount edges { node { id actor { name } positions { id } } } } } }`);
    await page.waitForSelector('.doc-text .stmt');
    // A joint statement (one passage, two States) is one span naming both.
    const marked = await page.locator('.doc-text .stmt').evaluateAll((spans) => new Set(spans.flatMap((s) => [(s as HTMLElement).dataset.statement, ...((s as HTMLElement).dataset.also ?? '').split(' ').filter(Boolean)])).size);
    expect(marked).toBe(document.statements.totalCount);
    expect(await page.locator('.doc-text .stmt-chip').count()).toBe(document.statements.totalCount);
    const japan = document.statements.edges.map((e: any) => e.node).find((s: any) => s.actor.name === 'Japan' && s.positions.length > 0);
    const chip = page.locator(`.stmt-chip[data-statement="${japan.id}"]`);
    expect(await chip.textContent()).toContain('Japan');
    await chip.click();
    await waitForEvidence(page);
    await expect.poll(() => page.locator('.panel .ev-position').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.position))).toEqual(japan.positions.map((p: any) => p.id));
    expect(await page.locator(`.stmt[data-statement="${japan.id}"]`).getAttribute('class')).toContain('is-selected');
  });
});
