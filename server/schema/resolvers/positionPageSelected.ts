import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PositionPageSelection, PositionPart } from '../../../graph/index.js';

/**
 * What a `PositionConnection` field's selection reads of its positions, so
 * `listPositionsWithReferences` fetches that and nothing more: the references it shows
 * (`edges { node { actor target evidence { document } } }`) and the parts of each position its
 * `node` fields resolve from. Follows fragment spreads and inline fragments; `@include`/`@skip`
 * are ignored (a field they drop is fetched anyway: harmless, only wasted).
 */
export function positionPageSelected(info: GraphQLResolveInfo): PositionPageSelection {
  const nodes = fieldsAt(info, info.fieldNodes, ['edges', 'node']);
  return {
    actors: nodes.some((field) => field.name.value === 'actor'),
    targets: nodes.some((field) => field.name.value === 'target'),
    documents: fieldsAt(info, nodes.filter((field) => field.name.value === 'evidence'), []).some((field) => field.name.value === 'document'),
    parts: partsOf(nodes),
  };
}

// Private:

/**
 * The parts of a position (graph/store/positionParts.ts) each field of the GraphQL `Position`
 * type resolves from: its resolver in types.ts, or graphql-js's default resolver reading the
 * property of the same name. A selected field missing here makes the page read every part, so a
 * field added to the type answers rightly before it is listed (test/http/positionParts.test.ts
 * asks for each field of the schema's `Position` alone).
 */
const PARTS_BY_FIELD: Readonly<Record<string, readonly PositionPart[]>> = {
  __typename: [],
  id: ['id'],
  stance: ['stance'],
  statement: ['statementId'],
  actor: ['actorId'],
  target: ['targetId'],
  evidence: ['evidence'],
  provenance: ['provenance'],
  note: ['note'],
  reservation: ['reservation'],
};

/** Undefined (every part) when a selected field is not in `PARTS_BY_FIELD`. */
function partsOf(nodes: readonly FieldNode[]): PositionPart[] | undefined {
  const parts = new Set<PositionPart>();
  for (const field of nodes) {
    const read = Object.hasOwn(PARTS_BY_FIELD, field.name.value) ? PARTS_BY_FIELD[field.name.value] : undefined;
    if (read === undefined) return undefined;
    for (const part of read) parts.add(part);
  }
  return [...parts];
}

/** The fields selected under `path` (field names, one per level) below `fields`. */
function fieldsAt(info: GraphQLResolveInfo, fields: readonly FieldNode[], path: readonly string[]): FieldNode[] {
  let level = fields.flatMap((field) => selected(info, field.selectionSet));
  for (const name of path) {
    level = level.filter((field) => field.name.value === name).flatMap((field) => selected(info, field.selectionSet));
  }
  return level;
}

function selected(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection];
      case Kind.INLINE_FRAGMENT:
        return selected(info, selection.selectionSet);
      case Kind.FRAGMENT_SPREAD: {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        return fragment ? selected(info, fragment.selectionSet) : [];
      }
    }
  });
}
