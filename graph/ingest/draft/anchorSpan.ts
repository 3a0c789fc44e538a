/**
 * The `span: { from, to }` a statement needs in annotations (seeds/README.md): `from` the fewest
 * whole words from the statement's start that occur once in the whole document, `to` the fewest
 * from its end whose first occurrence after `from` ends exactly at the statement's end. Null when
 * no such words exist (a paragraph repeated word for word).
 */
export function anchorSpan(text: string, start: number, end: number): { from: string; to: string } | null {
  const body = text.slice(start, end);
  let from: string | null = null;
  for (const cut of wordEnds(body)) {
    const candidate = body.slice(0, cut);
    if (candidate.trim().length < 12) continue;
    if (text.indexOf(candidate) === start && text.indexOf(candidate, start + 1) < 0) {
      from = candidate;
      break;
    }
  }
  if (!from) return null;
  for (const cut of wordStarts(body).reverse()) {
    const candidate = body.slice(cut);
    if (candidate.trim().length < 8 && cut > 0) continue;
    if (firstEndingAfter(text, candidate, start, start + from.length) === end - candidate.length) return { from, to: candidate };
  }
  return null;
}

/** 1-based occurrence of `quote` at `at` among its occurrences in text[from, to), for `occurrence:`. */
export function occurrenceOf(text: string, quote: string, at: number, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(quote, from); i >= 0 && i + quote.length <= to; i = text.indexOf(quote, i + 1)) {
    count++;
    if (i === at) return count;
  }
  return count;
}

/** How many times `quote` occurs within text[from, to). */
export function countWithin(text: string, quote: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(quote, from); i >= 0 && i + quote.length <= to; i = text.indexOf(quote, i + 1)) count++;
  return count;
}

function firstEndingAfter(text: string, needle: string, from: number, minEnd: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (at + needle.length >= minEnd) return at;
  }
  return -1;
}

function wordEnds(body: string): number[] {
  const ends: number[] = [];
  for (const match of body.matchAll(/\S+/g)) ends.push(match.index + match[0].length);
  return ends;
}

function wordStarts(body: string): number[] {
  const starts: number[] = [];
  for (const match of body.matchAll(/\S+/g)) starts.push(match.index);
  return starts;
}

/** Where a `span: { from, to }` lies in the text (the rule of seeds/README.md), or null. */
export function locateSpan(text: string, span: { from: string; to: string }): { start: number; end: number } | null {
  const start = text.indexOf(span.from);
  if (start < 0 || text.indexOf(span.from, start + 1) >= 0) return null;
  const to = firstEndingAfter(text, span.to, start, start + span.from.length);
  return to < 0 ? null : { start, end: to + span.to.length };
}
