import { loadDivergenceDetails, type ApiConsensusDetail, type ApiSideEntry } from '../api/loadDivergenceDetails.js';
import { loadOverview, type ApiDivergence } from '../api/loadOverview.js';
import { viewScopeOf } from '../api/viewScopeOf.js';
import { h } from '../dom/h.js';
import { renderCitedQuote } from '../evidence/renderCitedQuote.js';
import { sourceHashOf } from '../evidence/sourceHashOf.js';
import type { StateStore } from '../state/createStateStore.js';

/** The camps of a divergence as the API names them, with what each means. */
const CAMPS = [
  { key: 'supporting', label: 'Supports', stance: 'SUPPORTS', reservation: null, meaning: 'endorses it, affirms it applies, or follows it' },
  { key: 'opposing', label: 'Opposes', stance: 'OPPOSES', reservation: null, meaning: 'rejects or criticises it' },
  { key: 'contesting', label: 'Contests', stance: 'QUALIFIES', reservation: 'CONTESTATION', meaning: 'holds it, or how it applies, unsettled, unclear or premature' },
  { key: 'reserving', label: 'Accepts with a reservation', stance: 'QUALIFIES', reservation: 'CONDITIONAL_ACCEPTANCE', meaning: 'accepts it on stated conditions; in neither camp' },
] as const;

/**
 * Every target States divide on, in the API's order (`divergences`: most divided first), each with
 * its camps side by side and every State's verbatim words, and the measure and the stances defined
 * on screen.
 */
export function createDivergencesView(options: { container: HTMLElement; store: StateStore }): { show(): void } {
  const { container, store } = options;
  let generation = 0;

  const show = async () => {
    const mine = ++generation;
    const state = store.get();
    const scope = viewScopeOf(state.filters);
    const body = h('div', { class: 'div-body', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Asking the API where States diverge…'));
    container.replaceChildren(header(), body);
    try {
      const { divergences } = await loadOverview(scope);
      const details = await loadDivergenceDetails(divergences.map((d) => d.target.id), scope);
      if (mine !== generation) return;
      body.replaceChildren(
        divergences.length === 0
          ? h('p', { class: 'muted' }, 'No target divides the States in scope.')
          : h('ol', { class: 'div-list' }, ...divergences.map((d, i) => card(d, i, details.get(d.target.id) ?? null))),
      );
      body.removeAttribute('aria-busy');
      const selected = state.selection?.kind === 'target' ? container.querySelector<HTMLElement>(`[data-target="${CSS.escape(state.selection.id)}"]`) : null;
      if (selected) {
        selected.scrollIntoView({ block: 'start' });
        selected.querySelector<HTMLElement>('h3')?.focus();
      }
    } catch (error) {
      if (mine !== generation) return;
      body.removeAttribute('aria-busy');
      body.replaceChildren(h('p', { class: 'notice error' }, `The API could not answer: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  function card(divergence: ApiDivergence, index: number, detail: ApiConsensusDetail | null): HTMLElement {
    const entries = (stance: string) => detail?.sides.find((side) => side.stance === stance)?.entries ?? [];
    return h(
      'li',
      { class: 'div-card', 'data-target': divergence.target.id },
      h('h3', { tabindex: '-1' }, `${index + 1}. ${divergence.target.name}`),
      h('p', { class: 'div-measure' }, `Smaller camp ${divergence.smallerCamp} · margin ${divergence.margin}`, detail ? ` · ${detail.statesSpoke} States spoke` : ''),
      h(
        'div',
        { class: 'div-camps' },
        ...CAMPS.filter((camp) => divergence[camp.key].length > 0).map((camp) => {
          const ids = new Set(divergence[camp.key].map((a) => a.id));
          const voices = entries(camp.stance).filter((e: ApiSideEntry) => ids.has(e.actor.id));
          return h(
            'section',
            { class: `div-camp camp-${camp.key}`, 'data-camp': camp.key },
            h('h4', {}, `${camp.label} (${ids.size})`),
            ...voices.map((entry) =>
              h(
                'div',
                { class: 'div-voice', 'data-actor': entry.actor.id },
                h('p', { class: 'div-actor' }, entry.actor.name),
                ...entry.citations
                  .filter((c) => camp.reservation === null || (c.reservation ?? 'CONTESTATION') === camp.reservation)
                  .map((c) => renderCitedQuote(c, (citation) => sourceHashOf(store.get(), citation))),
              ),
            ),
          );
        }),
      ),
    );
  }

  return { show: () => void show() };
}

// Private:

function header(): HTMLElement {
  return h(
    'header',
    { class: 'view-head' },
    h('h2', {}, 'Divergences'),
    h(
      'p',
      { class: 'hint' },
      'A target is divergent when at least one participating State supports it while another opposes or contests it. Order from the API: most divided first, by the ',
      h('strong', {}, 'smaller camp'),
      ' (the fewer of supporters and of opposers plus contesters; a 4–5 split divides more than 1–1), then the ',
      h('strong', {}, 'margin'),
      ' (the difference between the camps; closer first). Each State counts once, by its most reserved stance.',
    ),
    h('dl', { class: 'definitions' }, ...CAMPS.flatMap((camp) => [h('dt', {}, camp.label), h('dd', {}, camp.meaning)])),
  );
}
