import { ApiError } from '../api/queryApi.js';
import { loadEvidence, type EvidenceItem, type EvidencePage } from '../api/loadEvidence.js';
import { loadStatement } from '../api/loadStatement.js';
import { positionFilterOf } from '../api/positionFilterOf.js';
import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import { stanceBadge } from '../dom/stanceBadge.js';
import type { Catalog } from '../model/Catalog.js';
import { KIND_LOOK } from '../model/kindLook.js';
import { STANCES } from '../model/kinds.js';
import type { StateStore } from '../state/createStateStore.js';
import { encodeHash } from '../state/encodeHash.js';
import { DEFAULT_FILTERS, type Selection } from '../state/ViewState.js';
import { groupByTarget } from './groupByTarget.js';
import { renderTargetGroup } from './renderTargetGroup.js';

/**
 * The evidence panel: for the selection (a node, an edge, a matrix cell, a statement), the
 * statements behind it under the filters in force, fetched from the API on demand, 100 positions a
 * page with "Show more". A newer selection cancels the display of an older answer.
 */
export function createEvidencePanel(options: { container: HTMLElement; catalog: Catalog; store: StateStore }): { show(): void } {
  const { container, catalog, store } = options;
  let generation = 0;

  const sourceLink = (item: EvidenceItem) =>
    encodeHash({ ...store.get(), view: 'reader', documentId: item.evidence.document.id, positionId: item.id }) || '#';

  const show = async () => {
    const mine = ++generation;
    const state = store.get();
    const selection = state.selection;
    if (!selection) {
      container.replaceChildren(emptyState());
      return;
    }
    const heading = headingOf(selection, catalog);
    const body = h('div', { class: 'ev-body', 'aria-busy': 'true' }, h('p', { class: 'muted loading' }, 'Loading the statements…'));
    container.replaceChildren(heading, body);
    try {
      if (selection.kind === 'statement') {
        const statement = await loadStatement(selection.id);
        if (mine !== generation) return;
        if (!statement) return body.replaceChildren(h('p', { class: 'notice' }, `No statement has the id “${selection.id}”.`));
        heading.querySelector('.panel-title')!.textContent = `${statement.actor.name}, ${statement.agendaItem.label}`;
        // A statement's own positions, suggestions included only when the filters show them.
        const shown = statement.positions.filter((p) => p.provenance.method !== 'EXTRACTED' || state.filters.includeExtracted);
        const hidden = statement.positions.length - shown.length;
        body.replaceChildren(
          h(
            'p',
            { class: 'ev-summary' },
            shown.length === 0 ? 'No position was coded for this statement. Its text:' : `${count(shown.length, 'position')} in this statement.`,
            hidden > 0 ? ` ${count(hidden, 'unreviewed suggestion')} by the extractor hidden (Filters: Provenance).` : '',
          ),
          shown.length === 0
            ? h('blockquote', { class: 'ev-quote plain' }, statement.text)
            : h('div', { class: 'ev-list' }, ...groupByTarget(shown).map((group) => renderTargetGroup(group, sourceLink, false))),
        );
      } else {
        const filter = positionFilterOf(selection, state.filters, catalog);
        // The selection with no sidebar filter, suggestions included: "3 of 5" then counts hidden suggestions too.
        const base = positionFilterOf({ ...selection, stance: selection.stance }, { ...DEFAULT_FILTERS, includeExtracted: true }, catalog) ?? {};
        if (!filter) {
          body.replaceChildren(h('p', { class: 'notice' }, 'The filters leave no position to show. Widen them to see the evidence.'));
        } else {
          renderPage(body, await loadEvidence(filter, base), mine, async (after) => loadEvidence(filter, base, after));
        }
      }
      body.removeAttribute('aria-busy');
    } catch (error) {
      if (mine !== generation) return;
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'notice error' }, error instanceof ApiError ? error.message : `Could not load the evidence: ${String(error)}`));
    }
  };

  function renderPage(body: HTMLElement, page: EvidencePage, mine: number, more: (after: string) => Promise<EvidencePage>): void {
    if (mine !== generation) return;
    const filtered = page.totalCount < page.unfilteredCount;
    const summary = h(
      'p',
      { class: 'ev-summary', 'data-total': page.totalCount },
      page.totalCount === 0
        ? 'No position in view.'
        : `${count(page.totalCount, 'position')}${filtered ? ` of ${page.unfilteredCount}: the filters hide the rest` : ''}, by target, in document order.`,
    );
    const list = h('div', { class: 'ev-list' });
    let items = [...page.items];
    let after = page.after;
    const draw = () => list.replaceChildren(...groupByTarget(items).map((group) => renderTargetGroup(group, sourceLink, after !== null)));
    draw();
    body.replaceChildren(summary, list);
    if (after) {
      const button = h('button', { type: 'button', class: 'button subtle', onclick: async () => {
        button.disabled = true;
        const next = await more(after!);
        if (mine !== generation) return;
        items = [...items, ...next.items];
        after = next.after;
        draw();
        if (after) button.disabled = false;
        else button.remove();
      } }, 'Show more');
      body.append(button);
    }
  }

  const clear = () => store.update({ selection: null, positionId: null });
  function headingOf(selection: Selection, catalog: Catalog): HTMLElement {
    const close = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Clear the selection', title: 'Clear the selection', onclick: clear }, '×');
    const stanceLine = selection.kind !== 'statement' && selection.stance ? h('div', { class: 'ev-filter' }, 'Only ', stanceBadge(selection.stance)) : null;
    switch (selection.kind) {
      case 'actor': {
        const actor = catalog.actors.get(selection.id);
        return h(
          'header',
          { class: 'panel-head', 'data-selection': `actor:${selection.id}` },
          h('div', { class: 'panel-kicker' }, actor ? kindGlyph(actor.kind) : null, actor ? KIND_LOOK[actor.kind].label : 'Actor', close),
          h('h2', { class: 'panel-title' }, actor?.name ?? selection.id),
          actor && actor.aliases.length > 0 ? h('p', { class: 'aliases' }, `Also: ${actor.aliases.join('; ')}`) : null,
          stanceLine,
        );
      }
      case 'target': {
        const target = catalog.targets.get(selection.id);
        return h(
          'header',
          { class: 'panel-head', 'data-selection': `target:${selection.id}` },
          h('div', { class: 'panel-kicker' }, target ? kindGlyph(target.kind) : null, target?.detail ?? 'Target', close),
          h('h2', { class: 'panel-title' }, target?.name ?? selection.id),
          target?.description ? h('p', { class: 'description' }, target.description) : null,
          target && target.aliases.length > 0 ? h('p', { class: 'aliases' }, `Also: ${target.aliases.join('; ')}`) : null,
          stanceLine,
        );
      }
      case 'pair': {
        const actor = catalog.actors.get(selection.actorId);
        const target = catalog.targets.get(selection.targetId);
        return h(
          'header',
          { class: 'panel-head', 'data-selection': `pair:${selection.actorId}|${selection.targetId}` },
          h('div', { class: 'panel-kicker' }, 'Positions of an actor on a target', close),
          h('h2', { class: 'panel-title' }, actor?.name ?? selection.actorId, h('span', { class: 'arrow', 'aria-label': 'on' }, ' → '), target?.name ?? selection.targetId),
          stanceLine,
        );
      }
      case 'statement':
        return h('header', { class: 'panel-head', 'data-selection': `statement:${selection.id}` }, h('div', { class: 'panel-kicker' }, 'Statement', close), h('h2', { class: 'panel-title' }, selection.id));
    }
  }

  function emptyState(): HTMLElement {
    return h(
      'div',
      { class: 'panel-empty' },
      h('h2', { class: 'panel-title' }, 'Evidence'),
      h('p', {}, 'Select a node or an edge in the network, a cell of the matrix, or a passage of the source, to read the statements behind it: who spoke, under which agenda item, the stance taken and the words quoted.'),
      h('ul', { class: 'legend-list' }, ...STANCES.map((stance) => h('li', {}, stanceBadge(stance)))),
    );
  }

  return { show: () => void show() };
}

// Private:

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
