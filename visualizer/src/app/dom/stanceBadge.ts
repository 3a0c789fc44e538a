import type { Stance } from '../model/kinds.js';
import { STANCE_LOOK } from '../model/stanceLook.js';
import { h } from './h.js';

/** "✓ Supports" in the stance's ink: icon and word, so colour is never the only channel. */
export function stanceBadge(stance: Stance): HTMLSpanElement {
  const look = STANCE_LOOK[stance];
  return h('span', { class: `badge stance-${stance.toLowerCase()}`, 'data-stance': stance }, h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, look.icon), look.label);
}
