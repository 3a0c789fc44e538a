/**
 * `map.get(id)`, for ids the input itself refers to (a position's actor, a citation's document). A
 * miss means the input is broken (a store with a dangling reference, a hand-made fixture with a
 * gap), not that the caller erred, so it throws a plain Error rather than a user-input error.
 */
export function mustGet<T>(map: ReadonlyMap<string, T>, id: string, noun: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`analysis input refers to ${noun} ${JSON.stringify(id)} but does not hold it`);
  return found;
}
