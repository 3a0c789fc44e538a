import type { GraphQLResolveInfo } from 'graphql';
import type { Page, PageRequest, Position, PositionFilter } from '../../../graph/index.js';
import type { Context } from '../loaders.js';
import { positionPageSelected } from './positionPageSelected.js';

/**
 * A page of positions for a `PositionConnection` field, read with the actors, targets and
 * evidence documents (without their texts) its selection shows in one store call (one round trip on Neo4j:
 * `listPositionsWithReferences`); those are primed into the request's loaders, so the `actor`,
 * `target` and `document` fields below answer without asking the store again. The positions
 * carry only the fields the selection resolves from (positionPageSelected.ts), so they are not
 * primed anywhere: no other field may see them.
 */
export async function listPositionsPriming(
  context: Context,
  filter: PositionFilter,
  request: PageRequest,
  info: GraphQLResolveInfo,
): Promise<Page<Position>> {
  const { references, ...page } = await context.store.listPositionsWithReferences(filter, request, positionPageSelected(info));
  for (const actor of references.actors) context.loaders.actors.prime(actor);
  for (const target of references.targets) context.loaders.targets.prime(target);
  for (const document of references.documents) context.loaders.documentHeads.prime(document);
  return page;
}
