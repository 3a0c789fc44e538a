import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { analysisQueries } from './resolvers/analysis.js';

/**
 * Whether a GraphQL request body asks only for analyses: one query operation (the one named, or
 * the only one) whose top-level selections are all analysis fields (`consensus`, `agreement`,
 * `stanceMatrix`, ...) or `__typename`. Such a request is executed whole in the analysis worker
 * (analysisWorker.ts), answers included, so that walking and serialising tens of thousands of
 * result objects never holds the thread that serves other requests. Anything else (a mix, a
 * fragment at the root, a document that does not parse) is for the serving thread, which reports
 * its errors as usual.
 */
export function isAnalysisOperation(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName == null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === '__typename' || ANALYSIS_FIELDS.has(selection.name.value)),
  );
}

// Private:

const ANALYSIS_FIELDS: ReadonlySet<string> = new Set(Object.keys(analysisQueries));
