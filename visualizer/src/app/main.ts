/**
 * The explorer's entry: draws the frame, sends the start-up requests to the GraphQL API (the only
 * data source; api/loadStartData.ts), and meanwhile loads the rest of the explorer
 * (startExplorer.ts: the views and the renderers, most of the page's script) as a chunk of its own.
 * The requests go out before that script is fetched and compiled, not after: on a machine without
 * much to spare, compiling it took 0.3–2.5 s, during which the API had nothing to do.
 */
import './styles/app.css';
import { loadStartData } from './api/loadStartData.js';
import { renderShell } from './dom/renderShell.js';
import { probeWebgl } from './network/webglProbe.js';
import { createStateStore } from './state/createStateStore.js';
import { decodeHash } from './state/decodeHash.js';
import { syncWithLocation } from './state/syncWithLocation.js';

const shell = renderShell(document.getElementById('app')!);
const store = createStateStore(decodeHash(location.hash));
syncWithLocation(store);

const fail = (message: string) => {
  shell.alert.hidden = false;
  shell.alert.textContent = message;
};

shell.status.textContent = 'Loading the graph…';
const data = loadStartData(store.get());
const explorer = import('./startExplorer.js').then((module) => {
  performance.mark('cpg:script-loaded');
  return module;
});
// Asked for sigma's WebGL: its first context is made while the API answers and the chunk loads
// (network/webglProbe.ts). Otherwise cytoscape's chunk is loaded meanwhile too (the renderer of every
// graph under 12,000 elements: network/rendererFor.ts); sigma's path loads it only for an export.
// A failure here is reported by the import that needs the module (createNetworkView.ts).
if (new URLSearchParams(location.search).get('renderer') === 'webgl') probeWebgl();
else void import('./network/cytoscape/createCytoscapeNetwork.js').catch(() => undefined);
try {
  const [loaded, { startExplorer }] = await Promise.all([data, explorer]);
  await startExplorer({ shell, store, fail }, loaded);
} catch (error) {
  fail(`Could not load the graph from the API: ${error instanceof Error ? error.message : String(error)}. Is the server running?`);
}
