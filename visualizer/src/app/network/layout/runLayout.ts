import type { LayoutRequest, LayoutResponse } from './LayoutRequest.js';

/** Positions by node id, as the layout worker computed them. */
export type Positions = Record<string, { x: number; y: number }>;

/**
 * Runs one layout in a fresh Web Worker (layoutWorker.ts) and resolves with its positions (and the
 * time fcose took inside the worker); the
 * worker is terminated either way. The main thread stays free meanwhile: the page pans, zooms and
 * answers clicks on the provisional positions.
 */
export function runLayout(request: LayoutRequest): Promise<{ positions: Positions; milliseconds: number }> {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'fcose-layout' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve({ positions: event.data.positions, milliseconds: event.data.milliseconds });
      else reject(new Error(`The layout failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The layout worker failed: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
