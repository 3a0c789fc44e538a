import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axeViolations.js';
import { useExplorer } from './support/useExplorer.js';

const { explorer, open } = useExplorer();

const PHONE = { width: 390, height: 844 };

describe('the overview answers where States agree and split, from the API', () => {
  test('lands on the overview: State sovereignty agreed with Japan’s reservation as a drafting note; divergences in the API’s order', async () => {
    const page = await open();
    await page.waitForSelector('.view-overview .ov-list');
    const sovereignty = page.locator('[data-section="reserved"] [data-target="sovereignty"]');
    await expect(sovereignty.locator('.drafting-note').innerText()).resolves.toContain('Japan accepts with a reservation');
    await expect(sovereignty.locator('.drafting-note').innerText()).resolves.toContain('case by case basis');
    const { divergences } = await explorer().api('{ divergences { target { id } } }');
    const shown = await page.locator('[data-section="divided"] [data-target]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.target));
    expect(shown).toEqual(divergences.map((d: any) => d.target.id));
    expect(shown).toEqual(expect.arrayContaining(['coercion-required', 'budapest-convention']));
    expect(shown).not.toContain('sovereignty');
    await explorer().screenshot(page, 'overview');
  });

  test('a click on an agreed target moves focus to its evidence', async () => {
    const page = await open();
    await page.locator('[data-section="reserved"] [data-target="sovereignty"] .ov-link').click();
    await page.waitForSelector('.panel [data-selection="target:sovereignty"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence');
  });
});

describe('divergences', () => {
  test('each divided target shows its camps with the States’ words, the measure defined on screen', async () => {
    const page = await open('#view=divergences');
    await page.waitForSelector('.div-card');
    await expect(page.locator('.view-divergences .definitions').innerText()).resolves.toContain('Contests');
    const coercion = page.locator('.div-card[data-target="coercion-required"]');
    await expect(coercion.locator('[data-camp="supporting"] [data-actor="JPN"]').innerText()).resolves.toContain('it is essential that the element of coercion is strongly made out');
    await expect(coercion.locator('[data-camp="contesting"] [data-actor="CHN"]').innerText()).resolves.toContain('remains unsettled from state practices');
    await explorer().screenshot(page, 'divergences');
  });
});

describe('compare States', () => {
  test('the heat map cell CHN–JPN gives N and κ as the API does', async () => {
    const page = await open('#view=compare');
    await page.waitForSelector('.heatmap');
    const { agreement } = await explorer().api('{ agreement { pairs { stateA { id } stateB { id } sharedTargets kappa } } }');
    const pair = agreement.pairs.find((p: any) => p.stateA.id === 'CHN' && p.stateB.id === 'JPN');
    const cell = page.locator('.hm-cell[data-pair="CHN|JPN"]');
    expect(await cell.getAttribute('data-n')).toBe(String(pair.sharedTargets));
    expect(await cell.getAttribute('data-kappa')).toBe(pair.kappa === null ? '' : String(pair.kappa));
    expect(await cell.getAttribute('aria-label')).toContain(`N = ${pair.sharedTargets}`);
    await explorer().screenshot(page, 'compare');
  });

  test('China and Japan side by side on the Budapest Convention, with both quotes', async () => {
    const page = await open('#view=compare&compare=CHN,JPN');
    const row = page.locator('.side-by-side tr[data-target="budapest-convention"]');
    await row.waitFor();
    await expect(row.locator('td[data-state="CHN"]').innerText()).resolves.toContain('He pointed out the limitations of the Budapest Convention');
    await expect(row.locator('td[data-state="JPN"]').innerText()).resolves.toContain('the Budapest Conventions was a useful framework for combating cybercrimes');
    await expect(row.locator('.copy-citation').count()).resolves.toBeGreaterThanOrEqual(2);
    await explorer().screenshot(page, 'compare-side-by-side');
  });

  test('the heat map is one tab stop, crossed with the arrow keys', async () => {
    const page = await open('#view=compare');
    await page.waitForSelector('.heatmap');
    expect(await page.locator('.heatmap [tabindex="0"]').count()).toBe(1);
    await page.locator('.heatmap [tabindex="0"]').focus();
    const before = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.pair);
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.pair);
    expect(after).not.toBe(before);
    expect(await page.locator('.heatmap [tabindex="0"]').count()).toBe(1);
  });
});

describe('search the words', () => {
  test('"coerc*" lists the statements the API finds, the words highlighted, each linked into the source', async () => {
    const { search } = await explorer().api('{ search(query: "coerc*", first: 100) { totalCount } }');
    expect(search.totalCount).toBe(4);
    const page = await open();
    await page.fill('#search', 'coerc*');
    await page.waitForSelector('.search-hit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.hits .hit');
    expect(await page.locator('.hits .hit').count()).toBe(4);
    const marks = await page.locator('.hits mark').allInnerTexts();
    expect(marks.every((m) => m.toLowerCase().startsWith('coerc'))).toBe(true);
    expect(await page.locator('.hits .hit a', { hasText: 'Show in source' }).first().getAttribute('href')).toContain('view=reader');
    await explorer().screenshot(page, 'search');
  });
});

describe('accessibility and small screens', () => {
  const views = ['overview', 'divergences', 'compare&compare=CHN,JPN', 'network', 'matrix', 'reader', 'search&q=coerc*'];
  for (const size of [{ width: 1280, height: 800 }, PHONE]) {
    test(`axe-core finds no serious or critical violation in any view at ${size.width}px`, async () => {
      const found: string[] = [];
      for (const view of views) {
        // One page at a time: each is checked, then closed by the next open's context.
        const page = await open(`#view=${view}`, size);
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
      }
      expect(found).toEqual([]);
    }, 300_000);
  }

  test('the first Tab reaches a skip link to the main view', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('on a phone the evidence opens in view after a selection', async () => {
    const page = await open('', PHONE);
    await page.locator('[data-section="reserved"] [data-target="sovereignty"] .ov-link').click();
    await page.waitForSelector('.panel [data-selection="target:sovereignty"]');
    const box = await page.locator('.panel').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(PHONE.height);
    expect(box!.y + 40).toBeLessThanOrEqual(PHONE.height);
    await explorer().screenshot(page, 'phone-evidence');
  });
});

describe('the offline GraphQL IDE', () => {
  test('GET /graphql in a browser opens GraphiQL from this server, which runs a query with nothing fetched off the host', async () => {
    const page = await open();
    await page.goto(`${explorer().url}/graphql`);
    await page.waitForSelector('.graphiql-container');
    // The editor fills in its starting query after mounting; a click before that runs nothing.
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('{'));
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 30_000 }).toContain('"tier": "AGREED"');
    await explorer().screenshot(page, 'graphiql');
  });
});
