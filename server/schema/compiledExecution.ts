import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  execute,
  getVariableValues,
  isAbstractType,
  printSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

export interface CompiledExecutionOptions {
  /**
   * How many times graphql-js executes a document before it is compiled: 0 compiles it on first
   * sight. A compile costs about what one execution does (1–4 ms for a page of positions, ~20 ms
   * for GraphiQL's introspection query), so a document sent once is not worth compiling, and a
   * stream of unique documents costs no more than it would without the compiler.
   */
  readonly compileAfter: number;
  /** For fields without a resolver of their own, on graphql-js's path (createApolloServer.ts). */
  readonly fieldResolver: GraphQLFieldResolver<unknown, unknown>;
}

/**
 * Executes operations the way graphql-js does, but each document sent more than `compileAfter`
 * times is compiled by graphql-jit into one function, which then runs without graphql-js's
 * per-field bookkeeping (resolve infos, paths, promise checks): on a 100-position page of ~1,600
 * fields, execution alone went from 1.39–1.63 × to 1.14–1.42 × the hand-written Cypher query it
 * wraps, and the server's CPU per page fell 14–19 % (bench/README.md, "The main query compiled").
 *
 * Plugged in through Apollo's gateway interface, its only way to replace execution: Apollo still
 * parses, validates, applies the limits' plugins and formats errors. What could differ between
 * the two executors is kept identical here, and `test/http/compiledExecution.test.ts` compares
 * their answers:
 * - variables are coerced by graphql-js first, so an invalid variable gets graphql-js's message
 *   (and Apollo's BAD_USER_INPUT) on both paths;
 * - errors are rebuilt as graphql-js GraphQLErrors with their original error, so formatError.ts
 *   maps them to codes the same way;
 * - a document graphql-jit cannot compile runs on graphql-js for good;
 * - type resolvers are guarded, since graphql-jit calls them outside its error handling (one that
 *   throws would leave the request unanswered).
 *
 * graphql-jit reads a field without a resolver as a plain property: resolvers never return
 * function- or promise-valued properties for the executor to call or await (resolvers/).
 */
export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): Gateway {
  guardTypeResolvers(schema);
  const plans = new WeakMap<DocumentNode, DocumentPlan>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let plan = plans.get(document);
    if (!plan) plans.set(document, (plan = { runs: 0, compiled: new Map() }));
    if (plan.runs < options.compileAfter) {
      plan.runs += 1;
      return null;
    }
    const key = operationName ?? '';
    let compiled = plan.compiled.get(key);
    if (compiled === undefined) {
      compiled = compileOrNull(schema, document, operationName);
      plan.compiled.set(key, compiled);
    }
    return compiled;
  };
  return {
    async load() {
      return {
        // `request.operationName` is the name the client asked for; the context's own
        // `operationName` is the operation Apollo found, null when it found none.
        executor: async ({ document, operation, context, request }) => {
          const operationName = request.operationName;
          const variables = request.variables ?? {};
          const compiled = compiledFor(document, operationName ?? undefined);
          if (!compiled) {
            return execute({ schema, document, contextValue: context, variableValues: variables, operationName, fieldResolver: options.fieldResolver });
          }
          // A compiled document has the operation asked for, which Apollo has already found.
          const refused = refusedVariables(schema, operation, variables);
          if (refused) return { errors: refused };
          const result = await compiled.query(undefined, context, variables);
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

// Private:

interface DocumentPlan {
  runs: number;
  /** Per operation name; null: graphql-jit could not compile it, graphql-js runs it. */
  readonly compiled: Map<string, CompiledQuery | null>;
}

function compileOrNull(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/** graphql-js's own coercion errors for the operation's variables, if any. */
function refusedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): readonly GraphQLError[] | null {
  if (!operation.variableDefinitions?.length) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions, inputs);
  return coerced.errors ?? null;
}

/**
 * graphql-jit's errors inherit from GraphQLError but leave `extensions` undefined when the
 * original error has none, which Apollo's error formatting does not expect.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-jit computed the locations already; graphql-js would derive them from AST nodes.
  (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

function guardTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const resolveType = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      try {
        return resolveType(value, context, info, abstractType);
      } catch (error) {
        console.error(error);
        return undefined; // answered as "Runtime Object type is not a possible type", a field error
      }
    };
  }
}
