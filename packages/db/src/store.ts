import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type AppError, conflict } from '@pamong/core';
import type { CursorCodec } from './cursor';
import type { IndexName } from './table';
import { TABLE } from './table';

type TxEntry = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write in a transaction, with the error to raise if its condition fails. The error is chosen
 * by the caller because only the caller knows what a failed condition means (a duplicate NIP, a
 * stale version, a full position).
 */
export interface TxItem {
  op: TxEntry;
  /**
   * `existed` tells whether the item was there, and `old` is that item (both need
   * `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'` on the op).
   */
  onConditionFailed?: (existed: boolean, old?: Record<string, unknown>) => AppError;
  /**
   * For a write built from what was read (a seat taken: the last one or not), whose condition
   * holds what it was built from: given the item as it was when the condition failed (needs
   * `ALL_OLD`), the write to send in its place, or undefined when the failure stands. When every
   * failed condition of a transaction has a replacement, `Store.transact` sends it again with them.
   */
  rebuild?: (old: Record<string, unknown> | undefined) => TxItem | undefined;
}

/** How many times one `transact` call sends a transaction again with rebuilt writes. */
export const MAX_REBUILDS = 5;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface QuerySpec {
  tenantId: string;
  /** A stable name for the query and its parameters; cursors are bound to it. */
  queryId: string;
  index?: IndexName;
  pk: string;
  skBeginsWith?: string;
  skBetween?: [string, string];
  limit: number;
  cursor?: string;
  forward?: boolean;
  /** A FilterExpression: applied after `limit` items are read, so a page may come back short. */
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
}

