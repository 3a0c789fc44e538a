import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axeViolations.js';
import { waitForEvidence } from './support/pageHelpers.js';
import { useExplorer } from './support/useExplorer.js';

/** The evidence panel as a legal adviser uses it: quotes by target, counted by stance, each citable. */
const { explorer, open } = useExplorer();

const STANCE_WORDS: Record<string, string> = { SUPPORTS: 'supports', OPPOSES: 'opposes', QUALIFIES: 'qualifies', QUERIES: 'queries' };

interface CitedPosition {
  id: string;
  stance: string;
  actor: { name: string };
  target: { id: string; name: string };
  statement: { agendaItem: { label: string } };
  evidence: { quote: string; start: number; end: number; document: { id: string; title: string; date: string } };
}

async function positionsWithCitations(filter: Record<string, unknown>): Promise<CitedPosition[]> {
  const { positions } = await explorer().api(
    `query($filter: PositionFilter) { positions(first: 100, filter: $filter) { pageInfo { hasNextPage } edges { node {
      id stance actor { name } target { id name } statement { agendaItem { label } } evidence { quote start end document { id title date } } } } } }`,
    { filter },
  );
  expect(positions.pageInfo.hasNextPage).toBe(false);
  return positions.edges.map((edge: any) => edge.node);
}

/** `1 supports · 1 opposes`, in the stances' order, from the API's positions. */
function countsOf(positions: readonly CitedPosition[]): string {
  return Object.keys(STANCE_WORDS)
    .map((stance) => [stance, positions.filter((p) => p.stance === stance).length] as const)
    .filter(([, n]) => n > 0)
    .map(([stance, n]) => `${n} ${STANCE_WORDS[stance]}`)
    .join(' · ');
}

describe('evidence grouped by target', () => {
  test('the Budapest Convention’s quotes under one heading with their stances counted', async () => {
    const budapest = await positionsWithCitations({ targetIds: ['budapest-convention'] });
    expect(new Set(budapest.map((p) => p.stance)).size).toBeGreaterThan(1);
    const page = await open('#view=network&target=budapest-convention');
    await waitForEvidence(page);
    const group = page.locator('.panel .ev-group[data-target="budapest-convention"]');
    await expect(group.locator('.ev-group-name').innerText()).resolves.toBe(budapest[0]!.target.name);
    expect((await group.locator('.ev-group-counts').textContent())?.trim()).toBe(`— ${countsOf(budapest)}`);
    expect(await group.locator('.ev-position').count()).toBe(budapest.length);
    await explorer().screenshot(page, 'evidence-grouped');
  });

  test('an actor’s quotes are grouped by each target it spoke on, each group counted', async () => {
    const japan = await positionsWithCitations({ actorIds: ['JPN'] });
    const targets = [...new Set(japan.map((p) => p.target.id))];
    expect(targets.length).toBeGreaterThan(1);
    const page = await open('#view=network&actor=JPN');
    await waitForEvidence(page);
    const shown = await page.locator('.panel .ev-group').evaluateAll((groups) =>
      groups.map((g) => [(g as HTMLElement).dataset.target, (g.querySelector('.ev-group-counts') as HTMLElement).dataset.counts]),
    );
    expect(shown).toEqual(targets.map((target) => [target, countsOf(japan.filter((p) => p.target.id === target))]));
  });

  test('a graph with no extracted or imported position shows no Provenance filter and no provenance label', async () => {
    const page = await open('#view=network&actor=JPN');
    await waitForEvidence(page);
    expect(await page.locator('[data-group="provenance"]').count()).toBe(0);
    expect(await page.locator('.panel .prov').count()).toBe(0);
  });
});

describe('Copy citation', () => {
  test('puts the formatted citation on the clipboard and says so to screen readers', async () => {
    const [first] = await positionsWithCitations({ targetIds: ['budapest-convention'] });
    const page = await open('#view=network&target=budapest-convention');
    await waitForEvidence(page);
    const item = page.locator(`.panel .ev-position[data-position="${first!.id}"]`);
    const { document } = first!.evidence;
    await expect(item.locator('.ev-citation').innerText()).resolves.toBe(
      `${document.title}, ${first!.statement.agendaItem.label}, ${document.date}, characters ${first!.evidence.start}–${first!.evidence.end}`,
    );
    await item.locator('.copy-citation').click();
    const expected = `${first!.actor.name}, “${first!.evidence.quote}”, ${document.title} (${document.id}, ${document.date}), ${first!.statement.agendaItem.label}, characters ${first!.evidence.start}–${first!.evidence.end} [position ${first!.id}]`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Citation copied to the clipboard.');
    expect(await page.locator('[data-announcer]').getAttribute('aria-live')).toBe('polite');
    await expect(item.locator('.copy-citation').innerText()).resolves.toBe('Copied');
  });

  test('where the page may not write the clipboard, the citation is shown selected for Ctrl+C', async () => {
    const [first] = await positionsWithCitations({ targetIds: ['budapest-convention'] });
    const page = await open('#view=network&target=budapest-convention');
    await waitForEvidence(page);
    // A browser that refuses both ways, as one reached over plain HTTP by a LAN address with copy disabled.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    const item = page.locator(`.panel .ev-position[data-position="${first!.id}"]`);
    await item.locator('.copy-citation').click();
    const fallback = item.locator('textarea.citation-fallback');
    await fallback.waitFor();
    expect(await fallback.inputValue()).toContain(`[position ${first!.id}]`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('citation-fallback');
    expect(await fallback.evaluate((area: HTMLTextAreaElement) => area.selectionStart === 0 && area.selectionEnd === area.value.length)).toBe(true);
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toContain('press Ctrl+C');
  });
});

describe('accessibility of the evidence panel', () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`axe-core finds no serious or critical violation with evidence open at ${size.width}px`, async () => {
      const found: string[] = [];
      for (const hash of ['#view=network&actor=JPN', '#view=matrix&target=budapest-convention']) {
        const page = await open(hash, size);
        await waitForEvidence(page);
        found.push(...(await axeViolations(page)).map((v) => `${hash}: ${v}`));
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
