import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import { buildMatrix, type MatrixRow, type StanceMatrix } from '../model/buildMatrix.js';
import type { Catalog } from '../model/Catalog.js';
import { commonGroundOf, MIN_SUPPORTERS, type CommonGroundEntry } from '../model/commonGroundOf.js';
import { filterCells } from '../model/filterCells.js';
import type { StanceCell } from '../model/StanceCell.js';
import { rankTargets } from '../model/rankTargets.js';
import type { StateStore } from '../state/createStateStore.js';
import type { MatrixSort } from '../state/ViewState.js';
import type { AnalysisCache, ServerAnalysis } from '../api/createAnalysisCache.js';
import { renderCell } from './renderCell.js';
import { renderSplitBar } from './renderSplitBar.js';
import { shortName } from './shortName.js';

export interface MatrixView {
  show(): void;
  /** The matrix as shown (rows in order), for the CSV export. */
  current(): { rows: MatrixRow[]; matrix: StanceMatrix };
}

const SORT_LABELS: Record<MatrixSort, string> = {
  divided: 'Most divided first',
  agreed: 'Most agreed first',
  discussed: 'Most discussed first',
  name: 'Name',
};

/** Caps that keep the table responsive on a large graph; the note under it says when they bite. */
const MAX_ROWS = 300;
const MAX_COLUMNS = 120;

/**
 * The consensus matrix: targets (rows) × actors (columns), each cell the actor's stance(s), rows
 * sortable by agreement or division. Cells come from the API's stance cells the filters leave; the
 * consensus figures (score, States by net stance, divergence) and the Common ground panel's
 * zero-draft candidates come from the API's analysis for the same scope when it serves them
 * (api/createAnalysisCache.ts), else are computed here by the same rules. Targets run down the side
 * because their names are long and actors' are short, the way voting records are printed; the CSV
 * export keeps the same orientation.
 */
