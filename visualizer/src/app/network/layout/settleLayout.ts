import { layoutPlanFor } from './layoutPlanFor.js';
import { layoutCache } from './layoutCache.js';
import { runLayout, type Positions } from './runLayout.js';

export interface SettleLayoutOptions {
  /** The network's container: `data-layout`, `data-layout-worker-ms` and `data-layout-error` go on it. */
  readonly container: HTMLElement;
  /** The layout cache's key for this graph (layoutCache.keyFor) and what it held (null: nothing). */
  readonly cacheKey: string;
  readonly cached: Positions | null;
  /** Every node with its diameter in model units (networkStyle.ts nodeSize), and every edge. */
  readonly nodes: readonly { id: string; size: number }[];
  readonly edges: readonly { id: string; source: string; target: string }[];
  readonly onLayout?: (state: { phase: 'running' | 'done'; cached: boolean; milliseconds: number }) => void;
}

/**
 * The first layout of a network, whichever renderer draws it: nothing to do when the cache holds
 * this graph's positions (resolves null: the first frame already used them), otherwise fcose in
 * the worker (runLayout.ts), its result written to the cache. Resolves with the positions to apply,
 * or null; a failed layout is said on the container (`data-layout-error`) and leaves the provisional
 * positions, rather than failing the page.
 */
export function settleLayout(options: SettleLayoutOptions): Promise<Positions | null> {
  const { container, cacheKey, cached, nodes, edges, onLayout } = options;
  const finish = (positions: Positions | null, milliseconds: number) => {
    onLayout?.({ phase: 'done', cached: cached !== null, milliseconds });
    return positions;
  };
  if (cached) return Promise.resolve(finish(null, 0));
  container.dataset.layout = 'running';
  onLayout?.({ phase: 'running', cached: false, milliseconds: 0 });
  const started = performance.now();
  return runLayout({ nodes, edges, plan: layoutPlanFor(nodes.length, edges.length) }).then(
    ({ positions, milliseconds }) => {
      container.dataset.layoutWorkerMs = String(Math.round(milliseconds));
      layoutCache.write(cacheKey, positions);
      return finish(positions, performance.now() - started);
    },
    (error: unknown) => {
      container.dataset.layoutError = error instanceof Error ? error.message : String(error);
      return finish(null, performance.now() - started);
    },
  );
}
