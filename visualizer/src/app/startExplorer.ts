/**
 * The explorer once its start-up data is in (api/loadStartData.ts): builds the views, and routes
 * every state change to them. Views never talk to each other; they read the store and ask it for
 * changes. A chunk of its own, loaded by main.ts while the API answers: it holds the renderers
 * (cytoscape, sigma.js, graphology) and every view, most of the page's script.
 */
import { createAnalysisCache } from './api/createAnalysisCache.js';
import { loadZeroDraft } from './api/loadServerAnalysis.js';
import { createExportMenu } from './controls/createExportMenu.js';
import { createFiltersPanel } from './controls/createFiltersPanel.js';
import { createSearchBox } from './controls/createSearchBox.js';
import { h } from './dom/h.js';
import { createEvidencePanel } from './evidence/createEvidencePanel.js';
import { downloadBlob, exportFileName } from './export/downloadBlob.js';
import { matrixToCsv } from './export/matrixToCsv.js';
import { composeNetworkPng } from './export/composeNetworkPng.js';
import { evidenceToCsv } from './export/evidenceToCsv.js';
import { loadCitedPositions } from './api/loadStatesPositions.js';
import { positionFilterOf, type PositionFilter } from './api/positionFilterOf.js';
import { queryApi } from './api/queryApi.js';
import { viewScopeOf } from './api/viewScopeOf.js';
import { shownProvenanceOf } from './state/shownProvenanceOf.js';
import { STANCES as ALL_STANCES, ACTOR_KINDS as ALL_KINDS, PROVENANCE_METHODS } from './model/kinds.js';
import { toCytoscapeJson } from './export/toCytoscapeJson.js';
import { toGraphML } from './export/toGraphML.js';
import { createMatrixView } from './matrix/createMatrixView.js';
import { createCompareView } from './compare/createCompareView.js';
import { createDivergencesView } from './divergences/createDivergencesView.js';
import { createOverviewView } from './overview/createOverviewView.js';
import { createSearchView } from './search/createSearchView.js';
import type { NodeKind } from './model/kinds.js';
import { positionsIn, type StanceCell } from './model/StanceCell.js';
import { createNetworkView } from './network/createNetworkView.js';
import type { NetworkView } from './network/NetworkView.js';
import { nextTask } from './network/nextTask.js';
import { actorNodeId, targetNodeId } from './network/toElements.js';
import { visibleElements, visibleElementsInTasks, type VisibleElements } from './network/visibleElements.js';
import { createReaderView } from './reader/createReaderView.js';
import { VIEWS, type View, type ViewState } from './state/ViewState.js';
import { cellScopeOf } from './api/cellScopeOf.js';
import type { StartData } from './api/loadStartData.js';
import type { Shell } from './dom/renderShell.js';
import type { StateStore } from './state/createStateStore.js';

export interface ExplorerFrame {
  readonly shell: Shell;
  readonly store: StateStore;
  /** Shows an error in the page's alert. */
  readonly fail: (message: string) => void;
}

