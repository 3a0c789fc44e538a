/**
 * Runs `writes` in order, at most `limit` at a time: while one batch commits, the next is sent,
 * decoded and executed, so Neo4j's Bolt decoding, query execution and commit (and this process's
 * encoding) overlap instead of taking turns. Stops starting writes at the first failure and
 * throws it once those in flight have settled, so a caller's clean-up never races a write.
 */
export async function writeInFlight(writes: Iterable<() => Promise<unknown>>, limit: number): Promise<void> {
  const running = new Set<Promise<unknown>>();
  let failure: { error: unknown } | null = null;
  for (const write of writes) {
    if (failure) break;
    const promise: Promise<unknown> = write().then(
      () => running.delete(promise),
      (error: unknown) => {
        running.delete(promise);
        failure ??= { error };
      },
    );
    running.add(promise);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw (failure as { error: unknown }).error;
}
