/**
 * Converts JavaScript string indices (UTF-16 code units) into Unicode code point offsets, the unit
 * the W3C Web Annotation model's TextPositionSelector counts in
 * (https://www.w3.org/TR/annotation-model/#text-position-selector). For text without astral
 * characters, as the seed report is, the two are equal.
 */
export function codePointIndex(text: string): (utf16Index: number) => number {
  const astralBefore: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) astralBefore.push(i);
  }
  if (astralBefore.length === 0) return (index) => index;
  // A surrogate pair counts as one code point once both its halves lie before `index`.
  return (index) => index - astralBefore.filter((at) => at + 1 < index).length;
}
