import { AppError, notFound } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { mapTransactionError, type TxItem } from './store';

const item = (onConditionFailed?: TxItem['onConditionFailed']): TxItem => ({
  op: {
    ConditionCheck: {
      TableName: 't',
      Key: { pk: 'a', sk: 'b' },
      ConditionExpression: 'attribute_exists(pk)',
    },
  },
  onConditionFailed,
});

const cancelled = (reasons: { Code: string; Item?: unknown }[]) =>
  Object.assign(new Error('cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: reasons,
  });

describe('mapTransactionError', () => {
  it("uses the failing item's own error, and tells it whether the item existed", () => {
    const seen: boolean[] = [];
    const items = [
      item(),
      item((existed) => {
        seen.push(existed);
        return notFound('Agency');
      }),
    ];
    const err = mapTransactionError(cancelled([{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }]), items);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(404);
    mapTransactionError(
      cancelled([{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Item: { pk: { S: 'a' } } }]),
      items,
    );
    expect(seen).toEqual([false, true]);
  });

  it('falls back to a 409 when the item has no error of its own', () => {
    const err = mapTransactionError(cancelled([{ Code: 'ConditionalCheckFailed' }]), [item()]) as AppError;
    expect(err.status).toBe(409);
  });

  it('turns a transaction conflict (a concurrent writer) into a 409 to retry', () => {
    const err = mapTransactionError(cancelled([{ Code: 'TransactionConflict' }]), [item()]) as AppError;
    expect(err.status).toBe(409);
    expect(err.detail).toMatch(/same time/);
  });

  it('passes other failures through untouched, so they surface as 500s and are logged', () => {
    const throttled = Object.assign(new Error('slow down'), {
      name: 'ProvisionedThroughputExceededException',
    });
    expect(mapTransactionError(throttled, [item()])).toBe(throttled);
  });
});
