import { getNamedType, isLeafType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphCounts } from '../../../graph/index.js';

/**
 * The cost model. One point is about one object the server resolves; scalars are free except
 * document texts. What a field costs:
 * - a connection (`first` argument): 1 + first × its selection (first defaults to the schema's
 *   page size, 20), so nested pages multiply as the work they cause does;
 * - a catalog list on Query (actors, documents, ...): 1 + the graph's count of that kind × its
 *   selection: these lists are read whole;
 * - an analysis field (every Query field that takes an AnalysisScope: analysisBasis, consensus,
 *   stanceMatrix, stanceColumns, divergences, agreement, blocs, commonGround, zeroDraft),
 *   positionCountsByAgendaItem and search: what they read, one point per 100 positions
 *   (statements for search), at least 10;
 *   bulk reads cost far less per row than resolved objects;
 * - any other list: 1 + NESTED_LIST_ESTIMATE × its selection, since its length is not known before
 *   running it;
 * - `Document.text`: 10 (a whole document), other fields 1 + their selection.
 * The response-size cap (responseSizeLimit) is the backstop where an estimate falls short.
 */
export function costEstimator(counts: GraphCounts): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = `${type.name}.${field.name}`;
    if (own === 'Document.text') return 10;
    if (type.name === 'Query') {
      const analysed = ANALYSIS_READS[field.name];
      if (analysed) {
        const read = Math.max(MIN_READ_COST, Math.ceil(counts[analysed] / ROWS_PER_POINT));
        const repeat = typeof args.first === 'number' ? args.first : isList(field.type) ? NESTED_LIST_ESTIMATE : 1;
        return read + repeat * childComplexity;
      }
      const catalog = CATALOG_SIZES[field.name];
      if (catalog) return 1 + catalog(counts) * childComplexity;
    }
    if (typeof args.first === 'number') return 1 + args.first * childComplexity;
    if (isList(field.type)) return 1 + NESTED_LIST_ESTIMATE * childComplexity;
    return isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;
  };
}

/** Assumed length of a list whose length is unknown before running (agenda items, a statement's positions). */
export const NESTED_LIST_ESTIMATE = 10;

// Private:

const ROWS_PER_POINT = 100;
const MIN_READ_COST = 10;

const ANALYSIS_READS: Record<string, 'positions' | 'statements'> = {
  analysisBasis: 'positions',
  consensus: 'positions',
  stanceMatrix: 'positions',
  stanceColumns: 'positions',
  divergences: 'positions',
  agreement: 'positions',
  blocs: 'positions',
  commonGround: 'positions',
  zeroDraft: 'positions',
  search: 'statements',
  // A count per agenda item over every matching position.
  positionCountsByAgendaItem: 'positions',
};

const CATALOG_SIZES: Record<string, (counts: GraphCounts) => number> = {
  actors: (c) => c.actors,
  principles: (c) => c.principles,
  instruments: (c) => c.instruments,
  proposals: (c) => c.proposals,
  questions: (c) => c.questions,
  // `targets(query:)` filters the whole catalog of every kind.
  targets: (c) => c.principles + c.instruments + c.proposals + c.questions,
  meetings: (c) => c.meetings,
  documents: (c) => c.documents,
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
