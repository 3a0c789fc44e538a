import { h } from '../dom/h.js';
import type { ActorInfo, TargetInfo } from '../model/Catalog.js';
import type { MatrixCell } from '../model/buildMatrix.js';
import { STANCE_LOOK } from '../model/stanceLook.js';

/**
 * One matrix cell as a button: the stance's icon on its tint; a mixed cell shows each stance's icon
 * on a split background (and says "mixed" to screen readers). Empty cells are plain, unfocusable.
 */
export function renderCell(actor: ActorInfo, target: TargetInfo, cell: MatrixCell | undefined, selected: boolean): HTMLTableCellElement {
  if (!cell) return h('td', { class: 'cell empty' });
  const mixed = cell.stances.length > 1;
  const words = cell.stances.map((s) => STANCE_LOOK[s].label.toLowerCase()).join(' and ');
  const stanceClass = mixed ? 'mixed' : `stance-${cell.stances[0]!.toLowerCase()}`;
  const style = mixed ? `background: linear-gradient(135deg, ${cell.stances.map((s, i, all) => `${tint(STANCE_LOOK[s].color)} ${(i / all.length) * 100}% ${((i + 1) / all.length) * 100}%`).join(', ')})` : null;
  return h(
    'td',
    { class: `cell filled${selected ? ' is-selected' : ''}` },
    h(
      'button',
      {
        type: 'button',
        class: `cell-button ${stanceClass}`,
        style,
        'data-actor': actor.id,
        'data-target': target.id,
        'data-stances': cell.stances.join(' '),
        'aria-label': `${actor.name} on ${target.name}: ${mixed ? 'mixed, ' : ''}${words}, ${cell.positions} position${cell.positions === 1 ? '' : 's'}`,
        title: `${actor.name} — ${target.name}\n${mixed ? 'Mixed: ' : ''}${words} (${cell.positions} position${cell.positions === 1 ? '' : 's'})`,
      },
      ...cell.stances.map((s) => h('span', { class: `cell-icon stance-${s.toLowerCase()}`, 'aria-hidden': 'true' }, STANCE_LOOK[s].icon)),
    ),
  );
}

// Private:

/** The stance colour at 30 % on white, as a solid colour (gradients do not blend alpha the same way everywhere). */
function tint(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * 0.3 + 255 * 0.7);
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}
