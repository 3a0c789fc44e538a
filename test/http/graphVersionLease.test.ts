import { describe, expect, test } from 'vitest';
import { graphVersionLease } from '../../server/http/graphVersionLease.js';

/** A store's version read whose answers the test releases one by one, on a clock the test moves. */
function scripted() {
  const pending: { resolve: (version: string) => void; reject: (error: Error) => void }[] = [];
  let clock = 0;
  return {
    read: () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })),
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    pending,
    /** Lets the lease's promise callbacks run. */
    settle: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

/** A lease of a second whose first read has answered `version` at time 0. */
async function leasedAfterFirstRead(version: string) {
  const store = scripted();
  const lease = graphVersionLease(store.read, { leaseMs: 1000, now: store.now });
  const first = lease.current();
  store.pending[0]!.resolve(version);
  await first;
  return { store, lease };
}

describe('the graph version lease', () => {
  test('with no lease, every call reads the store, even while another read is under way', async () => {
    const store = scripted();
    const lease = graphVersionLease(store.read, { leaseMs: 0, now: store.now });
    const first = lease.current();
    const second = lease.current();
    expect(store.pending).toHaveLength(2);
    store.pending[0]!.resolve('1.1');
    store.pending[1]!.resolve('1.2');
    expect([await first, await second]).toEqual(['1.1', '1.2']);
  });

  test('inside the lease, calls are answered without a read; concurrent first calls share one', async () => {
    const store = scripted();
    const lease = graphVersionLease(store.read, { leaseMs: 1000, now: store.now });
    const calls = [lease.current(), lease.current()];
    expect(store.pending).toHaveLength(1);
    store.pending[0]!.resolve('1.1');
    expect(await Promise.all(calls)).toEqual(['1.1', '1.1']);
    store.advance(400);
    expect(await lease.current()).toBe('1.1');
    expect(store.pending).toHaveLength(1);
  });

  test('past half the lease, the leased version is answered at once and a read starts behind it', async () => {
    const { store, lease } = await leasedAfterFirstRead('1.1');
    store.advance(600);
    expect(await lease.current()).toBe('1.1'); // answered before the background read returns
    expect(store.pending).toHaveLength(2);
    expect(await lease.current()).toBe('1.1'); // the read under way is not started twice
    expect(store.pending).toHaveLength(2);
    store.pending[1]!.resolve('1.2'); // a write happened
    await store.settle();
    store.advance(450); // past the first lease, in the first half of the one the background read began
    expect(await lease.current()).toBe('1.2');
    expect(store.pending).toHaveLength(2);
  });

  test('once the lease has run out, the call waits for a fresh read', async () => {
    const { store, lease } = await leasedAfterFirstRead('1.1');
    store.advance(1000);
    const late = lease.current();
    expect(store.pending).toHaveLength(2);
    store.pending[1]!.resolve('2.0');
    expect(await late).toBe('2.0');
  });

  test('a failed background read costs no caller; the first call after the lease reads again and reports its failure', async () => {
    const { store, lease } = await leasedAfterFirstRead('1.1');
    store.advance(600);
    expect(await lease.current()).toBe('1.1');
    store.pending[1]!.reject(new Error('store unavailable'));
    await store.settle();
    expect(await lease.current()).toBe('1.1');
    store.advance(400);
    const late = lease.current();
    expect(store.pending).toHaveLength(3);
    store.pending[2]!.reject(new Error('store unavailable'));
    await expect(late).rejects.toThrow('store unavailable');
  });

  test('a call past the lease while a read is out shares it; the version counts from when that read was sent', async () => {
    const { store, lease } = await leasedAfterFirstRead('1.1');
    store.advance(600);
    await lease.current(); // background read #1 starts at 600
    store.advance(500);
    // Past the lease while #1 is still out: the call shares #1 rather than starting another.
    const late = lease.current();
    expect(store.pending).toHaveLength(2);
    store.pending[1]!.resolve('1.2');
    expect(await late).toBe('1.2');
    store.advance(300); // 800 after #1 was sent: inside its lease (1,400 after the first read: past that one's)
    expect(await lease.current()).toBe('1.2'); // answered without waiting; past half, a read starts behind it
    expect(store.pending).toHaveLength(3);
  });
});
