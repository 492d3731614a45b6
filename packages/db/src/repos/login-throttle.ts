import { DeleteCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Key } from '../keys';
import type { Store } from '../store';
import { TABLE } from '../table';

/**
 * The local identity adapter's failed-login counters (TTL items; keys from `keys.loginThrottle*`).
 * What a count means (how long a source waits) is the adapter's policy; this module only reads
 * and writes them.
 */

/** A counter as read: `live` within its window; `exists` when an item is there, live or not yet swept by TTL. */
export interface SeenCounter {
  live?: { failures: number; lastFailureAt: string };
  exists: boolean;
}

const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

export function readCounter(item: Record<string, unknown> | undefined, at: Date): SeenCounter {
  if (!item) return { exists: false };
  const expires = Number(item[TABLE.ttlAttribute]);
  if (!(expires > epochSeconds(at))) return { exists: true };
  return {
    exists: true,
    live: { failures: Number(item.failures) || 0, lastFailureAt: String(item.lastFailureAt) },
  };
}

const isConditionFailure = (err: unknown) =>
  (err as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * Counts one failure with one conditional UpdateItem in the common case: an atomic ADD while the
 * counter is absent or within its window, or a conditional restart at 1 when the read found it
 * expired but not yet deleted by TTL. If a racing request changed that state in between, the
 * other form runs. Each failure moves the window (TTL) to `windowSeconds` after it.
 */
export async function countFailure(
  store: Store,
  key: Key,
  seen: SeenCounter,
  at: Date,
  windowSeconds: number,
): Promise<void> {
  const nowSeconds = epochSeconds(at);
  const base = {
    TableName: store.tableName,
    Key: key,
    ExpressionAttributeNames: { '#ttl': TABLE.ttlAttribute },
    ExpressionAttributeValues: {
      ':one': 1,
      ':at': at.toISOString(),
      ':ttl': nowSeconds + windowSeconds,
      ':now': nowSeconds,
    },
  };
  const add: UpdateCommandInput = {
    ...base,
    UpdateExpression: 'ADD failures :one SET lastFailureAt = :at, #ttl = :ttl',
    ConditionExpression: 'attribute_not_exists(pk) OR #ttl > :now',
  };
  const restart: UpdateCommandInput = {
    ...base,
    UpdateExpression: 'SET failures = :one, lastFailureAt = :at, #ttl = :ttl',
    ConditionExpression: 'attribute_exists(pk) AND #ttl <= :now',
  };
  const attempts = seen.exists && !seen.live ? [restart, add, restart] : [add, restart, add];
  for (const input of attempts) {
    try {
      await store.doc.send(new UpdateCommand(input));
      return;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }
  // The state flipped under every attempt: this one failure goes uncounted.
}

/** Forgets a counter (a success from that source for that account). */
export async function clearCounter(store: Store, key: Key): Promise<void> {
  await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: key }));
}
