import { type AddressInfo, createServer, type Socket } from 'node:net';
import { AppError, notFound } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { AWS_HTTP_TIMEOUTS, AWS_MAX_ATTEMPTS, createDocumentClient } from './client';
import { createCursorCodec } from './cursor';
import {
  isStoreUnreachable,
  MAX_REBUILDS,
  mapTransactionError,
  rebuiltItems,
  Store,
  type TxItem,
} from './store';

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

describe('rebuilt writes', () => {
  /** A write built from `filled` as read, whose condition holds it; rebuilt from the item as it is. */
  const built = (filled: number): TxItem => ({
    op: {
      Update: {
        TableName: 't',
        Key: { pk: 'P', sk: 'S' },
        UpdateExpression: 'ADD filled :one',
        ConditionExpression: 'filled = :f',
        ExpressionAttributeValues: { ':one': 1, ':f': filled },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    rebuild: (old) => (old && Number(old.filled) < 3 ? built(Number(old.filled)) : undefined),
    onConditionFailed: () => notFound('Seat'),
  });
  const failedAt = (filled: number) =>
    cancelled([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Item: { filled: { N: String(filled) } } },
    ]);

  it('replaces each failed write with its rebuild, from the item as it was (wire format or not)', () => {
    const again = rebuiltItems(failedAt(2), [item(), built(0)]);
    expect(again?.[0]).toEqual(item());
    expect(again?.[1]?.op.Update?.ExpressionAttributeValues).toMatchObject({ ':f': 2 });
    const plain = rebuiltItems(cancelled([{ Code: 'ConditionalCheckFailed', Item: { filled: 1 } }]), [
      built(0),
    ]);
    expect(plain?.[0]?.op.Update?.ExpressionAttributeValues).toMatchObject({ ':f': 1 });
  });

  it('rebuilds nothing when a failed write has no rebuild, or its rebuild refuses', () => {
    expect(rebuiltItems(failedAt(3), [item(), built(0)])).toBeUndefined();
    expect(
      rebuiltItems(cancelled([{ Code: 'ConditionalCheckFailed' }, { Code: 'ConditionalCheckFailed' }]), [
        item(),
        built(0),
      ]),
    ).toBeUndefined();
    expect(rebuiltItems(cancelled([{ Code: 'TransactionConflict' }]), [built(0)])).toBeUndefined();
    expect(rebuiltItems(new Error('other'), [built(0)])).toBeUndefined();
  });

  /** A store whose client answers TransactWriteItems with the given outcomes, one per call. */
  const scripted = (outcomes: unknown[]) => {
    const sent: TxItem['op'][][] = [];
    const doc = {
      send: async (cmd: { input: { TransactItems: TxItem['op'][] } }) => {
        sent.push(cmd.input.TransactItems);
        const next = outcomes.shift();
        if (next) throw next;
        return {};
      },
    };
    return {
      store: new Store(doc as never, 't', createCursorCodec('unit-test-cursor-secret-0123456789')),
      sent,
    };
  };

  it('transact sends the transaction again with the rebuilt write, and succeeds', async () => {
    const { store, sent } = scripted([failedAt(1), failedAt(2)]);
    await store.transact([item(), built(0)]);
    expect(sent.map((tx) => tx[1]?.Update?.ExpressionAttributeValues?.[':f'])).toEqual([0, 1, 2]);
  });

  it("transact throws the failed write's own error when it cannot be rebuilt, or after MAX_REBUILDS", async () => {
    const full = scripted([failedAt(3)]);
    await expect(full.store.transact([item(), built(0)])).rejects.toMatchObject({ status: 404 });
    const busy = scripted(Array.from({ length: MAX_REBUILDS + 1 }, () => failedAt(1)));
    await expect(busy.store.transact([item(), built(0)])).rejects.toMatchObject({ status: 404 });
    expect(busy.sent).toHaveLength(MAX_REBUILDS + 1);
  });
});

/** A TCP server that accepts connections and never answers: a stalled DynamoDB. */
async function stalledServer() {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on: connections are refused. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const storeAt = (endpoint: string) =>
  new Store(
    createDocumentClient({
      endpoint,
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    't',
    createCursorCodec('unit-test-cursor-secret-0123456789'),
  );
const KEY = { pk: 'PLATFORM#HEALTH', sk: 'HEALTH' };

describe('isStoreUnreachable', () => {
  const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });

  it('recognises timeouts, refused or reset connections and DynamoDB faults', () => {
    for (const err of [
      named('TimeoutError'),
      named('RequestTimeout'),
      named('RequestTimeoutException'),
      named('Error', { code: 'ECONNREFUSED' }),
      named('Error', { code: 'ECONNRESET' }),
      named('Error', { code: 'ETIMEDOUT' }),
      named('Error', { code: 'ENOTFOUND' }),
      named('InternalServerError', { $metadata: { httpStatusCode: 500 } }),
      new AggregateError([named('Error', { code: 'ECONNREFUSED' })], ''),
      new Error('wrapped', { cause: named('Error', { code: 'ECONNRESET' }) }),
    ]) {
      expect(isStoreUnreachable(err), `${err.name} ${(err as { code?: string }).code}`).toBe(true);
    }
  });

  it('leaves answers of a working table and bugs alone', () => {
    for (const err of [
      named('ConditionalCheckFailedException', { $metadata: {} }),
      named('TransactionCanceledException', { $metadata: {} }),
      named('ValidationException', { $metadata: {} }),
      named('ProvisionedThroughputExceededException', { $metadata: {} }),
      new TypeError('x is undefined'),
      new AppError(409, 'conflict', 'Conflict'),
      named('InternalServerError'),
      undefined,
      'ECONNREFUSED',
    ]) {
      expect(isStoreUnreachable(err)).toBe(false);
    }
  });
});

describe('the DynamoDB client against a store that does not answer', () => {
  it('has connection and request timeouts, so a call never waits more than about 9 s', async () => {
    expect(AWS_HTTP_TIMEOUTS.connectionTimeout).toBeLessThanOrEqual(1_000);
    expect(AWS_HTTP_TIMEOUTS.throwOnRequestTimeout).toBe(true);
    // Every attempt may last requestTimeout; the SDK's backoff adds well under 0.5 s in all.
    expect(AWS_HTTP_TIMEOUTS.requestTimeout * AWS_MAX_ATTEMPTS).toBeLessThanOrEqual(9_000);
  });

  it('gives up on a stalled store after its retries, with an error that reads as unreachable', async () => {
    const server = await stalledServer();
    const store = storeAt(server.endpoint);
    const started = performance.now();
    try {
      const err = await store.get(KEY).then(
        () => undefined,
        (e: unknown) => e,
      );
      const elapsed = performance.now() - started;
      expect(err).toMatchObject({ name: 'TimeoutError' });
      expect(isStoreUnreachable(err)).toBe(true);
      expect(server.connections()).toBe(AWS_MAX_ATTEMPTS);
      expect(elapsed).toBeGreaterThanOrEqual(AWS_HTTP_TIMEOUTS.requestTimeout * AWS_MAX_ATTEMPTS - 100);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      store.doc.destroy();
      await server.close();
    }
  }, 15_000);

  it('fails fast when nothing listens, with an error that reads as unreachable', async () => {
    const store = storeAt(await closedPort());
    const started = performance.now();
    try {
      const err = await store.get(KEY).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isStoreUnreachable(err), String(err)).toBe(true);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      store.doc.destroy();
    }
  });

  it('ping gives up after its own timeout, without retrying', async () => {
    const server = await stalledServer();
    const store = storeAt(server.endpoint);
    const started = performance.now();
    try {
      await expect(store.ping(KEY, 300)).rejects.toMatchObject({ name: 'AbortError' });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(server.connections()).toBe(1);
    } finally {
      store.doc.destroy();
      await server.close();
    }
  });
});

describe('Store.count', () => {
  /** A client that answers each Query from a script and records what it was asked. */
  function scripted(answers: { Count: number; ScannedCount: number; LastEvaluatedKey?: object }[]) {
    const asked: Record<string, unknown>[] = [];
    const doc = {
      send: async (command: { input: Record<string, unknown> }) => {
        asked.push(command.input);
        const next = answers.shift();
        if (!next) throw new Error('more Query calls than scripted');
        return next;
      },
    };
    const store = new Store(doc as never, 't', createCursorCodec('unit-test-cursor-secret-0123456789'));
    return { store, asked };
  }
  const spec = {
    tenantId: 'T1',
    pk: 'T#T1#RETIREMENTS',
    skBetween: ['2026-03-10', '2027-03-10#~'] as [string, string],
  };

  it('counts with Select COUNT, following the 1 MB pages until the partition ends', async () => {
    const { store, asked } = scripted([
      { Count: 300, ScannedCount: 400, LastEvaluatedKey: { pk: 'a', sk: 'b' } },
      { Count: 20, ScannedCount: 50 },
    ]);
    expect(await store.count(spec, 1000)).toEqual({ count: 320, atLeast: false });
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatchObject({
      Select: 'COUNT',
      Limit: 1000,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :a AND :b',
    });
    // The second page evaluates only what is left of the budget, from where the first stopped.
    expect(asked[1]).toMatchObject({ Select: 'COUNT', Limit: 600, ExclusiveStartKey: { pk: 'a', sk: 'b' } });
  });

  it('stops at the cap and says the count is a lower bound', async () => {
    const { store, asked } = scripted([
      { Count: 700, ScannedCount: 700, LastEvaluatedKey: { pk: 'a', sk: 'b' } },
      { Count: 300, ScannedCount: 300, LastEvaluatedKey: { pk: 'a', sk: 'c' } },
    ]);
    expect(await store.count(spec, 1000)).toEqual({ count: 1000, atLeast: true });
    expect(asked).toHaveLength(2);
  });

  it('passes a filter on, and counts only the matches among the evaluated items', async () => {
    const { store, asked } = scripted([{ Count: 3, ScannedCount: 90 }]);
    const filter = { expression: 'agencyId = :agency', values: { ':agency': 'A1' } };
    expect(await store.count({ ...spec, filter }, 5000)).toEqual({ count: 3, atLeast: false });
    expect(asked[0]).toMatchObject({
      FilterExpression: 'agencyId = :agency',
      ExpressionAttributeValues: { ':pk': 'T#T1#RETIREMENTS', ':agency': 'A1' },
    });
  });
});

describe('createDocumentClient', () => {
  it("has the call counter and not the SDK's logger middleware (it filtered every item for a logger that drops it)", () => {
    const doc = createDocumentClient({
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const names = doc.middlewareStack.identify().map((entry) => entry.split(' ')[0]);
    expect(names).toContain('pamongCallCounter');
    expect(names).not.toContain('loggerMiddleware');
  });
});
