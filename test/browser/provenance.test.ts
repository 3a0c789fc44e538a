import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axeViolations.js';
import { panelQuotes, waitForEvidence } from './support/pageHelpers.js';
import { positionsOf } from './support/positionsOf.js';
import { addSuggestionsAndDataset, INGESTED_DOCUMENT } from './support/provenanceSeeds.js';
import { useExplorer } from './support/useExplorer.js';

/**
 * The explorer over the seeds plus one ingested document whose suggestions nobody reviewed
 * (EXTRACTED) and the MADE-UP citation table imported (IMPORTED, most of it unlocated): what a
 * reader sees of where each quote comes from.
 */
const { explorer, open } = useExplorer({ prepareSeeds: addSuggestionsAndDataset });

const PHONE = { width: 390, height: 844 };
const REVIEWED = ['CURATED', 'IMPORTED'];

/** The GraphQL requests the page sends from now on, as parsed bodies. */
function recordQueries(page: Page): { operationName?: string; variables?: any }[] {
  const sent: { operationName?: string; variables?: any }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(JSON.parse(request.postData() ?? '{}'));
  });
  return sent;
}

describe('suggestions by the extractor', () => {
  test('are hidden by default, and shown labelled with confidence and cue once the filter is ticked', async () => {
    const extracted = await positionsOf(explorer(), { targetIds: ['non-intervention'], provenance: ['EXTRACTED'] });
    expect(extracted.map((p) => p.actor.id).sort()).toEqual(['CHL', 'VNM']);
    const reviewed = await positionsOf(explorer(), { targetIds: ['non-intervention'], provenance: REVIEWED });

    const page = await open('#view=network&target=non-intervention');
    await waitForEvidence(page);
    expect(await panelQuotes(page)).toEqual(reviewed.map((p) => p.evidence.quote));
    expect(await page.locator('.panel [data-provenance="EXTRACTED"]').count()).toBe(0);
    await expect(page.locator('.panel .ev-summary').innerText()).resolves.toContain(`of ${reviewed.length + extracted.length}: the filters hide the rest`);

    const toggle = page.getByLabel('Suggested by the extractor, not reviewed');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('extracted=1');
    const suggestions = page.locator('.panel .ev-position[data-provenance="EXTRACTED"]');
    await expect.poll(() => suggestions.count()).toBe(extracted.length);
    const all = await positionsOf(explorer(), { targetIds: ['non-intervention'] });
    await expect.poll(() => panelQuotes(page)).toEqual(all.map((p) => p.evidence.quote));
    for (const text of await suggestions.allInnerTexts()) {
      expect(text).toContain('Suggested by the extractor, not reviewed');
      expect(text).toMatch(/confidence \d\.\d\d/);
      expect(text).toMatch(/cue: “/);
    }
    await explorer().screenshot(page, 'provenance-suggestions');
  });

  test('the source reader underlines suggestions only when they are shown, marked as suggestions', async () => {
    const extracted = await positionsOf(explorer(), { documentIds: [INGESTED_DOCUMENT], provenance: ['EXTRACTED'] });
    expect(extracted.length).toBeGreaterThan(0);
    const page = await open(`#view=reader&doc=${INGESTED_DOCUMENT}`);
    await page.waitForSelector('.doc-text .stmt');
    expect(await page.locator('.doc-text mark.ev').count()).toBe(0);
    await page.getByLabel('Suggested by the extractor, not reviewed').check();
    await expect.poll(() => page.locator('.doc-text mark.ev.suggested').evaluateAll((marks) => new Set(marks.flatMap((m) => (m as HTMLElement).dataset.positions!.split(' '))).size)).toBe(extracted.length);
    expect(await page.locator('.doc-text mark.ev.suggested').first().getAttribute('title')).toContain('suggested by the extractor, not reviewed');
  });

  test('a deep link keeps the choice; the analyses the explorer asks for count suggestions exactly when they are shown', async () => {
    const hidden = await open('#view=overview');
    const before = recordQueries(hidden);
    await hidden.reload();
    await hidden.waitForSelector('.view-overview .ov-list');
    expect(before.filter((q) => q.operationName === 'Overview').map((q) => q.variables.scope?.includeExtracted ?? false)).toEqual([false]);

    const shown = await open('#view=overview&extracted=1');
    const after = recordQueries(shown);
    await shown.reload();
    await shown.waitForSelector('.view-overview .ov-list');
    expect(await shown.getByLabel('Suggested by the extractor, not reviewed').isChecked()).toBe(true);
    expect(after.filter((q) => q.operationName === 'Overview').map((q) => q.variables.scope?.includeExtracted)).toEqual([true]);
    await shown.locator('#tab-compare').click();
    await shown.waitForSelector('.heatmap');
    expect(after.filter((q) => q.operationName === 'Agreement').map((q) => q.variables.scope?.includeExtracted)).toEqual([true]);
  });
});

