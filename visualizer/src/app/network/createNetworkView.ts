import type { NetworkView, NetworkViewOptions } from './NetworkView.js';
import { nextTask } from './nextTask.js';
import { rendererFor } from './rendererFor.js';
import { createSigmaNetwork } from './sigma/createSigmaNetwork.js';
import { toElements } from './toElements.js';

/**
 * The network view's composition root: maps the data to elements once (toElements.ts, in tasks), and picks
 * the renderer by the graph's size (rendererFor.ts): cytoscape on a 2D canvas for the graphs of a
 * meeting, sigma.js in WebGL for a graph of UN size (or when `?renderer=webgl` asks for it). Both
 * draw the same elements with the same looks (networkStyle.ts, model/kindLook.ts, model/stanceLook.ts),
 * lay out with the same fcose worker and cache (layout/), and answer the same NetworkView.
 */
export async function createNetworkView(options: NetworkViewOptions): Promise<NetworkView> {
  const mapped = await toElements(options.catalog, options.cells);
  // Probing WebGL makes a context (50–150 ms in software): a task of its own.
  await nextTask();
  const renderer = rendererFor(mapped.elements.length);
  await nextTask();
  if (renderer.name === 'webgl') return createSigmaNetwork(options, mapped);
  // Cytoscape is a chunk of its own (440 kB, most of the explorer's script), which sigma's path
  // does without at start-up; main.ts asks for it early unless `?renderer=webgl` says it will not be needed.
  const { createCytoscapeNetwork } = await import('./cytoscape/createCytoscapeNetwork.js');
  return createCytoscapeNetwork(options, mapped, renderer);
}
