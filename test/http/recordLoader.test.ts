import { describe, expect, test } from 'vitest';
import { RecordLoader } from '../../server/schema/recordLoader.js';

interface Row {
  readonly id: string;
  readonly name: string;
}

/** A loader over a fixed table that records every batch it is asked for. */
function recordingLoader(table: readonly Row[]) {
  const batches: string[][] = [];
  const loader = new RecordLoader<Row>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => table.find((row) => row.id === id) ?? null);
  });
  return { loader, batches };
}

const table: Row[] = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Beta' },
];

describe('RecordLoader', () => {
  test('answers a primed record synchronously, without a batch', () => {
    const { loader, batches } = recordingLoader(table);
    loader.prime({ id: 'z', name: 'Zeta' });
    expect(loader.require('z', 'z')).toEqual({ id: 'z', name: 'Zeta' });
    expect(batches).toEqual([]);
  });

  test('loads unknown records in one batch, then answers them synchronously', async () => {
    const { loader, batches } = recordingLoader(table);
    const first = loader.require('a', 'a');
    const second = loader.require('b', 'b');
    expect(first).toBeInstanceOf(Promise);
    expect(await Promise.all([first, second])).toEqual(table);
    expect(batches).toEqual([['a', 'b']]);
    expect(loader.require('b', 'b')).toEqual(table[1]);
    expect(batches).toHaveLength(1);
  });

  test('a dangling reference rejects with what pointed to it', async () => {
    const { loader } = recordingLoader(table);
    await expect(loader.require('gone', 'position p1 actor')).rejects.toThrow('dangling reference: position p1 actor');
  });

  test('load answers null for a missing id, and a known record from what the request holds', async () => {
    const { loader, batches } = recordingLoader(table);
    expect(await loader.load('gone')).toBeNull();
    loader.prime({ id: 'z', name: 'Zeta' });
    expect(await loader.load('z')).toEqual({ id: 'z', name: 'Zeta' });
    expect(batches).toEqual([['gone']]);
  });
});