export async function startExplorer({ shell, store, fail }: ExplorerFrame, data: StartData): Promise<void> {
  const { catalog, cells, perAgenda, analysis, provenanceCounts, cellCache } = data;
  const scopeOf = (state: ViewState) => cellScopeOf(state.filters, { includeExtracted: includesExtracted(state) });
  const initial = store.get();
  /** The cells of the current filters' scope: what the views draw (the other filters apply in each view). */
  let inScope: readonly StanceCell[] = cellCache.peek(scopeOf(initial)) ?? cells;
  const positionCount = cells.reduce((sum, cell) => sum + positionsIn(cell), 0);
  const summary = `${catalog.actors.size} actors · ${catalog.targets.size} targets · ${positionCount} positions`;
  let layoutNote = '';
  const showStatus = () => (shell.status.textContent = `${summary}${layoutNote}`);

  /** The view's tab selected and its panel shown, the others hidden. */
  const showView = (shown: View) => {
    for (const [view, tab] of shell.tabs) {
      tab.setAttribute('aria-selected', String(view === shown));
      tab.tabIndex = view === shown ? 0 : -1;
      shell.views.get(view)!.hidden = view !== shown;
    }
    document.body.dataset.view = shown;
  };
  // Start-up is cut into tasks (nextTask), marked for the benchmark: on a graph of UN size each step
  // is tens to hundreds of milliseconds, and one task of all of them froze the page for seconds.
  // Shown before the network is made: sigma sizes its WebGL layers to its container once, and
  // resizing them later (from a hidden container's 1 × 1) cost 0.45 s in software.
  showView(initial.view);
  await nextTask();
  const network = await createNetworkView({
    container: shell.network,
    catalog,
    cells,
    onSelect: (selection) => store.update({ selection, positionId: null }),
    onLayout: ({ phase, cached, milliseconds }) => {
      layoutNote = phase === 'running' ? ' · laying out (fcose, in a worker)…' : cached ? ' · layout from this browser’s cache' : ` · fcose layout in ${(milliseconds / 1000).toFixed(1)} s`;
      showStatus();
    },
  });

  // Counted from the catalog, not from cytoscape: a large graph's nodes are still arriving (in tasks) when the first counts are shown.
  const showLegendCounts = (nodeIds: ReadonlySet<string>) => {
    const counts = new Map<NodeKind, number>();
    const count = (id: string, kind: NodeKind) => void (nodeIds.has(id) && counts.set(kind, (counts.get(kind) ?? 0) + 1));
    for (const actor of catalog.actors.values()) count(actorNodeId(actor.id), actor.kind);
    for (const target of catalog.targets.values()) count(targetNodeId(target.id), target.kind);
    for (const item of shell.networkLegend.querySelectorAll<HTMLElement>('[data-kind]')) {
      const count = counts.get(item.dataset.kind as NodeKind) ?? 0;
      item.dataset.count = String(count);
      item.querySelector('.count')!.textContent = String(count);
    }
  };

  /** The filters and cells the network last showed: the first frame's are not computed twice (25,000 cells each). */
  let shown: { filters: string; cells: readonly StanceCell[] } | null = null;
  /** The selection and filters the network last drew the selection under: the first apply does not redraw 25,000 elements for nothing. */
  let selectionShown: string | null = null;
  const showSelection = (state: ViewState) => {
    const key = JSON.stringify([state.selection, state.filters]);
    if (key === selectionShown) return;
    selectionShown = key;
    network.showSelection(state.selection);
  };
  /** Draws the cells of a scope: the network's visible part and legend counts, then the selection. */
  const showInScope = (state: ViewState) => {
    const filtersKey = JSON.stringify(state.filters);
    if (shown && shown.cells === inScope && shown.filters === filtersKey) return;
    shown = { filters: filtersKey, cells: inScope };
    showVisible(visibleElements(state.filters, catalog, inScope));
  };
  const showVisible = (visible: VisibleElements) => {
    network.showVisible(visible);
    showLegendCounts(visible.nodeIds);
  };
  // The network first, when it is the view shown: its first frame is what the page waits for. Its
  // scope and a deep link's selection are given to it before it draws; the filter panel, the other
  // views and the first apply (which finds the scope shown) come after that frame.
  // The first scope in tasks (visibleElementsInTasks): at UN scale its aggregation alone was a long task.
  await nextTask();
  shown = { filters: JSON.stringify(initial.filters), cells: inScope };
  showVisible(await visibleElementsInTasks(initial.filters, catalog, inScope));
  showSelection(initial);
  if (initial.view === 'network') await firstFrameOf(network);
  await nextTask();
  const filters = createFiltersPanel({ container: shell.sidebar, catalog, cells, perAgenda: await perAgenda, store, provenanceCounts });
  performance.mark('cpg:filters-built');
  await nextTask();
  const evidence = createEvidencePanel({ container: shell.panel, catalog, store });
  // The API's consensus figures and common ground, per filter scope; the matrix redraws when they land.
  const analysisCache = createAnalysisCache({
    capabilities: analysis,
    targetIds: [...new Set(cells.map((cell) => cell.targetId))],
    onLoaded: () => {
      if (store.get().view === 'matrix') matrix.show();
    },
  });
  const matrix = createMatrixView({ container: shell.views.get('matrix')!, catalog, cells: () => inScope, store, analysis: analysisCache });
  const reader = createReaderView({ container: shell.views.get('reader')!, catalog, store });
  // After a selection from a list, focus moves to the evidence (announced: the panel is a live region).
  const focusEvidence = () => shell.panel.focus({ preventScroll: false });
  const overview = createOverviewView({ container: shell.views.get('overview')!, catalog, cells: () => inScope, store, focusEvidence });
  const divergencesView = createDivergencesView({ container: shell.views.get('divergences')!, store });
  const compare = createCompareView({ container: shell.views.get('compare')!, store });
  const searchView = createSearchView({ container: shell.views.get('search')!, store });

  createSearchBox({
    container: shell.search,
    catalog,
    onChoose: (hit) => {
      if (hit.role === 'text') return store.update({ view: 'search', query: hit.id });
      const current = store.get().view;
      const view = current === 'reader' || current === 'search' ? 'network' : current;
      store.update({ view, selection: { kind: hit.role, id: hit.id, stance: null }, positionId: null });
      if (view === 'network') network.focus(hit.role === 'actor' ? actorNodeId(hit.id) : targetNodeId(hit.id));
    },
  });

  const title = 'Cyberlaw Positions Graph';
  createExportMenu({
    container: shell.exportMenu,
    onError: fail,
    actions: [
      {
        id: 'png',
        label: 'Network as PNG',
        hint: 'The current view, 2× resolution, with a legend and a caption (filters, data version)',
        run: async () => {
          if (store.get().view !== 'network') store.update({ view: 'network' });
          const version = await queryApi<{ graphVersion: string }>('query GraphVersion { graphVersion }').then((d) => d.graphVersion, () => 'unknown');
          const caption = [
            `Cyberlaw Positions Graph: actors and the principles, instruments and proposals they took positions on (${(await network.visibleElements()).nodes().length} nodes shown).`,
            `Filters: ${describeFilters()}. Data version ${version}; exported ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
          ];
          downloadBlob(await composeNetworkPng(await network.png(2), caption), exportFileName('network', 'png'));
        },
      },
      {
        id: 'evidence-csv',
        label: 'Evidence as CSV',
        hint: 'The quotes behind the selection (or all in view), with citations',
        run: async () => {
          const { selection, filters } = store.get();
          const filter = selection && selection.kind !== 'statement' ? positionFilterOf(selection, filters, catalog) : viewFilter();
          const positions = filter ? await loadCitedPositions(filter) : [];
          downloadBlob(new Blob([evidenceToCsv(positions)], { type: 'text/csv;charset=utf-8' }), exportFileName('evidence', 'csv'));
        },
      },
      { id: 'cyjs', label: 'Graph as Cytoscape JSON', hint: 'Visible elements, for Cytoscape', run: async () => downloadBlob(new Blob([toCytoscapeJson(await network.visibleElements(), title)], { type: 'application/json' }), exportFileName('graph', 'cyjs')) },
      { id: 'graphml', label: 'Graph as GraphML', hint: 'Visible elements, for Gephi', run: async () => downloadBlob(new Blob([toGraphML(await network.visibleElements(), title)], { type: 'application/graphml+xml' }), exportFileName('graph', 'graphml')) },
      {
        id: 'csv',
        label: 'Matrix as CSV',
        hint: 'Targets × actors, as sorted',
        run: () => {
          const { rows: ranked, matrix: current } = matrix.current();
          downloadBlob(new Blob([matrixToCsv(ranked, current.actors)], { type: 'text/csv;charset=utf-8' }), exportFileName('matrix', 'csv'));
        },
      },
      ...(analysis.zeroDraft
        ? [
            {
              id: 'zero-draft',
              label: 'Zero draft as Markdown',
              hint: 'From the API: consensual principles with citations',
              run: async () => {
                const scope = analysis.scope ? viewScopeOf(store.get().filters) : null;
                downloadBlob(new Blob([await loadZeroDraft(scope)], { type: 'text/markdown;charset=utf-8' }), exportFileName('zero-draft', 'md'));
              },
            },
          ]
        : []),
    ],
  });

  /** The filters in words, for captions. */
  function describeFilters(): string {
    const { filters } = store.get();
    const parts = [
      filters.agendaItemIds.length > 0 ? `agenda items ${filters.agendaItemIds.map((id) => catalog.agendaItemById.get(id)?.label ?? id).join(', ')}` : 'every agenda item',
      filters.stances.length < ALL_STANCES.length ? `stances ${filters.stances.join(', ') || 'none'}` : 'every stance',
      filters.actorKinds.length < ALL_KINDS.length ? `actor kinds ${filters.actorKinds.join(', ') || 'none'}` : null,
      filters.stateIds.length > 0 ? `States ${filters.stateIds.join(', ')}` : null,
      `provenance ${shownProvenanceOf(filters).join(', ') || 'none'}`,
    ];
    return parts.filter(Boolean).join('; ');
  }

  /** The API filter for everything the filters leave in view (null: nothing passes). */
  function viewFilter(): PositionFilter | null {
    const { filters } = store.get();
    const provenance = shownProvenanceOf(filters);
    if (filters.stances.length === 0 || filters.actorKinds.length === 0 || provenance.length === 0) return null;
    const filter: PositionFilter = {};
    if (provenance.length < PROVENANCE_METHODS.length) filter.provenance = provenance;
    if (filters.agendaItemIds.length > 0) filter.agendaItemIds = [...filters.agendaItemIds];
    if (filters.stances.length < ALL_STANCES.length) filter.stances = [...filters.stances];
    if (filters.actorKinds.length < ALL_KINDS.length) filter.actorKinds = [...filters.actorKinds];
    if (filters.stateIds.length > 0) {
      const states = new Set(filters.stateIds);
      filter.actorIds = [...catalog.actors.values()].filter((a) => filters.actorKinds.includes(a.kind) && (a.kind !== 'STATE' || states.has(a.id))).map((a) => a.id);
    }
    return filter;
  }

  shell.share.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      shell.status.textContent = 'Link to this view copied.';
    } catch {
      shell.status.textContent = `Link to this view: ${location.href}`;
    }
    setTimeout(showStatus, 4000);
  });

  for (const [view, tab] of shell.tabs) {
    tab.addEventListener('click', () => store.update({ view }));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = VIEWS[(VIEWS.indexOf(view) + (event.key === 'ArrowRight' ? 1 : -1) + VIEWS.length) % VIEWS.length]!;
      store.update({ view: next });
      shell.tabs.get(next)!.focus();
    });
  }
  // Targets in a box per kind (principles, instruments, ...), laid out again; a toggle button.
  const groupButton = h(
    'button',
    {
      type: 'button',
      class: 'button small',
      'data-action': 'group',
      'aria-pressed': 'false',
      title: 'Group the principles, instruments, proposals and questions in a box per kind',
      onclick: () => {
        const on = groupButton.getAttribute('aria-pressed') !== 'true';
        groupButton.setAttribute('aria-pressed', String(on));
        void network.setGrouping(on ? 'kind' : 'none');
      },
    },
    'Group targets by kind',
  );
  // sigma (the WebGL renderer of a large graph) draws no boxes: the toggle is only offered on canvas.
  shell.networkToolbar.append(
    ...(network.canGroup ? [groupButton] : []),
    h('button', { type: 'button', class: 'button small', 'data-action': 'fit', title: 'Fit the visible graph in the view', onclick: () => network.fit() }, 'Fit'),
  );

  // A newer filter supersedes the cells of an older one still loading.
  let scopeTicket = 0;

  const apply = (state: ViewState, previous: ViewState | null) => {
    const changed = <K extends keyof ViewState>(key: K) => previous === null || JSON.stringify(state[key]) !== JSON.stringify(previous[key]);
    if (changed('view')) {
      showView(state.view);
      if (state.view === 'network') network.resize();
    }
    const scopeChanged = previous === null || JSON.stringify(scopeOf(state)) !== JSON.stringify(scopeOf(previous));
    if (changed('filters') || scopeChanged) {
      filters.sync();
      const ticket = ++scopeTicket;
      const ready = cellCache.peek(scopeOf(state));
      if (ready) {
        inScope = ready;
        showInScope(state);
      } else {
        // Another agenda scope: the API counts it (one request); the views redraw when it lands.
        const busy = shell.views.get(state.view)!;
        busy.setAttribute('aria-busy', 'true');
        void cellCache.get(scopeOf(state)).then(
          (loaded) => {
            busy.removeAttribute('aria-busy');
            if (ticket !== scopeTicket) return;
            inScope = loaded;
            const now = store.get();
            showInScope(now);
            // The scope's cells changed what is hidden: the selection's neighbourhood is drawn again.
            selectionShown = null;
            showSelection(now);
            if (now.view === 'matrix') matrix.show();
            if (now.view === 'overview') overview.show();
          },
          (error: unknown) => fail(`Could not load the positions for these filters: ${error instanceof Error ? error.message : String(error)}.`),
        );
      }
    }
    if (changed('selection') || changed('filters')) {
      showSelection(state);
      evidence.show();
    }
    document.body.dataset.hasSelection = String(state.selection !== null);
    if (state.view === 'overview' && (changed('view') || changed('filters'))) overview.show();
    if (state.view === 'divergences' && (changed('view') || changed('filters'))) divergencesView.show();
    if (state.view === 'compare' && (changed('view') || changed('filters') || changed('compare'))) compare.show();
    if (state.view === 'search' && (changed('view') || changed('query'))) searchView.show();
    if (state.view === 'matrix' && (changed('view') || changed('filters') || changed('selection') || changed('sort'))) matrix.show();
    if (state.view === 'reader' && (changed('view') || changed('documentId') || changed('positionId') || changed('selection') || changed('filters'))) reader.show();
  };
  performance.mark('cpg:views-built');
  await nextTask();
  store.subscribe(apply);
  apply(store.get(), null);
  performance.mark('cpg:first-apply');
  showStatus();

  // The automation handle for tests and the benchmark (read-only use): the renderer's objects
  // (cytoscape's `cy`, or sigma's `sigma` and `graph`), the view, the store, readiness.
  // Copied as properties, not spread: sigma's arrives after start-up (a getter).
  const handle = Object.defineProperties({ network, store, renderer: network.renderer, layoutDone: network.layoutDone }, Object.getOwnPropertyDescriptors(network.internals));
  Object.assign(window, { __cpg: handle });
  document.documentElement.dataset.ready = 'true';
}

/** Whether the filters ask for EXTRACTED positions nobody has reviewed yet (the Provenance toggle, off by default). */
function includesExtracted(state: ViewState): boolean {
  return state.filters.includeExtracted;
}

/**
 * The network's first frame, or FIRST_FRAME_WAIT_MS, whichever comes first: a page in a background
 * tab draws no frames, and its filters and views must not wait for one.
 */
function firstFrameOf(network: NetworkView): Promise<void> {
  return Promise.race([network.firstFrame, new Promise<void>((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS))]);
}

const FIRST_FRAME_WAIT_MS = 3000;
