import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PositionReferenceKinds } from '../../../graph/index.js';

/**
 * Which references of its positions a `PositionConnection` field's selection reads
 * (`edges { node { actor target evidence { document } } }`), so `listPositionsWithReferences`
 * fetches those with the page and nothing more. Follows fragment spreads and inline fragments;
 * `@include`/`@skip` are ignored (a field they drop is fetched anyway: harmless, only wasted).
 */
export function positionReferencesSelected(info: GraphQLResolveInfo): PositionReferenceKinds {
  const nodes = fieldsAt(info, info.fieldNodes, ['edges', 'node']);
  return {
    actors: nodes.some((field) => field.name.value === 'actor'),
    targets: nodes.some((field) => field.name.value === 'target'),
    documents: fieldsAt(info, nodes.filter((field) => field.name.value === 'evidence'), []).some((field) => field.name.value === 'document'),
  };
}

// Private:

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
