export * from './kinds.js';
export type * from './entities.js';
export { textSortKey, isTextSortKey, ID_PATTERN } from './sortKey.js';
export { idSlug } from './idSlug.js';
export { normalizeForMatch, tokenize, searchTextOf, parseSearchQuery, matchesSearchTerms } from './searchText.js';
