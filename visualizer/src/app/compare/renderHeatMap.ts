import type { AgreementData, ApiAgreementPair } from '../api/loadAgreement.js';
import { h } from '../dom/h.js';
import { orderByBlocs } from './orderByBlocs.js';

const NULL_REASONS = {
  NO_SHARED_TARGETS: 'no shared target',
  TOO_FEW_SHARED_TARGETS: 'too few shared targets for κ and π',
  NO_VARIATION: 'one and the same stance throughout: κ and π undefined',
} as const;

/** The figures of a pair in words: what hover, focus and screen readers give. */
export function describePair(a: string, b: string, pair: ApiAgreementPair): string {
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  return `${a} – ${b}: N = ${pair.sharedTargets} shared targets, agreed on ${pair.agreements}; raw ${f(pair.rawAgreement)}, κ ${f(pair.kappa)}, π ${f(pair.pi)}${pair.nullReason ? ` (${NULL_REASONS[pair.nullReason]})` : ''}`;
}

/**
 * The pairwise agreement heat map (the API's `agreement`), States ordered by the API's blocs: colour
 * by raw agreement, κ written in the cell, cells with too little data hatched. An ARIA grid with one
 * tab stop: arrow keys move, Home/End go to the row's ends, Enter compares the pair.
 */
export function renderHeatMap(data: AgreementData, onChoose: (a: string, b: string) => void, onFocus: (text: string) => void): HTMLElement {
  const states = orderByBlocs(data);
  const pairs = new Map(data.agreement.pairs.map((p) => [`${p.stateA.id}|${p.stateB.id}`, p]));
  const pairOf = (a: string, b: string) => pairs.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? null;
  const cells: HTMLElement[][] = [];
  let row = 0;
  let col = 1;

  const grid = h('table', { class: 'heatmap', role: 'grid', 'aria-label': 'Pairwise agreement of States (κ in each cell; colour: raw agreement)', 'aria-describedby': 'heatmap-help' });
  grid.append(h('thead', {}, h('tr', {}, h('td', {}), ...states.map((s) => h('th', { scope: 'col', title: s.name, 'data-bloc': s.bloc ?? '' }, s.id)))));
  const body = h('tbody');
  states.forEach((a, i) => {
    const line: HTMLElement[] = [];
    const tr = h('tr', {}, h('th', { scope: 'row', title: a.name, 'data-bloc': a.bloc ?? '' }, a.id));
    states.forEach((b) => {
      const pair = a.id === b.id ? null : pairOf(a.id, b.id);
      const thin = pair !== null && (pair.nullReason === 'TOO_FEW_SHARED_TARGETS' || pair.nullReason === 'NO_SHARED_TARGETS');
      const text = pair === null ? '' : pair.kappa === null ? (pair.sharedTargets === 0 ? '·' : `n${pair.sharedTargets}`) : pair.kappa.toFixed(2);
      // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
      const label = pair ? `${/\w/.test(text) ? `${text}: ` : ''}${describePair(a.name, b.name, pair)}` : `${a.name}: the same State`;
      const cell = h(
        'td',
        {
          role: 'gridcell',
          tabindex: '-1',
          class: `hm-cell${thin ? ' thin' : ''}${pair === null ? ' self' : ''}`,
          'data-pair': `${a.id}|${b.id}`,
          'data-n': pair?.sharedTargets ?? '',
          'data-kappa': pair?.kappa ?? '',
          'aria-label': label,
          title: label,
          style: pair?.rawAgreement != null ? `--agree: ${pair.rawAgreement}` : '',
        },
        text,
      );
      cell.addEventListener('click', () => pair && onChoose(a.id, b.id));
      cell.addEventListener('mouseenter', () => onFocus(label));
      line.push(cell);
      tr.append(cell);
    });
    cells.push(line);
    body.append(tr);
    void i;
  });
  grid.append(body);

  const focusCell = (r: number, c: number) => {
    const cell = cells[r]?.[c];
    if (!cell) return;
    cells[row]?.[col]?.setAttribute('tabindex', '-1');
    row = r;
    col = c;
    cell.setAttribute('tabindex', '0');
    cell.focus();
    onFocus(cell.getAttribute('aria-label') ?? '');
  };
  if (cells[0]?.[1]) cells[0][1].setAttribute('tabindex', '0');
  else if (cells[0]?.[0]) (cells[0][0].setAttribute('tabindex', '0'), (col = 0));
  grid.addEventListener('keydown', (event) => {
    const last = states.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, Math.min(last, col + 1)],
      ArrowLeft: [row, Math.max(0, col - 1)],
      ArrowDown: [Math.min(last, row + 1), col],
      ArrowUp: [Math.max(0, row - 1), col],
      Home: [row, 0],
      End: [row, last],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(...move);
    } else if ((event.key === 'Enter' || event.key === ' ') && row !== col) {
      event.preventDefault();
      onChoose(states[row]!.id, states[col]!.id);
    }
  });
  grid.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    for (let r = 0; r < cells.length; r += 1) {
      const c = cells[r]!.indexOf(target);
      if (c >= 0 && (r !== row || c !== col)) {
        cells[row]?.[col]?.setAttribute('tabindex', '-1');
        row = r;
        col = c;
        target.setAttribute('tabindex', '0');
        onFocus(target.getAttribute('aria-label') ?? '');
      }
    }
  });
  return grid;
}
