/**
 * Text as an id part, the one rule ingest and import share for ids they make from names, headers
 * and file names: accents dropped, lower case, every run of other characters one hyphen, at most
 * 60 characters, no hyphen at either end ("Q1. Is sovereignty a rule?" -> "q1-is-sovereignty-a-rule").
 * `fallback` when nothing is left (a name of punctuation or of a script without Latin letters).
 */
export function idSlug(text: string, fallback: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base === '' ? fallback : base;
}
