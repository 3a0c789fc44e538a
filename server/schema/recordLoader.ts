import DataLoader from 'dataloader';

/**
 * A request's loader of records by id (one DataLoader batch per tick, as before) that also
 * answers synchronously for a record the request already holds: primed from a page's references
 * or returned by an earlier batch. graphql-js completes an object whose fields all answer
 * synchronously without building a promise for it, so a page of 100 positions whose actors,
 * targets and documents came with the page resolves its 1,500 fields without one promise per
 * reference (promises and their microtasks were a fifth of the server's CPU for that page).
 */
export class RecordLoader<T extends { readonly id: string }> {
  readonly #known = new Map<string, T>();
  readonly #loader: DataLoader<string, T | null>;

  constructor(batch: (ids: readonly string[]) => Promise<(T | null)[]>) {
    this.#loader = new DataLoader<string, T | null>(async (ids) => {
      const found = await batch(ids);
      for (const record of found) if (record) this.#known.set(record.id, record);
      return found;
    });
  }

  /** The record with this id, or null when there is none (a query's `actor(id:)`). */
  load(id: string): Promise<T | null> {
    // DataLoader's own cache already answers a primed or loaded id without a batch.
    return this.#loader.load(id);
  }

  loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> {
    return this.#loader.loadMany(ids);
  }

  /**
   * The record a stored reference points to: the record itself when this request holds it, else
   * a promise of it. A dangling reference is a broken store, not a user error, and throws.
   */
  require(id: string, what: string): T | Promise<T> {
    const known = this.#known.get(id);
    if (known) return known;
    return this.#loader.load(id).then((found) => {
      if (found === null) throw new Error(`dangling reference: ${what}`);
      return found;
    });
  }

  /** Adds a record read by another call (a page's references) to what this request holds. */
  prime(record: T): void {
    this.#known.set(record.id, record);
    this.#loader.prime(record.id, record);
  }
}
