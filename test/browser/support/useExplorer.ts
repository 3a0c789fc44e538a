import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startExplorer, type Explorer, type ExplorerOptions, type GuardedPage } from './startExplorer.js';

/**
 * Registers the hooks of a browser test file: one explorer (build, server, Chromium) for the file,
 * and after each test, the check that no page it opened logged an error or sent a request off this
 * machine, then the pages closed.
 */
export function useExplorer(options: ExplorerOptions = {}): { explorer: () => Explorer; open: (hash?: string, viewport?: { width: number; height: number }) => Promise<Page> } {
  let explorer: Explorer | undefined;
  let opened: GuardedPage[] = [];
  beforeAll(async () => {
    explorer = await startExplorer(options);
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const { page } of pages) await page.context().close();
    expect(pages.flatMap((guarded) => guarded.problems)).toEqual([]);
  });
  afterAll(async () => {
    await explorer?.close();
  });
  return {
    explorer: () => explorer!,
    async open(hash, viewport) {
      const guarded = await explorer!.open(hash, viewport);
      opened.push(guarded);
      return guarded.page;
    },
  };
}
