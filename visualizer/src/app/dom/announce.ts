import { h } from './h.js';

let region: HTMLElement | null = null;

/**
 * Says `message` to screen readers through one polite live region, created on first use and kept
 * (a region added together with its text is not announced by every reader). Visible text stays the
 * caller's business.
 */
export function announce(message: string): void {
  if (!region || !region.isConnected) {
    region = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-announcer': '' });
    document.body.append(region);
  }
  // Cleared first, so the same message twice in a row is announced twice.
  region.textContent = '';
  const target = region;
  requestAnimationFrame(() => (target.textContent = message));
}