/** The table, as one request sees it: a client (tenant-scoped credentials in AWS) plus helpers. */
export class Store {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly tableName: string,
    readonly cursors: CursorCodec,
  ) {}

  async get<T>(key: { pk: string; sk: string }, consistent = false): Promise<T | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: consistent }),
    );
    return out.Item as T | undefined;
  }

  /**
   * Whether the table answers: one eventually consistent GetItem of `key` (any key the caller's
   * role may read; the item need not exist), given up after `timeoutMs` and then not retried.
   * Resolves when the table answered, throws what the call threw otherwise.
   */
  async ping(key: { pk: string; sk: string }, timeoutMs: number): Promise<void> {
    await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: false }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
  }

  /**
   * One BatchGetItem call for up to 100 keys; items come back in no particular order, so callers
   * match them by key. Unprocessed keys (throttling) are retried, which is the only case of a
   * second call.
   */
  async batchGet<T>(keys: { pk: string; sk: string }[], consistent = false): Promise<T[]> {
    if (keys.length === 0) return [];
    if (keys.length > 100) throw new Error('batchGet takes at most 100 keys');
    const found: T[] = [];
    let pending: Record<string, unknown>[] | undefined = keys;
    for (let attempt = 0; pending?.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
      if (attempt > 8)
        throw Object.assign(new Error('BatchGetItem kept leaving keys unprocessed'), {
          name: 'ThrottlingException',
        });
      const out: BatchGetCommandOutput = await this.doc.send(
        new BatchGetCommand({
          RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: consistent } },
        }),
      );
      found.push(...((out.Responses?.[this.tableName] ?? []) as T[]));
      pending = out.UnprocessedKeys?.[this.tableName]?.Keys as Record<string, unknown>[] | undefined;
    }
    return found;
  }

  /** One Query call: one page. */
  async query<T>(spec: QuerySpec): Promise<Page<T>> {
    const input: QueryCommandInput = {
      ...this.queryInput(spec),
      ExclusiveStartKey: this.cursors.decode(spec.tenantId, spec.queryId, spec.cursor),
    };
    const out = await this.doc.send(new QueryCommand(input));
    return {
      items: (out.Items ?? []) as T[],
      nextCursor: this.cursors.encode(spec.tenantId, spec.queryId, out.LastEvaluatedKey),
    };
  }

  private queryInput(spec: QuerySpec): QueryCommandInput {
    const pkAttr = spec.index
      ? TABLE.indexes.find((i) => i.name === spec.index)!.partitionKey
      : TABLE.partitionKey;
    const skAttr = spec.index ? TABLE.indexes.find((i) => i.name === spec.index)!.sortKey : TABLE.sortKey;
    const values: Record<string, unknown> = { ':pk': spec.pk };
    let cond = '#pk = :pk';
    if (spec.skBeginsWith !== undefined) {
      cond += ' AND begins_with(#sk, :sk)';
      values[':sk'] = spec.skBeginsWith;
    } else if (spec.skBetween) {
      cond += ' AND #sk BETWEEN :a AND :b';
      values[':a'] = spec.skBetween[0];
      values[':b'] = spec.skBetween[1];
    }
    const names: Record<string, string> = { '#pk': pkAttr, ...spec.filter?.names };
    if (cond.includes('#sk')) names['#sk'] = skAttr;
    Object.assign(values, spec.filter?.values);
    return {
      TableName: this.tableName,
      IndexName: spec.index,
      KeyConditionExpression: cond,
      ...(spec.filter ? { FilterExpression: spec.filter.expression } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: spec.limit,
      ScanIndexForward: spec.forward ?? true,
    };
  }

  /**
   * How many items a query matches, without reading them (Select COUNT), up to `max`: at most
   * `max` items are evaluated, over as few Query calls as the 1 MB page size allows. `atLeast`
   * says the count stopped at `max` (or DynamoDB's page limit) with more left, so a tile can say
   * "1000+" instead of reading a whole partition on every home-page load.
   */
  async count(
    spec: Omit<QuerySpec, 'cursor' | 'limit' | 'forward' | 'queryId'>,
    max: number,
  ): Promise<{ count: number; atLeast: boolean }> {
    const input = this.queryInput({ ...spec, queryId: 'count', limit: max });
    let count = 0;
    let evaluated = 0;
    let start: Record<string, unknown> | undefined;
    for (let calls = 0; calls < 10; calls++) {
      const out = await this.doc.send(
        new QueryCommand({
          ...input,
          Select: 'COUNT',
          Limit: max - evaluated,
          ExclusiveStartKey: start,
        }),
      );
      count += out.Count ?? 0;
      evaluated += out.ScannedCount ?? 0;
      start = out.LastEvaluatedKey;
      if (!start) return { count, atLeast: false };
      if (evaluated >= max) break;
    }
    return { count, atLeast: true };
  }

  /**
   * All-or-nothing write. A failed condition becomes the item's own error (409 by default).
   *
   * Writes that share an item (an agency's headcount, a position's seats, a unit's IKM counter)
   * can cancel each other with TransactionConflict although every condition holds. Nothing was
   * written then, and every condition is evaluated again, so the same transaction is sent again
   * a few times before the caller hears of a conflict. A failed condition whose write can be built
   * again from the item as it now is (`TxItem.rebuild`) is sent again with that write.
   */
  async transact(items: TxItem[], attempts = 5): Promise<void> {
    let current = items;
    let attempt = 1;
    let rebuilds = 0;
    for (;;) {
      try {
        await this.doc.send(new TransactWriteCommand({ TransactItems: current.map((i) => i.op) }));
        return;
      } catch (err) {
        if (attempt < attempts && isTransactionConflictOnly(err)) {
          await new Promise((r) => setTimeout(r, 10 * 2 ** attempt + Math.random() * 20));
          attempt++;
          continue;
        }
        const again = rebuilds < MAX_REBUILDS ? rebuiltItems(err, current) : undefined;
        if (again) {
          rebuilds++;
          current = again;
          continue;
        }
        throw mapTransactionError(err, current);
      }
    }
  }
}

/** Cancelled only because another transaction held an item: no condition failed. */
export function isTransactionConflictOnly(err: unknown): boolean {
  const e = err as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    e?.name === 'TransactionCanceledException' &&
    Array.isArray(e.CancellationReasons) &&
    e.CancellationReasons.some((r) => r?.Code === 'TransactionConflict') &&
    e.CancellationReasons.every((r) => !r?.Code || r.Code === 'None' || r.Code === 'TransactionConflict')
  );
}

/**
 * The transaction again with a replacement for each write whose condition failed (see
 * `TxItem.rebuild`), or undefined when any of them has none.
 */
