import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildVisualizer } from '../../visualizer/src/build/buildVisualizer.js';

/**
 * Debian's Chromium, headless, as the explorer's benchmarks run it: no GPU on the machine, so
 * WebGL is drawn by SwiftShader, by default in Chromium's GPU process as a desktop without a GPU
 * runs it; with `inProcessGl`, in the page's process (`--disable-gpu`), where each WebGL frame is
 * drawn on the page's main thread.
 */
export function launchBenchBrowser(options: { readonly inProcessGl?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', ...(options.inProcessGl ? ['--disable-gpu'] : []), '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/** The command line's `--name VALUE`, or `fallback` when absent. */
export function argumentOf(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

/**
 * The folder of the explorer to serve: `--dist DIR`, an explorer built elsewhere (another commit's
 * build, to compare on the same machine at the same load), or else this checkout's, built now.
 */
export async function explorerDir(): Promise<string> {
  const dist = argumentOf('dist', '');
  return dist ? path.resolve(dist) : (await buildVisualizer()).outDir;
}
