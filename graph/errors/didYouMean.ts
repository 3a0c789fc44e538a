/**
 * Suggests the known ids closest to an unknown one, as graphql-js's `didYouMean` does for field
 * names: case-insensitive edit distance, within a third of the input's length.
 */
export function didYouMean(input: string, known: Iterable<string>): string {
  // Edit distance costs input × candidate length per candidate; ids are short, so a long input
  // is no typo of one and gets no suggestion (and no quadratic work).
  if (input.length > MAX_SUGGESTABLE_LENGTH) return '';
  const needle = input.toLowerCase();
  const threshold = Math.max(1, Math.floor(needle.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of known) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance <= threshold || candidate.toLowerCase().includes(needle)) scored.push([candidate, distance]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const names = scored.slice(0, 3).map(([name]) => JSON.stringify(name));
  if (names.length === 0) return '';
  return ` Did you mean ${names.length === 1 ? names[0] : `one of ${names.join(', ')}`}?`;
}

const MAX_SUGGESTABLE_LENGTH = 64;

/** Levenshtein distance with two rolling rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
