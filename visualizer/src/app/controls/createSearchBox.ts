import { searchTargets } from '../api/searchTargets.js';
import { h } from '../dom/h.js';
import { kindGlyph } from '../dom/glyphs.js';
import type { Catalog } from '../model/Catalog.js';
import { KIND_LOOK } from '../model/kindLook.js';
import type { NodeKind } from '../model/kinds.js';

/** A node the search found: an actor or a target, by id. */
export interface SearchHit {
  /** `text`: search the statements' words for `id` (the query) through the API's `search`. */
  readonly role: 'actor' | 'target' | 'text';
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind | null;
  /** The alias that matched, when it was not the name. */
  readonly alias: string | null;
}

/**
 * The search box: an ARIA 1.2 combobox (input + listbox, arrow keys, Enter, Escape). Actors are
 * matched here by name, alias and id (the API has no actor search); principles, instruments and
 * proposals by the API's `targets(query:)`, which ignores case and accents. The last option searches
 * the words of the statements (the API's `search`). Enter takes the highlighted hit, or the first.
 */
export function createSearchBox(options: { container: HTMLElement; catalog: Catalog; onChoose: (hit: SearchHit) => void }): void {
  const { container, catalog, onChoose } = options;
  const listId = 'search-results';
  const input = h('input', {
    type: 'search',
    id: 'search',
    class: 'search-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: 'Find a State, principle, or words said…',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-results', 'aria-label': 'Search results', hidden: true });
  container.replaceChildren(h('label', { for: 'search', class: 'visually-hidden' }, 'Find a State, principle or instrument, or search the words of the statements'), input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let generation = 0;
  /** The query `hits` answer, complete with the API's targets. */
  let hitsFor = '';

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          { id: `search-hit-${i}`, role: 'option', class: 'search-hit', 'aria-selected': i === active ? 'true' : 'false', onmousedown: (event: MouseEvent) => (event.preventDefault(), choose(i)) },
          hit.kind ? kindGlyph(hit.kind) : h('span', { class: 'glyph text-glyph', 'aria-hidden': 'true' }, '¶'),
          h('span', { class: 'hit-name' }, hit.name, hit.alias ? h('span', { class: 'hit-alias' }, ` (${hit.alias})`) : null),
          h('span', { class: 'hit-kind' }, hit.kind ? KIND_LOOK[hit.kind].label : 'Statements'),
        ),
      ),
    );
    const open = input.value.trim() !== '' && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.name;
    hits = [];
    active = -1;
    render();
    list.hidden = true;
    onChoose(hit);
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      hits = [];
      active = -1;
      return render();
    }
    const actorHits = matchActors(catalog, query);
    hits = /[*"]/.test(query) ? [textHit(query), ...actorHits] : [...actorHits, textHit(query)];
    active = hits.length > 0 ? 0 : -1;
    render();
    const targets = await searchTargets(query).catch(() => []);
    if (mine !== generation) return;
    const norm = normalize(query);
    const targetHits = targets.map((t): SearchHit => {
      const info = catalog.targets.get(t.id);
      const alias = info && !normalize(info.name).includes(norm) ? (info.aliases.find((a) => normalize(a).includes(norm)) ?? null) : null;
      return { role: 'target', id: t.id, name: t.name, kind: t.kind, alias };
    });
    const nodeHits = [...actorHits, ...targetHits].sort((a, b) => rank(a, norm) - rank(b, norm) || a.name.localeCompare(b.name)).slice(0, 12);
    // Searching the words is always offered, first when no node matches ("coerc*", "cyber attack").
    // A prefix (coerc*) or a quoted phrase is the text search's syntax: offer it first then.
    hits = nodeHits.length === 0 || /[*"]/.test(query) ? [textHit(query), ...nodeHits] : [...nodeHits, textHit(query)];
    hitsFor = query;
    active = hits.length > 0 ? 0 : -1;
    render();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 120);
  });
  input.addEventListener('focus', render);
  input.addEventListener('blur', () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      if (hitsFor === input.value.trim()) choose(Math.max(0, active));
      else void update().then(() => choose(0));
    } else if (event.key === 'Escape') {
      input.value = '';
      hits = [];
      render();
    }
  });
}

// Private:

function textHit(query: string): SearchHit {
  return { role: 'text', id: query, name: `Statements containing “${query}”`, kind: null, alias: null };
}

/** Lower case without accents, as the API compares. */
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function matchActors(catalog: Catalog, query: string): SearchHit[] {
  const norm = normalize(query);
  const found: SearchHit[] = [];
  for (const actor of catalog.actors.values()) {
    const nameHit = normalize(actor.name).includes(norm) || normalize(actor.id) === norm;
    const alias = nameHit ? null : (actor.aliases.find((a) => normalize(a).includes(norm)) ?? null);
    if (nameHit || alias) found.push({ role: 'actor', id: actor.id, name: actor.name, kind: actor.kind, alias });
  }
  return found;
}

/** Exact names first, then prefixes, then names containing the query, then alias matches. */
function rank(hit: SearchHit, norm: string): number {
  const name = normalize(hit.name);
  if (name === norm) return 0;
  if (hit.alias && normalize(hit.alias) === norm) return 1;
  if (name.startsWith(norm)) return 2;
  if (!hit.alias) return 3;
  return 4;
}
