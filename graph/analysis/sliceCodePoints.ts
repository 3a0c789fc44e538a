/**
 * The text between two code-point offsets (end exclusive). Evidence offsets count Unicode code
 * points, as the W3C Web Annotation TextPositionSelector does
 * (https://www.w3.org/TR/annotation-model/#text-position-selector), whereas `String.prototype.slice`
 * counts UTF-16 code units: the two differ after any character outside the Basic Multilingual Plane.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const astral = astralCodePointsOf(text);
  return text.slice(toUtf16(astral, start), toUtf16(astral, end));
}

// Private:

/**
 * Per text, the code-point offsets of its astral characters (usually none). A zero draft verifies
 * thousands of quotes across hundreds of documents of up to a megabyte: scanning a document once
 * and slicing in place keeps verification linear, where splitting it into code points per quote was
 * quadratic. Entries are a few numbers each; the texts themselves are held by the caller anyway.
 */
const astralCache = new Map<string, readonly number[]>();
const CACHE_LIMIT = 4096;

function astralCodePointsOf(text: string): readonly number[] {
  let astral = astralCache.get(text);
  if (astral === undefined) {
    const found: number[] = [];
    let codePoint = 0;
    for (let i = 0; i < text.length; i += 1, codePoint += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        found.push(codePoint);
        i += 1;
      }
    }
    if (astralCache.size >= CACHE_LIMIT) astralCache.clear();
    astralCache.set(text, (astral = found));
  }
  return astral;
}

/** UTF-16 index of code-point offset `offset`: one extra unit per astral character before it. */
function toUtf16(astral: readonly number[], offset: number): number {
  let lo = 0;
  let hi = astral.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (astral[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset + lo;
}
