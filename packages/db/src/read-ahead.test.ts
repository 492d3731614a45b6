import { describe, expect, it } from 'vitest';
import { readAheadMap, withReadAhead } from './read-ahead';
import type { Store } from './store';

const A = { pk: 'T#x#A', sk: 'A' };
const B = { pk: 'T#x#B', sk: 'B' };
const C = { pk: 'T#x#C', sk: 'C' };

/** A store that records the reads reaching it and answers every key with an item. */
function table() {
  const reads: string[] = [];
  const base = {
    marker: 'base',
    async get(key: { pk: string; sk: string }) {
      reads.push(`get ${key.sk}`);
      return { ...key, from: 'table' };
    },
    async batchGet(keys: { pk: string; sk: string }[], consistent = false) {
      reads.push(`batchGet ${keys.map((k) => k.sk).join(',')} ${consistent}`);
      return keys.map((k) => ({ ...k, from: 'table' }));
    },
    async query() {
      reads.push('query');
      return { items: [] };
    },
  };
  return { reads, store: base as unknown as Store };
}

describe('withReadAhead', () => {
  it('answers the first read of a key read ahead, and the table for the rest', async () => {
    const { reads, store } = table();
    const ahead = withReadAhead(store, readAheadMap([A, B], [{ ...A, from: 'ahead' }]));
    const got = await ahead.batchGet<{ sk: string; from: string }>([A, B, C], true);
    // A from the read ahead; B was read ahead and is absent; only C reaches the table.
    expect(got.map((i) => `${i.sk}:${i.from}`).sort()).toEqual(['A:ahead', 'C:table']);
    expect(reads).toEqual(['batchGet C true']);
  });

  it('hands each item out once: a second read (after the request wrote) goes to the table', async () => {
    const { reads, store } = table();
    const ahead = withReadAhead(store, readAheadMap([A], [{ ...A, from: 'ahead' }]));
    expect(await ahead.get(A)).toMatchObject({ from: 'ahead' });
    expect(await ahead.get(A)).toMatchObject({ from: 'table' });
    expect(reads).toEqual(['get A']);
  });

  it('gives copies, and keeps the rest of the store (its other methods and fields)', async () => {
    const { reads, store } = table();
    const item = { ...A, list: [1] };
    const ahead = withReadAhead(store, readAheadMap([A], [item]));
    const got = await ahead.get<{ list: number[] }>(A);
    got!.list.push(2);
    expect(item.list).toEqual([1]);
    await (ahead as unknown as { query(): Promise<unknown> }).query();
    expect((ahead as unknown as { marker: string }).marker).toBe('base');
    expect(reads).toEqual(['query']);
  });

  it('answers a key read ahead and absent with nothing, without a call', async () => {
    const { reads, store } = table();
    const ahead = withReadAhead(store, readAheadMap([B, C], []));
    expect(await ahead.get(B)).toBeUndefined();
    expect(await ahead.batchGet([C])).toEqual([]);
    expect(reads).toEqual([]);
  });
});
