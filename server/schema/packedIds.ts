/**
 * Lists of ids drawn from one table, held as indexes into it in one shared buffer: what an
 * analysis answer carries from the worker thread instead of arrays of id strings. The answer
 * crosses threads by structured clone, which copies every string on its own: agreement over 193
 * States names the shared targets of 18,528 pairs, millions of strings that took seconds to copy
 * on the thread that serves requests and hundreds of MB to keep. A buffer is copied in one piece,
 * and the shared table once.
 */
export interface PackedIds {
  readonly table: readonly string[];
  readonly indexes: Uint32Array;
}

/** Packs `lists` (each id must be in `table`), one `PackedIds` view per list, all on one buffer. */
export function packIds(table: readonly string[], lists: readonly (readonly string[])[]): PackedIds[] {
  const indexOf = new Map(table.map((id, i) => [id, i]));
  const buffer = new Uint32Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  return lists.map((list) => {
    const start = at;
    for (const id of list) {
      const index = indexOf.get(id);
      if (index === undefined) throw new Error(`packIds: ${JSON.stringify(id)} is not in the table it is packed against`);
      buffer[at++] = index;
    }
    return { table, indexes: buffer.subarray(start, at) };
  });
}

export function unpackIds(packed: PackedIds): string[] {
  return Array.from(packed.indexes, (index) => packed.table[index]!);
}
