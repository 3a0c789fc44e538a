import { h } from '../dom/h.js';

/** Lower case without accents, as the API's search compares. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * `text` with every word the query matched wrapped in <mark>: whole words, or prefixes for `word*`,
 * case and accents ignored (the API's `search` rule). Returns nodes for `h`.
 */
export function highlightTerms(text: string, query: string): (Node | string)[] {
  const terms = query
    .split(/\s+/)
    .map((t) => t.replace(/^["']|["']$/g, ''))
    .filter(Boolean)
    .map((t) => ({ word: fold(t.replace(/\*$/, '')).replace(/[^\p{L}\p{N}]/gu, ''), prefix: t.endsWith('*') }))
    .filter((t) => t.word.length > 0);
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(match[0]);
    if (!terms.some((t) => (t.prefix ? word.startsWith(t.word) : word === t.word))) continue;
    parts.push(text.slice(last, match.index), h('mark', {}, match[0]));
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
