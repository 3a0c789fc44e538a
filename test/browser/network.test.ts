import { describe, expect, test } from 'vitest';
import { clickNode, panelQuotes, visibleNodeKinds, visiblePositionEdges, waitForEvidence } from './support/pageHelpers.js';
import { edgeIdsOf, positionsOf } from './support/positionsOf.js';
import { useExplorer } from './support/useExplorer.js';

const { explorer, open } = useExplorer();

describe('the network view', () => {
  test('draws one node per actor, principle, instrument and proposal the API reports, by kind (with nodes without positions shown)', async () => {
    const page = await open('#view=network&isolated=1');
    const { counts, actors } = await explorer().api(`{ counts { actors principles instruments proposals questions } actors { kind } }`);
    const kinds = (kind: string) => actors.filter((a: { kind: string }) => a.kind === kind).length;
    const expected = {
      STATE: kinds('STATE'),
      ORGANIZATION: kinds('ORGANIZATION'),
      COMPANY: kinds('COMPANY'),
      PRINCIPLE: counts.principles,
      INSTRUMENT: counts.instruments,
      PROPOSAL: counts.proposals,
      QUESTION: counts.questions,
    };
    expect(expected.STATE + expected.ORGANIZATION + expected.COMPANY).toBe(counts.actors);
    expect(await visibleNodeKinds(page)).toEqual(expected);
    const legend = await page.locator('.network-legend [data-kind]').evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset.kind, Number((item as HTMLElement).dataset.count)])),
    );
    expect(legend).toEqual(expected);
    expect(await visiblePositionEdges(page)).toEqual(edgeIdsOf(await positionsOf(explorer())));
    await explorer().screenshot(page, 'network');
  });

  test('loads the graph as the API\'s stance cells in one request (stanceColumns), never walking the positions page by page', async () => {
    const page = await open('#view=network');
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '');
    });
    await page.reload();
    await page.waitForSelector('#network[data-layout="done"]', { state: 'attached' });
    expect(operations.filter((name) => name === 'StanceColumns')).toHaveLength(1);
    expect(operations).not.toContain('PositionRows');
    // Widths and hover counts are the API's: each edge's statements and positions as stanceMatrix counts them.
    const { stanceMatrix } = await explorer().api(`{ stanceMatrix { actor { id } target { id } byStance { stance positions statements } } }`);
    const expected = stanceMatrix
      .flatMap((cell: any) => cell.byStance.map((s: any) => [`p:${cell.actor.id}|${cell.target.id}|${s.stance}`, `${s.statements}/${s.positions}`]))
      .sort();
    const drawn = await page.evaluate(() => (window as any).__cpg.cy.edges('.position').map((e: any) => [e.id(), `${e.data('statements')}/${e.data('positions')}`]));
    expect(drawn.sort()).toEqual(expected);
  });

  test('by default shows only actors and targets with a position, with labels readable on screen and never overlapping', async () => {
    const page = await open('#view=network');
    const endpoints = new Set((await positionsOf(explorer())).flatMap((p) => [`a:${p.actor.id}`, `t:${p.target.id}`]));
    const visible: string[] = await page.evaluate(() => (window as any).__cpg.cy.nodes().not('.hidden').map((n: any) => n.id()));
    expect(new Set(visible)).toEqual(endpoints);
    await page.waitForFunction(() => Number(document.getElementById('network')!.dataset.labels) > 0);
    const labels = await page.evaluate(() => {
      const { cy } = (window as any).__cpg;
      return cy.nodes('.labelled').map((n: any) => ({
        id: n.id(),
        px: parseFloat(n.style('font-size')) * cy.zoom(),
        box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
    });
    expect(labels.length).toBeGreaterThanOrEqual(10);
    for (const label of labels) expect(label.px, label.id).toBeGreaterThanOrEqual(11);
    const overlapping = labels.flatMap((a: any, i: number) =>
      labels.slice(i + 1).filter((b: any) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2).map((b: any) => `${a.id}/${b.id}`),
    );
    expect(overlapping).toEqual([]);
  });

  test("clicking Japan's node lists Japan's statements with their quotes", async () => {
    const page = await open('#view=network');
    await clickNode(page, 'a:JPN');
    await waitForEvidence(page);
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('Japan');
    const japan = await positionsOf(explorer(), { actorIds: ['JPN'] });
    expect(japan.length).toBeGreaterThan(0);
    // Grouped by target (targets in the order first quoted), document order within each.
    const targets = [...new Set(japan.map((p) => p.target.id))];
    const grouped = targets.flatMap((target) => japan.filter((p) => p.target.id === target));
    expect(await panelQuotes(page)).toEqual(grouped.map((p) => p.evidence.quote));
    const cards = page.locator('.panel .ev-card');
    expect(await cards.evaluateAll((all) => [...new Set(all.map((c) => (c as HTMLElement).dataset.actor))])).toEqual(['JPN']);
    expect(await page.locator('.panel .ev-group').evaluateAll((all) => all.map((g) => (g as HTMLElement).dataset.target))).toEqual(targets);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('actor=JPN');
    await explorer().screenshot(page, 'network-japan');
  });

  test('a filter by agenda item hides the edges and nodes of the other items', async () => {
    const page = await open('#view=network');
    const item = 'aalco-owg-cyber-4.topic-2-2';
    await page.locator(`input[data-filter="agenda"][value="${item}"]`).check();
    const under = await positionsOf(explorer(), { agendaItemIds: [item] });
    const edges = edgeIdsOf(under);
    await expect.poll(() => visiblePositionEdges(page)).toEqual(edges);
    const endpoints = new Set(under.flatMap((p) => [`a:${p.actor.id}`, `t:${p.target.id}`]));
    const visibleNodes: string[] = await page.evaluate(() => (window as any).__cpg.cy.nodes().not('.hidden').map((n: any) => n.id()));
    expect(new Set(visibleNodes)).toEqual(endpoints);
    // The Budapest Convention came up under Topic I only.
    expect(visibleNodes).not.toContain('t:budapest-convention');
    expect(await page.evaluate(() => location.hash)).toContain(`agenda=${item}`);
    await explorer().screenshot(page, 'network-filtered');
  });

  test("each agenda item's count in the filter panel is the API's count of its curated and imported positions", async () => {
    const page = await open('#view=network');
    const shown: Record<string, number> = await page
      .locator('label.check:has(input[data-filter="agenda"])')
      .evaluateAll((labels) =>
        Object.fromEntries(labels.map((label) => [label.querySelector('input')!.value, Number(label.querySelector('.count')!.textContent)])),
      );
    const items = Object.keys(shown);
    expect(items.length).toBeGreaterThan(1);
    const aliases = items.map((id, i) => `c${i}: positions(first: 1, filter: { agendaItemIds: [${JSON.stringify(id)}], provenance: [CURATED, IMPORTED] }) { totalCount }`);
    const counted = await explorer().api(`{ ${aliases.join(' ')} }`);
    expect(shown).toEqual(Object.fromEntries(items.map((id, i) => [id, counted[`c${i}`].totalCount])));
    expect(Object.values(shown).some((count) => count > 0)).toBe(true);
  });

  test('the search box finds a node by an alias and focuses it', async () => {
    const page = await open('#view=network');
    await page.locator('#search').fill('PRC');
    await page.locator('.search-hit', { hasText: 'China' }).first().waitFor();
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('.panel .panel-title').textContent()).toBe('China');
    expect(await page.evaluate(() => (window as any).__cpg.cy.getElementById('a:CHN').hasClass('selected'))).toBe(true);
    await page.locator('#search').fill('non-interference');
    await page.locator('.search-hit', { hasText: 'non-intervention' }).first().waitFor();
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('target=non-intervention');
  });

  test('"Group targets by kind" puts each target in a named box of its kind, the boxes apart, and takes them out again', async () => {
    const page = await open('#view=network');
    const button = page.locator('[data-action="group"]');
    await button.click();
    await expect.poll(() => page.locator('#network').getAttribute('data-grouping'), { timeout: 120_000 }).toBe('kind');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const grouped = await page.evaluate(() => {
      const { cy } = (window as any).__cpg;
      return {
        targets: cy.nodes('[role = "target"]').not('.hidden').map((n: any) => [n.data('kind'), n.parent().nonempty() ? n.parent().id() : null]),
        actorsInGroups: cy.nodes('[role = "actor"]').filter((n: any) => n.parent().nonempty()).length,
        groups: cy.nodes('.group').not('.hidden').map((g: any) => ({ id: g.id(), label: g.data('label'), box: g.boundingBox({ includeLabels: false }) })),
      };
    });
    expect(grouped.targets.length).toBeGreaterThan(0);
    for (const [kind, parent] of grouped.targets) expect(parent).toBe(`g:${kind}`);
    expect(grouped.actorsInGroups).toBe(0);
    const kinds = [...new Set(grouped.targets.map(([kind]: string[]) => kind))].sort();
    expect(grouped.groups.map((g: any) => g.id).sort()).toEqual(kinds.map((kind) => `g:${kind}`));
    expect(grouped.groups.find((g: any) => g.id === 'g:PRINCIPLE')?.label).toBe('Principles');
    const overlapping = grouped.groups.flatMap((a: any, i: number) =>
      grouped.groups.slice(i + 1).filter((b: any) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2).map((b: any) => `${a.id}/${b.id}`),
    );
    expect(overlapping).toEqual([]);
    await explorer().screenshot(page, 'network-grouped');

    await button.click();
    await expect.poll(() => page.locator('#network').getAttribute('data-grouping'), { timeout: 120_000 }).toBe('none');
    expect(await page.evaluate(() => (window as any).__cpg.cy.nodes('.group').length)).toBe(0);
    expect(await page.evaluate(() => (window as any).__cpg.cy.nodes('[role = "target"]').filter((n: any) => n.parent().nonempty()).length)).toBe(0);
  });

  test('hovering an edge shows its stance and counts', async () => {
    // Opposing positions only, so that no other edge crosses the one hovered.
    const page = await open('#view=network&stances=OPPOSES');
    const point = await page.evaluate(() => {
      const { cy } = (window as any).__cpg;
      const edge = cy.getElementById('p:CHN|budapest-convention|OPPOSES');
      // Close up on the edge, and hover the point of it farthest from any other node.
      cy.fit(edge.connectedNodes(), 120);
      const box = document.getElementById('network')!.getBoundingClientRect();
      const [from, to] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
      const others = cy.nodes().not(edge.connectedNodes()).map((n: any) => n.renderedPosition());
      let best = { x: 0, y: 0, clearance: -1 };
      for (let t = 0.2; t <= 0.8; t += 0.05) {
        const at = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
        const clearance = Math.min(...others.map((o: any) => Math.hypot(o.x - at.x, o.y - at.y)));
        if (clearance > best.clearance) best = { ...at, clearance };
      }
      return { x: box.left + best.x, y: box.top + best.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('.net-tooltip').textContent()).toMatch(/China → .*Opposes.*1 statement/);
  });
});
