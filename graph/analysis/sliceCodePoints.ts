/**
 * The text between two code-point offsets (end exclusive). Evidence offsets count Unicode code
 * points, as the W3C Web Annotation TextPositionSelector does
 * (https://www.w3.org/TR/annotation-model/#text-position-selector), whereas `String.prototype.slice`
 * counts UTF-16 code units: the two differ after any character outside the Basic Multilingual Plane.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return codePointsOf(text).slice(start, end).join('');
}

// Private:

// Documents are a few tens of kilobytes and are sliced once per quote; splitting each once is enough.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 64;

function codePointsOf(text: string): readonly string[] {
  let points = cache.get(text);
  if (points === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    points = Array.from(text);
    cache.set(text, points);
  }
  return points;
}
