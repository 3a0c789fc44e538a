import { queryApi } from './queryApi.js';

/**
 * What analysis the API serves (server/schema/analysisTypeDefs.ts), read by introspection so the
 * explorer works against a server with or without it, and never sends a query the server would
 * reject. With `consensus` scores the matrix ranks by the API's figures; with `commonGround` the
 * Common ground panel lists the API's candidates; with `zeroDraft` the export menu offers the draft.
 */
export interface AnalysisCapabilities {
  /** `TargetConsensus` has `score`, the State counts and `divergence { smallerCamp margin }`. */
  readonly consensus: boolean;
  /** `Query.commonGround` returns `target`, `supporters` and `queriedBy`. */
  readonly commonGround: boolean;
  /** `Query.zeroDraft(format: MARKDOWN)` exists. */
  readonly zeroDraft: boolean;
  /** Those queries take `scope: AnalysisScope` (agenda items, actors). */
  readonly scope: boolean;
}

export const NO_ANALYSIS: AnalysisCapabilities = { consensus: false, commonGround: false, zeroDraft: false, scope: false };

export async function detectAnalysis(): Promise<AnalysisCapabilities> {
  const data = await queryApi<SchemaData>(SCHEMA_QUERY);
  const fieldsOf = (type: { fields: { name: string }[] | null } | null) => new Set((type?.fields ?? []).map((f) => f.name));
  const consensusFields = fieldsOf(data.consensus);
  const queryFields = new Map((data.query?.fields ?? []).map((f) => [f.name, new Set(f.args.map((a) => a.name))]));
  const commonGroundFields = fieldsOf(data.commonGround);
  const scoped = (name: string) => queryFields.get(name)?.has('scope') ?? false;
  const consensus = ['score', 'statesSpoke', 'supporting', 'opposing', 'qualifying', 'queryingOnly', 'divergence'].every((f) => consensusFields.has(f));
  const commonGround = queryFields.has('commonGround') && ['target', 'supporters', 'queriedBy'].every((f) => commonGroundFields.has(f));
  const zeroDraft = queryFields.get('zeroDraft')?.has('format') ?? false;
  return {
    consensus,
    commonGround,
    zeroDraft,
    scope: [consensus ? 'consensus' : null, commonGround ? 'commonGround' : null, zeroDraft ? 'zeroDraft' : null].every((name) => name === null || scoped(name)) && data.scope !== null,
  };
}

// Private:

const SCHEMA_QUERY = /* GraphQL */ `
  query AnalysisSchema {
    query: __type(name: "Query") { fields { name args { name } } }
    consensus: __type(name: "TargetConsensus") { fields { name } }
    commonGround: __type(name: "CommonGround") { fields { name } }
    scope: __type(name: "AnalysisScope") { name }
  }
`;

interface SchemaData {
  query: { fields: { name: string; args: { name: string }[] }[] } | null;
  consensus: { fields: { name: string }[] | null } | null;
  commonGround: { fields: { name: string }[] | null } | null;
  scope: { name: string } | null;
}
