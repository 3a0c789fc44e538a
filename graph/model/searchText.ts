/**
 * One definition of text matching, shared by every store so that they answer identically.
 * Stores index the output of these functions (SQLite FTS5, Neo4j full-text) instead of running
 * their own analysers over raw text: SQLite's unicode61 tokenizer and Lucene's standard analyzer
 * disagree on apostrophes ("People's") and digits, and the contract suite demands equal answers.
 */

/** Lower case, compatibility-decomposed, diacritics and Markdown emphasis dropped, quotes straightened. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The tokens of a text: maximal runs of letters and digits after `normalizeForMatch`. */
export function tokenize(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** What stores index for full-text search: the tokens joined by single spaces. */
export function searchTextOf(text: string): string {
  return tokenize(text).join(' ');
}

/**
 * Parses a user's search query into terms: each token must occur as a whole token; a token
 * written with a trailing `*` matches any token it begins. Returns an empty list when the query
 * holds no letter or digit.
 */
export function parseSearchQuery(query: string): string[] {
  const terms: string[] = [];
  for (const word of query.split(/\s+/)) {
    const isPrefix = word.endsWith('*');
    const tokens = tokenize(word);
    tokens.forEach((token, index) => {
      terms.push(isPrefix && index === tokens.length - 1 ? `${token}*` : token);
    });
  }
  return [...new Set(terms)];
}

/** Whether a statement's indexed search text holds every term; the reference semantics. */
export function matchesSearchTerms(searchText: string, terms: readonly string[]): boolean {
  const tokens = searchText.split(' ');
  return terms.every((term) =>
    term.endsWith('*')
      ? tokens.some((token) => token.startsWith(term.slice(0, -1)))
      : tokens.includes(term),
  );
}
