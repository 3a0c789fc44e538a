import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type ValueNode,
} from 'graphql';
import { parseSearchQuery } from '../../../graph/index.js';
import type { QueryLimits } from '../../config.js';
import { excerpt, limitError } from './limitError.js';

/**
 * Caps argument values, written inline or passed as variables, before any resolver runs: list
 * lengths (`maxListLength`), String lengths (`maxStringLength`), ID lengths (`maxIdLength`) and
 * the words of `search(query:)` (`maxSearchTerms`). Errors are BAD_USER_INPUT naming the argument
 * path and quoting only a bounded excerpt of the value, so a megabyte id is neither processed
 * (no did-you-mean over it) nor echoed back.
 */
export function argumentLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                const argument = typeInfo.getArgument();
                const field = typeInfo.getFieldDef();
                if (!argument || !field) return;
                const path = `${field.name}(${node.name.value})`;
                const value = valueOf(node.value, variables);
                checkValue(limits, path, argument.type, value);
                if (field.name === 'search' && node.name.value === 'query' && typeof value === 'string') {
                  checkSearchTerms(limits, path, value);
                }
              },
            }),
          );
        },
      };
    },
  };
}

// Private:

/** The argument's value as JS: inline literals are read, variables looked up. */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((item) => valueOf(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    default:
      return null; // numbers, booleans, null: nothing to cap
  }
}

function checkValue(limits: QueryLimits, path: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > limits.maxListLength) {
      throw limitError(
        'BAD_USER_INPUT',
        `${path}: ${items.length} items is over the limit of ${limits.maxListLength} (maxListLength); split the request.`,
        { name: 'maxListLength', max: limits.maxListLength, found: items.length },
        { argument: path },
      );
    }
    items.forEach((item, index) => checkValue(limits, `${path}[${index}]`, inner.ofType as GraphQLInputType, item));
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return; // graphql-js refuses the wrong shape itself
    const fields = inner.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(limits, `${path}.${name}`, field.type, fieldValue);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const isId = getNamedType(inner).name === 'ID';
  const max = isId ? limits.maxIdLength : limits.maxStringLength;
  if (value.length > max) {
    const name = isId ? 'maxIdLength' : 'maxStringLength';
    throw limitError(
      'BAD_USER_INPUT',
      `${path}: ${excerpt(value)} is longer than the limit of ${max} characters (${name}).`,
      { name, max, found: value.length },
      { argument: path },
    );
  }
}

function checkSearchTerms(limits: QueryLimits, path: string, query: string): void {
  const terms = parseSearchQuery(query);
  if (terms.length > limits.maxSearchTerms) {
    throw limitError(
      'BAD_USER_INPUT',
      `${path}: ${terms.length} words is over the limit of ${limits.maxSearchTerms} (maxSearchTerms); search for fewer, more specific words.`,
      { name: 'maxSearchTerms', max: limits.maxSearchTerms, found: terms.length },
      { argument: path },
    );
  }
}
