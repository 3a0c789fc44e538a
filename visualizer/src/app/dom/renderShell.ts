import { h } from './h.js';
import { kindGlyph, stanceLineGlyph } from './glyphs.js';
import { KIND_LOOK } from '../model/kindLook.js';
import { NODE_KINDS, STANCES } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import { VIEWS, type View } from '../state/ViewState.js';

/** The page's fixed frame, with a handle on every region the views fill. */
export interface Shell {
  readonly tabs: ReadonlyMap<View, HTMLButtonElement>;
  readonly views: ReadonlyMap<View, HTMLElement>;
  readonly search: HTMLElement;
  readonly exportMenu: HTMLElement;
  readonly share: HTMLButtonElement;
  readonly sidebar: HTMLElement;
  readonly panel: HTMLElement;
  readonly network: HTMLElement;
  readonly networkLegend: HTMLElement;
  readonly networkToolbar: HTMLElement;
  readonly status: HTMLElement;
  readonly alert: HTMLElement;
}

const TAB_LABELS: Record<View, string> = {
  overview: 'Overview',
  divergences: 'Divergences',
  compare: 'Compare States',
  network: 'Network',
  matrix: 'Matrix',
  reader: 'Source',
  search: 'Search words',
};

/**
 * Header (title, view tabs, search, share, export), filter sidebar, the three views, the evidence
 * panel, and a status line. Landmarks (banner, navigation, main, complementary) and a tablist, so
 * the regions are reachable by keyboard and announced by screen readers.
 */
export function renderShell(root: HTMLElement): Shell {
  const tabs = new Map<View, HTMLButtonElement>();
  const views = new Map<View, HTMLElement>();
  for (const view of VIEWS) {
    tabs.set(view, h('button', { type: 'button', role: 'tab', id: `tab-${view}`, class: 'tab', 'aria-controls': `view-${view}`, 'data-view': view }, TAB_LABELS[view]));
    views.set(view, h('section', { id: `view-${view}`, role: 'tabpanel', class: `view view-${view}`, 'aria-labelledby': `tab-${view}`, hidden: true }));
  }
  const search = h('div', { class: 'search' });
  const exportMenu = h('div', { class: 'export' });
  const share = h('button', { type: 'button', class: 'button', id: 'share-button', title: 'Copy a link to this view, with its filters and selection' }, 'Copy link');
  // On a phone the filters are a drawer this button opens and closes.
  const filtersToggle = h('button', {
    type: 'button', class: 'button drawer-toggle', 'aria-controls': 'filters', 'aria-expanded': 'false',
    onclick: () => {
      const open = document.body.dataset.drawer !== 'filters';
      document.body.dataset.drawer = open ? 'filters' : '';
      filtersToggle.setAttribute('aria-expanded', String(open));
    },
  }, 'Filters');
  const sidebar = h('nav', { class: 'sidebar', id: 'filters', 'aria-label': 'Filters' });
  const panel = h('aside', { class: 'panel', id: 'evidence', 'aria-label': 'Evidence', 'aria-live': 'polite', tabindex: '-1' });
  // role="img": the canvas is a picture to assistive technology (an aria-label on a plain div is prohibited).
  const network = h('div', { class: 'network-canvas', id: 'network', role: 'img', 'aria-label': 'Network of actors and the principles, instruments and proposals they take positions on. Use the search box, the matrix or the overview for keyboard access.' });
  const networkLegend = h(
    'div',
    { class: 'network-legend', role: 'group', 'aria-label': 'Legend' },
    h('div', { class: 'legend-row' }, ...NODE_KINDS.map((kind) => h('span', { class: 'legend-item', 'data-kind': kind }, kindGlyph(kind), KIND_LOOK[kind].plural, h('span', { class: 'count' })))),
    h('div', { class: 'legend-row' }, ...STANCES.map((stance) => h('span', { class: 'legend-item', 'data-stance': stance }, stanceLineGlyph(stance, 30), STANCE_LOOK[stance].label)), h('span', { class: 'legend-item muted' }, 'width: statements')),
  );
  const networkToolbar = h('div', { class: 'network-toolbar' });
  views.get('network')!.append(network, networkToolbar, networkLegend);
  const status = h('p', { class: 'status', role: 'status' });
  const alert = h('div', { class: 'alert', role: 'alert', hidden: true });

  root.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to the main view'),
    h(
      'div',
      { class: 'app' },
      h(
        'header',
        { class: 'topbar' },
        h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('div', {}, h('h1', {}, 'Cyberlaw Positions Graph'), h('p', { class: 'tagline' }, 'What States say about international law in cyberspace'))),
        h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Views' }, ...tabs.values()),
        search,
        h('div', { class: 'actions' }, filtersToggle, share, exportMenu),
      ),
      alert,
      sidebar,
      h('main', { class: 'stage', id: 'main', tabindex: '-1' }, ...views.values()),
      panel,
      h('footer', { class: 'statusbar' }, status),
    ),
  );
  return { tabs, views, search, exportMenu, share, sidebar, panel, network, networkLegend, networkToolbar, status, alert };
}
