/**
 * A Lucene query for normalised search terms (graph/model/searchText.ts `parseSearchQuery`): every
 * term required (`+`), a trailing `*` kept as a prefix wildcard, everything else escaped so no
 * term is read as syntax. Against the whitespace-analysed `searchText` this is exactly
 * `matchesSearchTerms`: whole tokens, or tokens beginning with a prefix term.
 * Syntax: https://lucene.apache.org/core/9_11_0/queryparser/org/apache/lucene/queryparser/classic/package-summary.html
 */
export function luceneQueryOf(terms: readonly string[]): string {
  return terms
    .map((term) => (term.endsWith('*') ? `+${escape(term.slice(0, -1))}*` : `+${escape(term)}`))
    .join(' ');
}

// Private:

/** Lucene's special characters; `&&`/`||` are covered by escaping `&` and `|`. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function escape(term: string): string {
  return term.replace(SPECIAL, (char) => `\\${char}`);
}
