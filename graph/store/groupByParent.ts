/**
 * The answer of a per-parent batch read (`list*By*Ids` in port.ts): one list per requested parent
 * id, in input order (a repeated id gets its own copy, an unknown one an empty list), each keeping
 * the order in which the store returned the children. Both adapters read every parent's children
 * in one query, ordered as the port states, and hand the rows here.
 */
export function groupByParent<T>(parentIds: readonly string[], children: readonly T[], parentOf: (child: T) => string): T[][] {
  const byParent = new Map<string, T[]>();
  for (const child of children) {
    const parent = parentOf(child);
    const list = byParent.get(parent);
    if (list) list.push(child);
    else byParent.set(parent, [child]);
  }
  return parentIds.map((id) => [...(byParent.get(id) ?? [])]);
}

/** Children that belong to several parents (a principle enshrined in two instruments): rows of [parent, child]. */
export function groupPairsByParent<T>(parentIds: readonly string[], pairs: readonly (readonly [string, T])[]): T[][] {
  return groupByParent(parentIds, pairs, ([parent]) => parent).map((list) => list.map(([, child]) => child));
}
