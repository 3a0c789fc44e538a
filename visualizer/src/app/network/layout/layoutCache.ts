import type { Positions } from './runLayout.js';

/**
 * Remembers the last layout per graph in localStorage, keyed by a hash of the element ids and the
 * plan, so a reload (or a colleague's deep link opened twice) shows the final picture at once
 * instead of laying out again. Determinism does not depend on it: the layout is seeded. Failures
 * (private mode, quota) only cost the cache.
 */
export const layoutCache = {
  read(key: string): Positions | null {
    try {
      const text = localStorage.getItem(key);
      return text ? (JSON.parse(text) as Positions) : null;
    } catch {
      return null;
    }
  },
  write(key: string, positions: Positions): void {
    try {
      for (const old of Object.keys(localStorage)) if (old.startsWith(PREFIX)) localStorage.removeItem(old);
      localStorage.setItem(key, JSON.stringify(positions));
    } catch {
      // Quota or storage disabled: the next load lays out again, which is only slower.
    }
  },
  keyFor(ids: readonly string[], planVersion: number): string {
    let hash = 0x811c9dc5;
    for (const id of ids) {
      for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x1f, 0x01000193);
    }
    return `${PREFIX}${planVersion}:${ids.length}:${(hash >>> 0).toString(36)}`;
  },
};

// Private:

const PREFIX = 'cpg-layout:';
