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

  test("ranks targets by the API's consensus score, most agreed or most divided first", async () => {
    const page = await open('#view=matrix&sort=agreed');
    await page.locator('.toolbar-note [data-figures="api"]').waitFor();
    const shown = await page.locator('.matrix tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ id: (r as HTMLElement).dataset.target!, score: (r.querySelector('td.score') as HTMLElement).dataset.score! })),
    );
    // One consensus per target, asked 25 at a time (the server's alias limit is 30).
    const apiScores: (number | null)[] = [];
    for (let from = 0; from < shown.length; from += 25) {
      const batch = shown.slice(from, from + 25);
      const api = await explorer().api(`{ ${batch.map((row, i) => `t${i}: consensus(targetId: ${JSON.stringify(row.id)}) { score }`).join('\n')} }`);
      apiScores.push(...batch.map((_, i) => api[`t${i}`].score as number | null));
    }
    expect(shown.map((row) => (row.score === '' ? null : Number(row.score)))).toEqual(apiScores.map((score) => (score === null ? null : Number(score.toFixed(3)))));
    const scored = apiScores.filter((score): score is number => score !== null);
    expect(scored.length).toBeGreaterThan(3);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(apiScores.slice(scored.length).every((score) => score === null)).toBe(true);

    await page.selectOption('#matrix-sort', 'divided');
    // "divided" is the default, so the link drops the sort.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('sort=');
    const { divergences } = await explorer().api(`{ divergences { target { id } } }`);
    expect(divergences.length).toBeGreaterThan(0);
    const order = await page.locator('.matrix tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.target));
    expect(order.slice(0, divergences.length)).toEqual(divergences.map((d: any) => d.target.id));
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

  test("the common ground panel lists the API's zero-draft candidates, each with its supporting evidence", async () => {
    const page = await open('#view=matrix');
    await page.locator('.common-ground [data-source="api"]').waitFor();
    const { commonGround } = await explorer().api(`{ commonGround { target { id } supporters { id } } }`);
    expect(commonGround.length).toBeGreaterThan(0);
    const listed = await page.locator('.cg-list li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.target!));
    expect(listed).toEqual(commonGround.map((entry: any) => entry.target.id));

    const [candidate] = commonGround;
    await page.locator(`.cg-list li[data-target="${candidate.target.id}"] button`).click();
    await waitForEvidence(page);
    const supporting = await positionsOf(explorer(), { targetIds: [candidate.target.id], stances: ['SUPPORTS'] });
    await expect.poll(() => panelQuotes(page)).toEqual(supporting.map((p) => p.evidence.quote));
    const actors = await page.locator('.panel .ev-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.actor!));
    for (const supporter of candidate.supporters) expect(actors).toContain(supporter.id);
    await explorer().screenshot(page, 'matrix-common-ground');
  });

  test("with an agenda item filter, the figures are the API's for that scope", async () => {
    const item = 'aalco-owg-cyber-4.topic-2-1';
    const page = await open(`#view=matrix&agenda=${item}&sort=agreed`);
    await page.locator('.toolbar-note [data-figures="api"]').waitFor();
    const row = page.locator('.matrix tbody tr[data-target="non-intervention"] td.score');
    const { consensus } = await explorer().api(`query($scope: AnalysisScope) { consensus(targetId: "non-intervention", scope: $scope) { score } }`, { scope: { agendaItemIds: [item] } });
    expect(Number(await row.getAttribute('data-score'))).toBeCloseTo(consensus.score, 3);
  });
});
