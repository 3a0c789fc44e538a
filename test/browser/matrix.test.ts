import { describe, expect, test } from 'vitest';
import { panelQuotes, waitForEvidence } from './support/pageHelpers.js';
import { positionsOf } from './support/positionsOf.js';
import { useExplorer } from './support/useExplorer.js';

const { explorer, open } = useExplorer();

const cell = (actor: string, target: string) => `.cell-button[data-actor="${actor}"][data-target="${target}"]`;

describe('the consensus matrix', () => {
  test('shows China opposing and Japan supporting the Budapest Convention', async () => {
    const page = await open('#view=matrix');
    await expect.poll(() => page.locator(cell('CHN', 'budapest-convention')).getAttribute('data-stances')).toBe('OPPOSES');
    expect(await page.locator(cell('JPN', 'budapest-convention')).getAttribute('data-stances')).toBe('SUPPORTS');
    expect(await page.locator(cell('CHN', 'budapest-convention')).getAttribute('aria-label')).toMatch(/China on .*: opposes/);
    const { consensus } = await explorer().api(`{ consensus(targetId: "budapest-convention") { sides { stance actors { id } } } }`);
    const side = (stance: string) => consensus.sides.find((s: any) => s.stance === stance).actors.map((a: any) => a.id);
    expect(side('OPPOSES')).toContain('CHN');
    expect(side('SUPPORTS')).toContain('JPN');
    await explorer().screenshot(page, 'matrix');
  });

  test('shows an actor holding several stances on one target as mixed', async () => {
    const page = await open('#view=matrix');
    const japan = await positionsOf(explorer(), { actorIds: ['JPN'], targetIds: ['sovereignty'] });
    const stances = [...new Set(japan.map((p) => p.stance))].sort();
    expect(stances.length).toBeGreaterThan(1);
    const button = page.locator(cell('JPN', 'sovereignty'));
    expect((await button.getAttribute('data-stances'))!.split(' ').sort()).toEqual(stances);
    expect(await button.getAttribute('class')).toContain('mixed');
    expect(await button.getAttribute('aria-label')).toContain('mixed');
  });

  test('sorts targets by most agreed and by most divided', async () => {
    const page = await open('#view=matrix&sort=agreed');
    const scores = (await page.locator('.matrix tbody td.score').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.score!)))
      .filter((s) => s !== '')
      .map(Number);
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.selectOption('#matrix-sort', 'divided');
    // "divided" is the default, so the link drops the sort.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('sort=');
    // The most divided target has States on both sides: one supports, another opposes or qualifies.
    const first = await page.locator('.matrix tbody tr').first().getAttribute('data-target');
    const { consensus } = await explorer().api(`query($id: ID!) { consensus(targetId: $id) { sides { stance actors { kind } } } }`, { id: first });
    const states = (stance: string) => consensus.sides.find((s: any) => s.stance === stance).actors.filter((a: any) => a.kind === 'STATE').length;
    expect(states('SUPPORTS')).toBeGreaterThan(0);
    expect(states('OPPOSES') + states('QUALIFIES')).toBeGreaterThan(0);
  });

  test('a cell click opens the evidence behind it', async () => {
    const page = await open('#view=matrix');
    await page.locator(cell('CHN', 'budapest-convention')).click();
    await waitForEvidence(page);
    const expected = await positionsOf(explorer(), { actorIds: ['CHN'], targetIds: ['budapest-convention'] });
    await expect.poll(() => panelQuotes(page)).toEqual(expected.map((p) => p.evidence.quote));
    expect(await page.locator('.panel .ev-position').first().getAttribute('data-stance')).toBe('OPPOSES');
    await explorer().screenshot(page, 'matrix-evidence');
  });

  test('the common ground panel lists targets several States support and none opposes or qualifies', async () => {
    const page = await open('#view=matrix');
    const listed = await page.locator('.cg-list li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.target!));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) {
      const { consensus } = await explorer().api(`query($id: ID!) { consensus(targetId: $id) { sides { stance actors { id kind } } } }`, { id });
      const states = (stance: string) => consensus.sides.find((s: any) => s.stance === stance).actors.filter((a: any) => a.kind === 'STATE').map((a: any) => a.id);
      expect(states('SUPPORTS').length).toBeGreaterThanOrEqual(2);
      expect([...states('OPPOSES'), ...states('QUALIFIES')]).toEqual([]);
    }
  });
});