export function rebuiltItems(err: unknown, items: TxItem[]): TxItem[] | undefined {
  const e = err as { name?: string; CancellationReasons?: { Code?: string; Item?: unknown }[] };
  if (e?.name !== 'TransactionCanceledException' || !Array.isArray(e.CancellationReasons)) return undefined;
  const out = [...items];
  let replaced = 0;
  for (const [i, reason] of e.CancellationReasons.entries()) {
    if (reason?.Code !== 'ConditionalCheckFailed') continue;
    const raw = reason.Item;
    const next = items[i]?.rebuild?.(raw === undefined ? undefined : plainItem(raw));
    if (!next) return undefined;
    out[i] = next;
    replaced++;
  }
  return replaced > 0 ? out : undefined;
}

export function mapTransactionError(err: unknown, items: TxItem[]): unknown {
  const e = err as { name?: string; CancellationReasons?: { Code?: string; Item?: unknown }[] };
  if (e?.name === 'TransactionCanceledException' && Array.isArray(e.CancellationReasons)) {
    const i = e.CancellationReasons.findIndex((r) => r?.Code === 'ConditionalCheckFailed');
    if (i >= 0) {
      const raw = e.CancellationReasons[i]?.Item;
      const existed = raw !== undefined;
      return (
        items[i]?.onConditionFailed?.(existed, existed ? plainItem(raw) : undefined) ??
        conflict('The change conflicts with the current data.')
      );
    }
    if (e.CancellationReasons.some((r) => r?.Code === 'TransactionConflict')) {
      return conflict('Another change to the same data happened at the same time. Try again.');
    }
  }
  if (e?.name === 'ConditionalCheckFailedException')
    return conflict('The change conflicts with the current data.');
  return err;
}

/** Error names the SDK gives a call that got no answer in time (its own timeouts, DynamoDB's). */
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Node's codes for a connection that could not be made or was cut. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** DynamoDB's own faults (HTTP 5xx): the SDK has retried them already. */
const SERVICE_FAULTS = new Set(['InternalServerError', 'ServiceUnavailable', 'ServiceUnavailableException']);

/**
 * The table did not answer: refused or reset connections, timeouts (after the SDK's retries), or
 * DynamoDB's own 5xx. The request may be retried later, so it is a 503, not a 500. A timed-out
 * write may or may not have been applied; idempotency keys make the client's retry safe.
 */
export function isStoreUnreachable(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== 'object' || depth > 5) return false;
  const e = err as {
    name?: unknown;
    code?: unknown;
    errors?: unknown;
    cause?: unknown;
    $metadata?: unknown;
  };
  if (typeof e.name === 'string' && TIMEOUT_NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
  if (typeof e.name === 'string' && SERVICE_FAULTS.has(e.name) && e.$metadata !== undefined) return true;
  // Node reports a failed connect to every address of a host as an AggregateError.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isStoreUnreachable(inner, depth + 1))) return true;
  return e.cause !== undefined && isStoreUnreachable(e.cause, depth + 1);
}

/** Cancellation reasons carry the old item in DynamoDB's wire format; the document client does not convert it. */
function plainItem(raw: unknown): Record<string, unknown> {
  const values = Object.values(raw as Record<string, unknown>);
  const wire = values.every(
    (v) =>
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.keys(v).length === 1 &&
      /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(v)[0]!),
  );
  return wire ? unmarshall(raw as Record<string, AttributeValue>) : (raw as Record<string, unknown>);
}

/** Strips the key attributes so items can be returned to clients. */
export function stripKeys<T extends Record<string, unknown>>(
  item: T,
): Omit<T, 'pk' | 'sk' | 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk' | 'ttl' | 'type'> {
  const { pk: _a, sk: _b, gsi1pk: _c, gsi1sk: _d, gsi2pk: _e, gsi2sk: _f, ttl: _g, type: _h, ...rest } = item;
  return rest;
}

/** One BatchGetItem per 100 distinct keys, all at once; items in no particular order. */
export async function batchGetAll<T = Record<string, unknown>>(
  store: Store,
  wanted: readonly { pk: string; sk: string }[],
  consistent = false,
): Promise<T[]> {
  const unique = [...new Map(wanted.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const chunks: { pk: string; sk: string }[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  return (await Promise.all(chunks.map((c) => store.batchGet<T>(c, consistent)))).flat();
}
