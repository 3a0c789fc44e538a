import type { Catalog } from '../model/Catalog.js';
import type { ProvenanceMethod } from '../model/kinds.js';
import type { StanceCell } from '../model/StanceCell.js';
import type { ViewState } from '../state/ViewState.js';
import { cellScopeOf, wholeScope } from './cellScopeOf.js';
import { createCellCache, type CellCache } from './createCellCache.js';
import { detectAnalysis, NO_ANALYSIS, type AnalysisCapabilities } from './detectAnalysis.js';
import { loadAgendaItemCounts } from './loadAgendaItemCounts.js';
import { loadCatalog } from './loadCatalog.js';
import { loadProvenanceCounts } from './loadProvenanceCounts.js';

/** What the explorer needs before it draws anything. */
export interface StartData {
  readonly catalog: Catalog;
  /** The whole graph's stance cells (every agenda item): what the network is built from. */
  readonly cells: readonly StanceCell[];
  /** Positions per agenda item, for the filter panel: asked for once the catalog names the items, and not waited for here. */
  readonly perAgenda: Promise<ReadonlyMap<string, number>>;
  readonly analysis: AnalysisCapabilities;
  readonly provenanceCounts: Record<ProvenanceMethod, number>;
  /** Cells per scope, holding the whole graph's and (a deep link's agenda filter) the initial scope's. */
  readonly cellCache: CellCache;
}

/**
 * Sends the start-up requests at once, in parallel: the catalog, the whole graph's stance cells,
 * the initial state's scope when a deep link filters agenda items (a second, smaller request, so
 * the first frame already shows its scope), the analysis the API offers, the provenance counts, and
 * the per-agenda-item counts (after the catalog, which names the agenda items; the only request
 * that waits for another, so the first frame does not wait for it). Called before the
 * explorer's main chunk is loaded (main.ts), so the API works while the browser compiles the
 * page's script. Marks `cpg:data-loaded` when all but the per-agenda-item counts have answered.
 */
export async function loadStartData(initial: ViewState): Promise<StartData> {
  const includeExtracted = initial.filters.includeExtracted;
  const cellCache = createCellCache();
  const catalogLoaded = loadCatalog();
  const perAgenda = catalogLoaded.then((c) => loadAgendaItemCounts(c.agendaItems.map((item) => item.id), { includeExtracted }));
  // Awaited by the filter panel; a failure is reported there (this only keeps it from going unhandled meanwhile).
  perAgenda.catch(() => undefined);
  const [catalog, cells, , analysis, provenanceCounts] = await Promise.all([
    catalogLoaded,
    cellCache.get(wholeScope({ includeExtracted })),
    cellCache.get(cellScopeOf(initial.filters, { includeExtracted })),
    detectAnalysis().catch(() => NO_ANALYSIS),
    loadProvenanceCounts(),
  ]);
  performance.mark('cpg:data-loaded');
  return { catalog, cells, perAgenda, analysis, provenanceCounts, cellCache };
}