export function createMatrixView(options: {
  container: HTMLElement;
  catalog: Catalog;
  /** The stance cells of the current filters' scope (agenda items); the other filters apply here. */
  cells: () => readonly StanceCell[];
  store: StateStore;
  analysis: AnalysisCache;
}): MatrixView {
  const { container, catalog, cells, store } = options;
  let last: ReturnType<MatrixView['current']> | null = null;

  const compute = () => {
    const state = store.get();
    const local = buildMatrix(filterCells(cells(), state.filters, catalog), catalog);
    const server = options.analysis.get(state.filters);
    const summaries = server?.summaries ?? null;
    const matrix: StanceMatrix = summaries
      ? { ...local, rows: local.rows.map((row) => ({ ...row, summary: { ...(summaries.get(row.target.id) ?? row.summary), actorsSpoke: row.summary.actorsSpoke } })) }
      : local;
    return { matrix, rows: rankTargets(matrix.rows, state.sort), server, summariesFromApi: summaries !== null };
  };

  const show = () => {
    const state = store.get();
    const { matrix, rows: ranked, server, summariesFromApi } = compute();
    last = { matrix, rows: ranked };
    const actors = matrix.actors.slice(0, MAX_COLUMNS);
    const shownRows = ranked.slice(0, MAX_ROWS);
    const selection = state.selection;
    const selectedActor = selection?.kind === 'pair' || selection?.kind === 'actor' ? (selection.kind === 'pair' ? selection.actorId : selection.id) : null;
    const selectedTarget = selection?.kind === 'pair' || selection?.kind === 'target' ? (selection.kind === 'pair' ? selection.targetId : selection.id) : null;

    const sortSelect = h(
      'select',
      { id: 'matrix-sort', class: 'select', onchange: (event: Event) => store.update({ sort: (event.target as HTMLSelectElement).value as MatrixSort }) },
      ...(Object.keys(SORT_LABELS) as MatrixSort[]).map((sort) => h('option', { value: sort, selected: sort === state.sort }, SORT_LABELS[sort])),
    );
    const toolbar = h(
      'div',
      { class: 'view-toolbar' },
      h('label', { for: 'matrix-sort', class: 'toolbar-label' }, 'Sort targets'),
      sortSelect,
      h('span', { class: 'toolbar-note' }, `${ranked.length} targets × ${matrix.actors.length} actors`, h('span', { class: 'muted', 'data-figures': summariesFromApi ? 'api' : 'local' }, summariesFromApi ? ' · consensus among participating States, from the API' : ' · consensus computed from the positions in view')),
    );

    const sortHeader = (sort: MatrixSort, label: string, title: string) =>
      h('button', { type: 'button', class: `th-sort${state.sort === sort ? ' active' : ''}`, title, 'aria-pressed': state.sort === sort ? 'true' : 'false', onclick: () => store.update({ sort }) }, label);
    const head = h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'col-target' }, sortHeader('name', 'Target', 'Sort by name')),
        h('th', { scope: 'col', class: 'col-score' }, sortHeader('agreed', 'Score', 'Consensus score: (supporting − opposing − qualifying) ÷ States that spoke, from −1 to 1. Sort by most agreed.')),
        h('th', { scope: 'col', class: 'col-split' }, sortHeader('divided', 'States', 'States by net stance. Sort by most divided (largest minority first).')),
        ...actors.map((actor) =>
          h(
            'th',
            { scope: 'col', class: `col-actor kind-${actor.kind.toLowerCase()}${actor.id === selectedActor ? ' is-selected' : ''}`, title: actor.name },
            h('button', { type: 'button', class: 'actor-head', 'data-actor': actor.id, onclick: () => store.update({ selection: { kind: 'actor', id: actor.id, stance: null } }) }, h('span', {}, shortName(actor))),
          ),
        ),
      ),
    );
    const body = h(
      'tbody',
      {},
      ...shownRows.map((row) => {
        const score = row.summary.score;
        return h(
          'tr',
          { 'data-target': row.target.id, class: row.target.id === selectedTarget ? 'is-selected' : null },
          h(
            'th',
            { scope: 'row', class: 'row-target' },
            h('button', { type: 'button', class: 'target-head', 'data-target': row.target.id, onclick: () => store.update({ selection: { kind: 'target', id: row.target.id, stance: null } }) }, kindGlyph(row.target.kind, 12), h('span', { class: 'target-name' }, row.target.name)),
          ),
          h('td', { class: 'score', 'data-score': score === null ? '' : score.toFixed(3) }, scoreBar(score)),
          h('td', { class: 'split-cell' }, renderSplitBar(row.summary)),
          ...actors.map((actor) => renderCell(actor, row.target, row.cells.get(actor.id), actor.id === selectedActor && row.target.id === selectedTarget)),
        );
      }),
    );
    body.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('.cell-button');
      if (button) store.update({ selection: { kind: 'pair', actorId: button.dataset.actor!, targetId: button.dataset.target!, stance: null } });
    });
    const capped = ranked.length > MAX_ROWS || matrix.actors.length > MAX_COLUMNS;
    const table = h('table', { class: 'matrix', 'aria-label': 'Stances of actors (columns) on targets (rows)' }, head, body);
    const scroller = h('div', { class: 'matrix-scroll', tabindex: '0', 'aria-label': 'Consensus matrix, scrollable' }, table);
    container.replaceChildren(
      toolbar,
      commonGroundPanel(matrix, server),
      ranked.length === 0 ? h('p', { class: 'notice' }, 'No position passes the filters.') : scroller,
      ...(capped ? [h('p', { class: 'muted note' }, `Showing the first ${shownRows.length} targets and ${actors.length} actors; narrow the filters to see the rest (the CSV export has them all).`)] : []),
    );
  };

  function commonGroundPanel(matrix: StanceMatrix, server: ServerAnalysis | null): HTMLElement {
    const fromApi = server?.commonGround ?? null;
    const entries: CommonGroundEntry[] = fromApi
      ? fromApi.flatMap((e) => {
          const target = catalog.targets.get(e.targetId);
          return target ? [{ target, supporterIds: e.supporterIds }] : [];
        })
      : commonGroundOf(matrix, (id) => catalog.actors.get(id)?.kind === 'STATE');
    return h(
      'details',
      { class: 'common-ground', open: true },
      h('summary', {}, h('span', { class: 'cg-title' }, 'Common ground'), h('span', { class: 'cg-count' }, `${entries.length} candidate${entries.length === 1 ? '' : 's'} for a zero draft`)),
      h(
        'p',
        { class: 'hint', 'data-source': fromApi ? 'api' : 'local' },
        fromApi
          ? `Targets at least ${MIN_SUPPORTERS} participating States support and none opposes or qualifies (the API’s analysis, in the scope of the filters). Select one for the supporting statements.`
          : `Targets at least ${MIN_SUPPORTERS} States support and none opposes or qualifies, among the positions in view. Select one for the supporting statements.`,
      ),
      entries.length === 0
        ? h('p', { class: 'muted' }, 'None among the positions in view.')
        : h(
            'ol',
            { class: 'cg-list' },
            ...entries.map((entry) =>
              h(
                'li',
                { 'data-target': entry.target.id },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'cg-item',
                    title: `${entry.target.name}\nSupported by ${entry.supporterIds.map((id) => catalog.actors.get(id)?.name ?? id).join(', ')}`,
                    onclick: () => store.update({ selection: { kind: 'target', id: entry.target.id, stance: 'SUPPORTS' } }),
                  },
                  kindGlyph(entry.target.kind, 12),
                  h('span', { class: 'cg-name' }, entry.target.name),
                  h('span', { class: 'cg-supporters' }, entry.supporterIds.map((id) => catalog.actors.get(id)?.name ?? id).join(', ')),
                ),
              ),
            ),
          ),
    );
  }

  return {
    show,
    current: () => {
      if (!last) {
        const { matrix, rows: ranked } = compute();
        last = { matrix, rows: ranked };
      }
      return last;
    },
  };
}

// Private:

/** A score in [−1, 1] as a bar growing left (disagreement) or right (agreement) from the middle, plus the number. */
function scoreBar(score: number | null): HTMLElement {
  if (score === null) return h('span', { class: 'muted', title: 'No State took a position' }, '—');
  const width = Math.abs(score) * 50;
  return h(
    'div',
    { class: 'score-box', title: `Consensus score ${score.toFixed(2)}` },
    h('div', { class: 'score-track', 'aria-hidden': 'true' }, h('span', { class: `score-fill ${score >= 0 ? 'pos' : 'neg'}`, style: score >= 0 ? `left:50%;width:${width}%` : `left:${50 - width}%;width:${width}%` })),
    h('span', { class: 'score-num' }, score > 0 ? `+${score.toFixed(2)}` : score.toFixed(2)),
  );
}
