import { buildASTSchema, concatAST, isListType, isNonNullType, parse, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, test } from 'vitest';
import type { GraphCounts } from '../../graph/index.js';
import { DEFAULT_QUERY_LIMITS } from '../../server/config.js';
import { analysisTypeDefs } from '../../server/schema/analysisTypeDefs.js';
import { costEstimator, NESTED_LIST_ESTIMATE } from '../../server/schema/limits/costEstimator.js';
import { typeDefs } from '../../server/schema/typeDefs.js';
import { CELLS_QUERY } from '../../visualizer/src/app/api/loadStanceCells.js';

/**
 * The cost model prices by the graph's size whatever reads by the graph's size: a field added to
 * the schema without a price would cost a flat estimate at any scale, and an alias batch of it
 * would pass the limit at 300,000 positions. These cases walk the schema, so a new field is
 * checked without being named here.
 */

const schema: GraphQLSchema = buildASTSchema(concatAST([typeDefs, analysisTypeDefs]));
const queryFields = Object.values(schema.getQueryType()!.getFields());

/** The UN scale: 193 States, 1,000 targets, 300,000 positions. */
const UN_SCALE: GraphCounts = {
  actors: 230,
  persons: 400,
  meetings: 300,
  agendaItems: 3000,
  principles: 400,
  instruments: 200,
  proposals: 250,
  questions: 150,
  documents: 1500,
  statements: 120_000,
  positions: 300_000,
  relationships: 900_000,
};

const scaled = (counts: GraphCounts, factor: number): GraphCounts =>
  Object.fromEntries(Object.entries(counts).map(([kind, n]) => [kind, n * factor])) as unknown as GraphCounts;

function costOf(query: string, counts: GraphCounts, variables: Record<string, unknown> = {}): number {
  return getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator(counts)] });
}

/**
 * What the model charges for `field` on Query itself, with a selection costing one point per item:
 * asked of the estimator directly, since a selection of scalars alone is free.
 */
function priceOf(field: GraphQLField<unknown, unknown>, counts: GraphCounts): number {
  const estimate = costEstimator(counts)({ type: schema.getQueryType()!, field, args: {}, childComplexity: 1 } as never);
  if (typeof estimate !== 'number') throw new Error(`the cost model did not price Query.${field.name}`);
  return estimate;
}

const takesScope = (field: GraphQLField<unknown, unknown>) => field.args.some((arg) => arg.name === 'scope');
const isWholeList = (field: GraphQLField<unknown, unknown>) =>
  isListType(isNonNullType(field.type) ? field.type.ofType : field.type) && !field.args.some((arg) => arg.name === 'first');

describe('the cost model prices by the graph what reads by the graph', () => {
  test.each(queryFields.filter(takesScope).map((field) => [field.name, field] as const))(
    'analysis field %s costs one point per 100 positions in scope',
    (_name, field) => {
      expect(priceOf(field, UN_SCALE)).toBeGreaterThanOrEqual(UN_SCALE.positions / 100);
      expect(priceOf(field, scaled(UN_SCALE, 10))).toBeGreaterThanOrEqual((10 * UN_SCALE.positions) / 100);
    },
  );

  test.each(queryFields.filter((field) => isWholeList(field) && !takesScope(field)).map((field) => [field.name, field] as const))(
    'list field %s costs more on a larger graph',
    (_name, field) => {
      expect(priceOf(field, scaled(UN_SCALE, 10))).toBeGreaterThan(priceOf(field, UN_SCALE));
      expect(priceOf(field, UN_SCALE)).toBeGreaterThan(1 + NESTED_LIST_ESTIMATE);
    },
  );

  test('targets(query:) is priced as the whole catalog of every kind, questions included', () => {
    const targets = schema.getQueryType()!.getFields().targets!;
    expect(priceOf(targets, UN_SCALE) - priceOf(targets, { ...UN_SCALE, questions: 0 })).toBe(UN_SCALE.questions);
  });

  test("the explorer's stance cells fit the default limit at UN scale, and twenty aliased matrices do not", () => {
    const cells = costOf(CELLS_QUERY, UN_SCALE, { scope: {} });
    expect(cells).toBeGreaterThanOrEqual(UN_SCALE.positions / 100);
    expect(cells).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `m${i}: stanceMatrix { positions }`).join(' ')} }`;
    expect(costOf(aliased, UN_SCALE)).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });
});
