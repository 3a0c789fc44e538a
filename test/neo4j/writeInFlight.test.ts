import { describe, expect, test } from 'vitest';
import { writeInFlight } from '../../graph/store/neo4j/writeInFlight.js';

/** A write the test settles by hand, recording when it started. */
function controlledWrites(count: number) {
  const started: number[] = [];
  const settle: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const writes = Array.from({ length: count }, (_, index) => () => {
    started.push(index);
    return new Promise<void>((resolve, reject) => settle.push({ resolve, reject }));
  });
  return { writes, started, settle };
}

/** Lets every promise callback already queued run. */
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('writeInFlight (a direct load keeps a bounded number of batches in flight)', () => {
  test('starts writes in order, never more than the limit at once, and resolves when all have', async () => {
    const { writes, started, settle } = controlledWrites(5);
    let done = false;
    const all = writeInFlight(writes, 2).then(() => (done = true));
    await drain();
    expect(started).toEqual([0, 1]);
    settle[1]!.resolve();
    await drain();
    expect(started).toEqual([0, 1, 2]);
    settle[0]!.resolve();
    settle[2]!.resolve();
    await drain();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    settle[3]!.resolve();
    await drain();
    expect(done).toBe(false);
    settle[4]!.resolve();
    await all;
    expect(done).toBe(true);
  });

  test('after a failure it starts no further write, waits for those in flight, then throws the failure', async () => {
    const { writes, started, settle } = controlledWrites(5);
    let outcome: unknown = 'pending';
    const all = writeInFlight(writes, 2).catch((error: unknown) => (outcome = error));
    await drain();
    settle[0]!.reject(new Error('batch 0 failed'));
    await drain();
    expect(outcome).toBe('pending'); // batch 1 is still in flight
    settle[1]!.resolve();
    await all;
    expect(outcome).toMatchObject({ message: 'batch 0 failed' });
    expect(started).toEqual([0, 1]);
  });
});
