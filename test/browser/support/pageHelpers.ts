import type { Page } from 'playwright-core';

/** Clicks a network node where the canvas draws it (by node id, `a:JPN`, `t:sovereignty`). */
export async function clickNode(page: Page, nodeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const { cy } = (window as any).__cpg;
    const node = cy.getElementById(id);
    if (node.empty()) throw new Error(`no node ${id}`);
    const box = document.getElementById('network')!.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }, nodeId);
  await page.mouse.click(point.x, point.y);
}

/** Node counts by `kind` among the nodes the network shows. */
export function visibleNodeKinds(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as any).__cpg.cy.nodes().not('.hidden').forEach((node: any) => {
      counts[node.data('kind')] = (counts[node.data('kind')] ?? 0) + 1;
    });
    return counts;
  });
}

/** Ids of the visible stance edges, `p:actor|target|STANCE`, sorted. */
export function visiblePositionEdges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as any).__cpg.cy
      .edges('.position')
      .not('.hidden')
      .map((edge: any) => edge.id())
      .sort(),
  );
}

/** The quotes the evidence panel lists, in order. */
export function panelQuotes(page: Page): Promise<string[]> {
  return page.locator('.panel .ev-quote').allTextContents();
}

/** Waits until the evidence panel has finished loading its list. */
export async function waitForEvidence(page: Page): Promise<void> {
  await page.waitForSelector('.panel .ev-summary');
}
