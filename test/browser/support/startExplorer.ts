import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syncSeeds, type GraphStore } from '../../../graph/index.js';
import { createSqliteStore } from '../../../graph/store/sqlite/createSqliteStore.js';
import { PROJECT_ROOT } from '../../../server/config.js';
import { startServer, type RunningServer } from '../../../server/http/startServer.js';
import { buildVisualizer } from '../../../visualizer/src/build/buildVisualizer.js';
import { postGraphQL } from '../../support/graphqlClient.js';
import { copySeeds, SEEDS_DIR, tempDataDir, type TempSeeds } from '../../support/tempSeeds.js';

/** Where the tests leave screenshots of each view (git-ignored). */
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, 'test-artifacts');

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page with its guards: every console error, page error and request to a host other than this machine. */
export interface GuardedPage {
  readonly page: Page;
  /** What went wrong so far, one line each; the tests expect it empty. */
  readonly problems: string[];
}

export interface Explorer {
  readonly url: string;
  /** Runs a GraphQL query against the same server, for the expected values. */
  api<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Opens the explorer at `hash` and waits until the data is drawn and the layout has settled. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<GuardedPage>;
  /** Saves a screenshot to test-artifacts/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /**
   * Adds to a scratch copy of the seeds before they are loaded (an ingested document, an imported
   * dataset), through the project's own commands. Without it the project's seeds are loaded as they are.
   */
  readonly prepareSeeds?: (seedsDir: string) => Promise<void>;
  /** More Chromium switches, e.g. `--use-angle=swiftshader` for the WebGL renderer in software. */
  readonly browserArgs?: readonly string[];
}

/**
 * The real thing, in-process: the explorer built with Vite (skipped when up to date), the seeds in
 * a fresh embedded store, the HTTP server on a free port serving both, and headless Chromium.
 */
export async function startExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  const build = await buildVisualizer();
  const data = await tempDataDir();
  let seeds: TempSeeds | undefined;
  let store: GraphStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    let seedsDir = SEEDS_DIR;
    if (options.prepareSeeds) {
      seeds = await copySeeds();
      await options.prepareSeeds(seeds.dir);
      seedsDir = seeds.dir;
    }
    store = createSqliteStore({ dataDir: data.dir });
    await syncSeeds({ store, seedsDir });
    server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: build.outDir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...(options.browserArgs ?? [])],
    });
  } catch (error) {
    await browser?.close();
    await server?.close();
    await store?.close();
    await data.remove();
    await seeds?.remove();
    throw error;
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const url = server.url;
  const openBrowser = browser;
  return {
    url,
    async api(query, variables = {}) {
      const { data: result, errors } = await postGraphQL(url, query, variables);
      if (errors) throw new Error(`test setup: the API rejected a query: ${errors[0]!.message}`);
      return result;
    },
    async open(hash = '', viewport = { width: 1280, height: 800 }) {
      const context = await openBrowser.newContext({ viewport, acceptDownloads: true });
      // "Copy citation" and "Copy link" write the clipboard; the tests read it back.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (!isLocal(request.url())) problems.push(`request left this machine: ${request.url()}`);
      });
      await page.goto(`${url}/${hash}`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
      await page.waitForSelector('#network[data-layout="done"]', { state: 'attached', timeout: 60_000 });
      return { page, problems };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
    },
    async close() {
      await openBrowser.close();
      await server!.close();
      await store!.close();
      await data.remove();
      await seeds?.remove();
    },
  };
}

// Private:

function isLocal(address: string): boolean {
  if (address.startsWith('data:') || address.startsWith('blob:')) return true;
  const { hostname } = new URL(address);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