describe('the network and the matrix', () => {
  test('draw the stance cells without suggestions by default, and with them once they are shown', async () => {
    const page = await open('#view=network');
    const sent = recordQueries(page);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const scopes = () => sent.filter((q) => q.operationName === 'StanceColumns').map((q) => q.variables.scope?.includeExtracted ?? false);
    expect(scopes().length).toBeGreaterThan(0);
    expect(new Set(scopes())).toEqual(new Set([false]));
    // Chile's only position on non-intervention is the extractor's suggestion: no edge between them until it is shown.
    const chileEdges = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cpg: { cy: import('cytoscape').Core } }).__cpg.cy;
        return cy.$id('a:CHL').edgesWith(cy.$id('t:non-intervention')).filter((e) => e.visible()).length;
      });
    expect(await chileEdges()).toBe(0);
    await page.getByLabel('Suggested by the extractor, not reviewed').check();
    await expect.poll(() => scopes().includes(true)).toBe(true);
    await expect.poll(chileEdges).toBeGreaterThan(0);
  });
});

describe('imported evidence', () => {
  test('unlocated quotes say where they were quoted from, link the source, and offer no "Show in source"', async () => {
    const argentina = await positionsOf(explorer(), { actorIds: ['ARG'] });
    const page = await open('#view=network&actor=ARG');
    await waitForEvidence(page);
    const items = page.locator('.panel .ev-position');
    await expect.poll(() => items.count()).toBe(argentina.length);
    expect(await page.locator('.panel .ev-position[data-provenance="IMPORTED"]').count()).toBe(argentina.length);

    const { positions } = await explorer().api(
      `{ positions(first: 100, filter: { actorIds: ["ARG"] }) { edges { node { id evidence { quote located citation sourceUrl } provenance { dataset row column } } } } }`,
    );
    const quoted = positions.edges.map((e: any) => e.node).find((p: any) => !p.evidence.located && p.evidence.quote !== '');
    expect(quoted).toBeDefined();
    const item = page.locator(`.panel .ev-position[data-position="${quoted.id}"]`);
    await expect(item.locator('.unlocated').innerText()).resolves.toContain(`unlocated: quoted from ${quoted.evidence.citation}`);
    expect(await item.locator('a.source-url').getAttribute('href')).toBe(quoted.evidence.sourceUrl);
    await expect(item.locator('.prov-imported').innerText()).resolves.toContain(`Imported from dataset ${quoted.provenance.dataset}, row ${quoted.provenance.row}, column “${quoted.provenance.column}”`);
    expect(await item.locator('.ev-source').count()).toBe(0);
    expect(await page.locator('.panel .ev-position[data-located="false"] .ev-source').count()).toBe(0);
    await explorer().screenshot(page, 'provenance-unlocated');
  });

  test('Copy citation puts the dataset’s citation, URL, row and column on the clipboard', async () => {
    const { positions } = await explorer().api(
      `{ positions(first: 100, filter: { actorIds: ["ARG"] }) { edges { node { id actor { name } evidence { quote located citation sourceUrl } provenance { dataset row column } } } } }`,
    );
    const p = positions.edges.map((e: any) => e.node).find((n: any) => !n.evidence.located && n.evidence.quote !== '');
    const page = await open('#view=network&actor=ARG');
    await waitForEvidence(page);
    await page.locator(`.panel .ev-position[data-position="${p.id}"] .copy-citation`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${p.actor.name}, “${p.evidence.quote}”, ${p.evidence.citation} <${p.evidence.sourceUrl}>, unlocated, as recorded in dataset ${p.provenance.dataset}, row ${p.provenance.row}, column “${p.provenance.column}” [position ${p.id}]`,
    );
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Citation copied to the clipboard.');
  });

  test('the Provenance filter narrows the evidence to one kind', async () => {
    const page = await open('#view=network&target=coercion-required');
    await waitForEvidence(page);
    await page.locator('input[data-filter="provenance"][value="IMPORTED"]').uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('provenance=CURATED');
    const curated = await positionsOf(explorer(), { targetIds: ['coercion-required'], provenance: ['CURATED'] });
    await expect.poll(() => panelQuotes(page)).toEqual(curated.map((p) => p.evidence.quote));
    expect(await page.locator('.panel [data-provenance="IMPORTED"]').count()).toBe(0);
  });
});

describe('accessibility of the provenance views', () => {
  const views = ['view=network&target=non-intervention&extracted=1', 'view=network&actor=ARG', 'view=divergences&extracted=1'];
  for (const size of [{ width: 1280, height: 800 }, PHONE]) {
    test(`axe-core finds no serious or critical violation at ${size.width}px`, async () => {
      const found: string[] = [];
      for (const view of views) {
        const page = await open(`#${view}`, size);
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        if (view.includes('target=') || view.includes('actor=')) await waitForEvidence(page);
        found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
        if (size === PHONE && view.includes('extracted')) await explorer().screenshot(page, 'provenance-phone');
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
