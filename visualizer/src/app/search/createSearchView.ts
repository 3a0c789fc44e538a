import { searchStatements } from '../api/searchStatements.js';
import { h } from '../dom/h.js';
import type { StateStore } from '../state/createStateStore.js';
import { encodeHash } from '../state/encodeHash.js';
import { highlightTerms } from './highlightTerms.js';

/**
 * Search the words: statements whose text holds every word of the query (the API's `search`:
 * whole words, `word*` as a prefix, case and accents ignored), in document order, each with the
 * matched words highlighted and a link into the source reader at the statement.
 */
export function createSearchView(options: { container: HTMLElement; store: StateStore }): { show(): void } {
  const { container, store } = options;
  let generation = 0;
  const input = h('input', { type: 'search', id: 'text-search', class: 'search-input wide', placeholder: 'e.g. coerc*  or  cyber attack', autocomplete: 'off', spellcheck: 'false' });
  const form = h(
    'form',
    { class: 'text-search', role: 'search', onsubmit: (event: Event) => (event.preventDefault(), store.update({ query: input.value.trim() })) },
    h('label', { for: 'text-search' }, 'Search the words of the statements'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'button' }, 'Search')),
    h('p', { class: 'hint' }, 'Every word must occur as a whole word; end a word with * to match its beginning (coerc* finds coercion and coercive). Case and accents are ignored.'),
  );
  const results = h('div', { class: 'search-results-list', 'aria-live': 'polite' });

  const show = async () => {
    const mine = ++generation;
    const { query } = store.get();
    if (input.value.trim() !== query) input.value = query;
    if (!container.contains(form)) container.replaceChildren(h('header', { class: 'view-head' }, h('h2', {}, 'Search the words')), form, results);
    if (!query) return void results.replaceChildren();
    results.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
    try {
      const found = await searchStatements(query);
      if (mine !== generation) return;
      results.replaceChildren(
        h('p', { class: 'ev-summary', 'data-total': found.totalCount }, `${found.totalCount} statement${found.totalCount === 1 ? '' : 's'} containing “${query}”${found.totalCount > found.hits.length ? `; the first ${found.hits.length} shown` : ''}.`),
        h(
          'ol',
          { class: 'hits' },
          ...found.hits.map((hit) =>
            h(
              'li',
              { class: 'hit', 'data-statement': hit.id },
              h('p', { class: 'hit-head' }, h('strong', {}, hit.actor.name), ` · ${hit.agendaItem.label} ${hit.agendaItem.title} · ${hit.document.title}`),
              h('blockquote', { class: 'ev-quote plain' }, ...highlightTerms(hit.text, query)),
              h('a', { class: 'button small subtle', href: encodeHash({ ...store.get(), view: 'reader', documentId: hit.document.id, selection: { kind: 'statement', id: hit.id }, positionId: null }) || '#' }, 'Show in source'),
            ),
          ),
        ),
      );
    } catch (error) {
      if (mine !== generation) return;
      results.replaceChildren(h('p', { class: 'notice error' }, error instanceof Error ? error.message : String(error)));
    }
  };
  return { show: () => void show() };
}
