import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config.js';
import { limitError } from './limitError.js';

/**
 * GraphQL Armor's depth, alias and directive rules, run with the other validation rules so an
 * operation over a limit is refused before execution. Armor words its message ("Query depth limit
 * of 12 exceeded, found 14."); we keep it, drop its misleading "Syntax Error:" prefix, and add the
 * limit as data.
 */
export function structureRules(limits: QueryLimits): ValidationRule[] {
  const reject = (name: keyof QueryLimits, hint: string) => (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    const found = Number(/found (\d+)/.exec(message)?.[1]);
    context?.reportError(
      limitError('GRAPHQL_VALIDATION_FAILED', `${message} ${hint}`, { name, max: limits[name], ...(Number.isFinite(found) ? { found } : {}) }),
    );
  };
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [reject('maxDepth', 'Split the query, or follow ids in a second query.')] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reject('maxAliases', 'Send fewer aliased fields per request.')] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reject('maxDirectives', 'Send fewer directives per request.')] }),
  ];
}
