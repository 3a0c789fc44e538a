import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExplorer } from './support/useExplorer.js';

const { open } = useExplorer();

/** Runs one Export menu item and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('#export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${id}"]`).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('exports', () => {
  test('the network view as a PNG image', async () => {
    const page = await open('#view=network');
    const { name, bytes } = await exportFile(page, 'png');
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height from the IHDR chunk: the canvas at 2x.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(800);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  test('the PNG carries a legend and a caption below the graph', async () => {
    const page = await open('#view=network');
    const canvasHeight = await page.evaluate(() => (window as any).__cpg.cy.height());
    const { bytes } = await exportFile(page, 'png');
    // The image is the canvas at 2x plus a footer (legend and two caption lines).
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(canvasHeight * 2 + 100);
  });

  test('the evidence behind a selection as CSV, one row per quote with its citation', async () => {
    const page = await open('#view=network&actor=JPN');
    const { name, bytes } = await exportFile(page, 'evidence-csv');
    expect(name).toMatch(/\.csv$/);
    const lines = bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'position_id,actor_id,actor,stance,reservation,target_id,target,quote,document_id,document,date,agenda_item,start,end,citation,' +
        'provenance,coder,coded_on,reviewer,reviewed_on,extractor,confidence,cue,dataset,dataset_row,dataset_column,located,source_citation,source_url',
    );
    expect(lines.slice(1).every((line) => line.includes(',CURATED,') && line.includes(',true,'))).toBe(true);
    expect(lines.slice(1).every((line) => line.includes(',JPN,Japan,'))).toBe(true);
    expect(lines.some((line) => line.includes('the Budapest Conventions was a useful framework for combating cybercrimes'))).toBe(true);
    expect(lines.some((line) => line.includes('CONDITIONAL_ACCEPTANCE'))).toBe(true);
  });

  test('the visible graph as Cytoscape JSON, with positions', async () => {
    const page = await open('#view=network&stances=OPPOSES,QUALIFIES');
    const { name, bytes } = await exportFile(page, 'cyjs');
    expect(name).toMatch(/\.cyjs$/);
    const json = JSON.parse(bytes.toString('utf8'));
    const shown = await page.evaluate(() => {
      const visible = (window as any).__cpg.cy.elements().not('.hidden');
      return { nodes: visible.nodes().length, edges: visible.edges().length };
    });
    expect(json.elements.nodes).toHaveLength(shown.nodes);
    expect(json.elements.edges).toHaveLength(shown.edges);
    expect(json.elements.nodes[0]).toMatchObject({ data: { id: expect.any(String), name: expect.any(String), kind: expect.any(String) }, position: { x: expect.any(Number), y: expect.any(Number) } });
    expect(json.elements.edges.map((e: any) => e.data.stance).filter(Boolean).every((s: string) => s === 'OPPOSES' || s === 'QUALIFIES')).toBe(true);
  });

  test('the visible graph as GraphML', async () => {
    const page = await open('#view=network');
    const { name, bytes } = await exportFile(page, 'graphml');
    expect(name).toMatch(/\.graphml$/);
    const xml = bytes.toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, nodes: doc.getElementsByTagName('node').length, edges: doc.getElementsByTagName('edge').length };
    }, xml);
    const shown = await page.evaluate(() => {
      const visible = (window as any).__cpg.cy.elements().not('.hidden');
      return { nodes: visible.nodes().length, edges: visible.edges().length };
    });
    expect(parsed).toEqual({ error: null, ...shown });
    // Ids are NCNames, as the GraphML schema requires: `:` and `|` escaped (graph/export/graphml/xmlId.ts).
    expect(xml).toContain(
      '<edge id="ep_x003A_CHN_x007C_budapest-convention_x007C_OPPOSES" source="na_x003A_CHN" target="nt_x003A_budapest-convention"><data key="dedge_stance">OPPOSES</data>',
    );
  });

  test('the matrix as CSV, in the order on screen', async () => {
    const page = await open('#view=matrix&sort=name');
    const { name, bytes } = await exportFile(page, 'csv');
    expect(name).toMatch(/\.csv$/);
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['target_id', 'target_name', 'target_kind']);
    const budapest = lines.find((line) => line.startsWith('budapest-convention,'))!.split(',');
    expect(budapest[header.indexOf('CHN')]).toBe('OPPOSES');
    expect(budapest[header.indexOf('JPN')]).toBe('SUPPORTS');
    const shown = await page.locator('.matrix tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.target));
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shown);
  });

  test("the API's zero draft as Markdown", async () => {
    const page = await open('#view=network');
    const { name, bytes } = await exportFile(page, 'zero-draft');
    expect(name).toMatch(/\.md$/);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^# /m);
    expect(text.length).toBeGreaterThan(200);
  });
});
