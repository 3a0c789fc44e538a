import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation type the schema does not define (this API has queries only), as
 * graphql-js 17's KnownOperationTypesRule does. graphql-js 16 only notices it during execution and
 * throws an error without a code, which clients would see as INTERNAL_SERVER_ERROR.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${node.operation} operations: it is read-only. Send a query; the schema lists its fields.`, {
        nodes: node,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
  },
});
