/**
 * A copy of the text of the same length, for pattern matching only: Markdown emphasis, curly
 * apostrophes and odd spaces are replaced one character for one, so an index into the copy is an
 * index into the original and every quote is still cut from the original text.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[*_]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
