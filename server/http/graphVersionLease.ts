/**
 * The store's graph version as this process last confirmed it, trusted for `leaseMs` after the
 * read that confirmed it. Every request asks for the version before anything else (the response
 * cache keys on it); on Neo4j each ask is a Bolt round trip, which on this machine costs more than
 * answering a repeated query from memory. With a lease, a request inside it is answered without
 * that round trip, and one past half of it also starts a read in the background, so under steady
 * traffic no request waits for the store and the version is confirmed every `leaseMs / 2`.
 *
 * The price is bounded staleness: a write by another process is seen within `leaseMs` (plus one
 * read) instead of by the next request. That is the consistency a Neo4j cluster gives a reader
 * anyway (a follower applies a write shortly after the leader), and the API servers stay stateless:
 * nothing is kept that the store has not confirmed within the lease. `leaseMs = 0` reads on every
 * call, as before. With a lease, reads in flight are shared: concurrent callers past it wait for one.
 */
export interface GraphVersionLease {
  /** The graph version: the leased one if still valid, else a fresh read. */
  current(): Promise<string>;
}

export interface GraphVersionLeaseOptions {
  /** How long a confirmed version is trusted; 0 reads on every call. */
  readonly leaseMs: number;
  /** Milliseconds on a monotonic clock; `performance.now` unless a test drives the clock. */
  readonly now?: () => number;
}

export function graphVersionLease(read: () => Promise<string>, options: GraphVersionLeaseOptions): GraphVersionLease {
  const { leaseMs } = options;
  const now = options.now ?? (() => performance.now());
  let confirmed: { version: string; at: number } | null = null;
  let inFlight: Promise<string> | null = null;

  const refresh = (): Promise<string> => {
    if (inFlight !== null) return inFlight;
    const startedAt = now();
    const reading = read().then((version) => {
      // The version is as fresh as the moment the read was sent, not when its answer came back.
      if (confirmed === null || startedAt >= confirmed.at) confirmed = { version, at: startedAt };
      return version;
    });
    inFlight = reading;
    const clear = () => {
      if (inFlight === reading) inFlight = null;
    };
    reading.then(clear, clear);
    return reading;
  };

  return {
    current() {
      if (leaseMs <= 0) return read(); // each call its own read: a read already under way may predate a write this caller must see
      if (confirmed === null) return refresh();
      const age = now() - confirmed.at;
      if (age >= leaseMs) return refresh();
      // A background read's failure is not this caller's: the lease simply runs out, and the
      // first call after it reads (and reports) again.
      if (age >= leaseMs / 2) refresh().catch(() => {});
      return Promise.resolve(confirmed.version);
    },
  };
}
