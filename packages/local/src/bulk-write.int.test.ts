import { AppError, conflict } from '@pamong/core';
import {
  BulkWriteError,
  countDynamoCalls,
  DeferredStore,
  type Store,
  type TxItem,
  writeTransactions,
} from '@pamong/db';
import * as surveyResponsesRepo from '@pamong/db/repos/surveys/responses';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTable } from '../../../tests/support/dynamo';

describe('writeTransactions and DeferredStore against DynamoDB Local', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await freshTable()).store;
  });

  const put = (pk: string, extra: Record<string, unknown> = {}): TxItem => ({
    op: {
      Put: {
        TableName: store.tableName,
        Item: { pk, sk: 'A', ...extra },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: () => conflict(`${pk} exists`),
  });
  const counters = (prefix: string, delta: Record<string, number>) =>
    surveyResponsesRepo.counterAddOp(store.tableName, { pk: `${prefix}#IKM`, sk: 'UNIT' }, delta, {
      scope: 'unit',
      month: '2026-01',
    });

  it('leaves counters exactly as the same transactions sent one by one do', async () => {
    const deltas = Array.from({ length: 40 }, (_, i) => ({
      'all.r': 1,
      'all.s.U1': 1 + (i % 4),
      [`all.g.${i % 3 === 0 ? 'L' : 'P'}`]: 1,
    }));
    const bulk = deltas.map((d, i) => [put(`bulk#resp${i}`), counters('bulk', d)]);
    const { result, calls } = await countDynamoCalls(() =>
      writeTransactions(store, bulk, { ordered: false }),
    );
    expect(result).toMatchObject({ transactions: 40, items: 80 });
    expect(calls.byCommand.TransactWriteItems).toBeLessThan(5);
    for (const [i, d] of deltas.entries()) await store.transact([put(`one#resp${i}`), counters('one', d)]);

    const bulkItem = await store.get<Record<string, unknown>>({ pk: 'bulk#IKM', sk: 'UNIT' }, true);
    const oneItem = await store.get<Record<string, unknown>>({ pk: 'one#IKM', sk: 'UNIT' }, true);
    const { pk: _a, ...b } = bulkItem!;
    const { pk: _b, ...o } = oneItem!;
    expect(b).toEqual(o);
    expect(b['all.r']).toBe(40);
  });

  it('writes the others and names the one transaction that failed, with its own error', async () => {
    await store.transact([put('taken')]);
    const txs = [[put('free1')], [put('taken')], [put('free2')]];
    const err = await writeTransactions(store, txs, { ordered: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkWriteError);
    expect((err as BulkWriteError).transaction).toBe(1);
    expect((err as BulkWriteError).cause).toBeInstanceOf(AppError);
    expect(((err as BulkWriteError).cause as AppError).detail).toBe('taken exists');
    expect(await store.get({ pk: 'free1', sk: 'A' }, true)).toBeDefined();
  });

  it('on a table it created, writes new items in BatchWriteItem and leaves the same table', async () => {
    const txs = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => [
        put(`${prefix}#emp${i}`, { name: `Pegawai ${i}` }),
        put(`${prefix}#audit${i}`),
        counters(prefix, { 'all.r': 1, [`all.s.U${i % 3}`]: 2 }),
      ]);
    const emptyTable = { written: new Set<string>() };
    const { result: fast, calls } = await countDynamoCalls(() =>
      writeTransactions(store, txs('lane'), { ordered: false, emptyTable }),
    );
    const { result: slow, calls: txCalls } = await countDynamoCalls(() =>
      writeTransactions(store, txs('tx'), { ordered: false }),
    );
    expect(fast).toMatchObject({ transactions: 60, items: 180 });
    expect(slow).toMatchObject({ transactions: 60, items: 180 });
    // The 120 new items go 25 to a BatchWriteItem; each pack's transaction is left with the one
    // merged counter update.
    expect(calls.byCommand.BatchWriteItem).toBeGreaterThanOrEqual(5);
    expect(calls.byCommand.TransactWriteItems).toBe(txCalls.byCommand.TransactWriteItems);
    expect(txCalls.byCommand.BatchWriteItem).toBeUndefined();
    expect(emptyTable.written.size).toBe(121);
    for (const i of [0, 31, 59]) {
      const [lane, tx] = await Promise.all(
        ['lane', 'tx'].map((p) => store.get<Record<string, unknown>>({ pk: `${p}#emp${i}`, sk: 'A' }, true)),
      );
      expect(lane).toEqual({ ...tx, pk: `lane#emp${i}` });
    }
    const [laneIkm, txIkm] = await Promise.all(
      ['lane', 'tx'].map((p) => store.get<Record<string, unknown>>({ pk: `${p}#IKM`, sk: 'UNIT' }, true)),
    );
    expect({ ...laneIkm, pk: '' }).toEqual({ ...txIkm, pk: '' });
    expect(laneIkm!['all.r']).toBe(60);
  });

  it('on a table it created, an item it already wrote still goes through its condition', async () => {
    const emptyTable = { written: new Set<string>() };
    await writeTransactions(store, [[put('twice')]], { emptyTable });
    const err = await writeTransactions(store, [[put('twice2')], [put('twice')]], {
      ordered: false,
      emptyTable,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkWriteError);
    expect(((err as BulkWriteError).cause as AppError).detail).toBe('twice exists');
    expect(await store.get({ pk: 'twice2', sk: 'A' }, true)).toBeDefined();
  });

  it('records instead of writing, reads as of the last flush, and knows what it wrote whole', async () => {
    const deferred = new DeferredStore(store);
    await deferred.transact([put('deferred', { name: 'Dinas Sosial', note: undefined })]);
    expect(deferred.pending).toBe(1);
    expect(await deferred.get({ pk: 'deferred', sk: 'A' })).toBeUndefined();
    expect(await store.get({ pk: 'deferred', sk: 'A' }, true)).toBeUndefined();

    const { result: written } = await countDynamoCalls(() => deferred.flush());
    expect(written).toMatchObject({ transactions: 1, items: 1, calls: 1 });
    const { result: item, calls } = await countDynamoCalls(() =>
      deferred.get<Record<string, unknown>>({ pk: 'deferred', sk: 'A' }),
    );
    expect(calls.total).toBe(0);
    expect(item).toEqual(await store.get({ pk: 'deferred', sk: 'A' }, true));

    // Reads asked for together go out in one call.
    const keys = ['free1', 'free2', 'taken', 'missing'].map((pk) => ({ pk, sk: 'A' }));
    const { result: found, calls: together } = await countDynamoCalls(() =>
      Promise.all(keys.map((k) => deferred.get(k))),
    );
    expect(found.filter(Boolean)).toHaveLength(3);
    expect(together.byCommand).toEqual({ BatchGetItem: 1 });
  });
});
