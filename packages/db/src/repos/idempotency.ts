import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { AppError } from '@pamong/core';
import * as keys from '../keys';
import type { Store, TxItem } from '../store';
import { TABLE } from '../table';

/**
 * `Idempotency-Key` records (TTL items, one per tenant, operation and key).
 *
 * A record is either a claim (`in-progress`, held by one request until `leaseUntil`) or the stored
 * answer (`completed`). A key is free for a request when it has no record, its record expired
 * (DynamoDB's TTL sweep may lag), or its record is a claim whose lease ran out: the request that
 * held it was killed before it could finish or release it. Every write below is conditional on
 * that, so two requests can never both hold a key.
 */
export const IDEMPOTENCY_TYPE = 'IDEMPOTENCY';
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** One request's key: where the record lives and what the request was (hash of method, path and body). */
export interface IdempotencyRef {
  tenantId: string;
  scope: string;
  key: string;
  requestHash: string;
}

/** A stored answer, replayed as is. */
export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface IdempotencyRecord {
  state: 'in-progress' | 'completed';
  requestHash: string;
  /** A claim's lease (epoch ms) and its holder; a completed record has neither. */
  leaseUntil?: number;
  leaseId?: string;
  status?: number;
  contentType?: string;
  body?: string;
  ttl: number;
}

const keyOf = (ref: IdempotencyRef) => keys.idempotency(ref.tenantId, ref.scope, ref.key);
const epochSeconds = (now: Date) => Math.floor(now.getTime() / 1000);

/** The condition under which a request may write the key's record (see the module comment). */
export function keyFreeCondition(now: Date): {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  return {
    ConditionExpression:
      'attribute_not_exists(pk) OR #ttl < :nowSec OR ' +
      '(#state = :inProgress AND (attribute_not_exists(leaseUntil) OR leaseUntil < :nowMs))',
    ExpressionAttributeNames: { '#ttl': TABLE.ttlAttribute, '#state': 'state' },
    ExpressionAttributeValues: {
      ':nowSec': epochSeconds(now),
      ':nowMs': now.getTime(),
      ':inProgress': 'in-progress',
    },
  };
}

/** The record as of `now`: undefined when there is none or it no longer holds the key. */
export function recordInForce(
  record: IdempotencyRecord | undefined,
  now: Date,
): IdempotencyRecord | undefined {
  if (!record || record.ttl < epochSeconds(now)) return undefined;
  if (
    record.state === 'in-progress' &&
    (record.leaseUntil === undefined || record.leaseUntil < now.getTime())
  )
    return undefined;
  return record;
}

const isConditionFailure = (err: unknown) =>
  (err as { name?: string })?.name === 'ConditionalCheckFailedException';

/** `ReturnValuesOnConditionCheckFailure` hands the old item back in DynamoDB's wire format. */
function oldItem(raw: unknown): IdempotencyRecord | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const pk = (raw as Record<string, unknown>).pk;
  const wire = pk !== null && typeof pk === 'object' && 'S' in (pk as object);
  return (wire ? unmarshall(raw as Record<string, AttributeValue>) : raw) as IdempotencyRecord;
}

export async function getRecord(store: Store, ref: IdempotencyRef): Promise<IdempotencyRecord | undefined> {
  return store.get<IdempotencyRecord>(keyOf(ref), true);
}

/**
 * Claims the key for this request until `now + leaseMs`: one conditional PutItem, which also takes
 * over a claim whose lease ran out (two requests doing so at once: DynamoDB applies one Put, the
 * other's condition then fails). When the key is held, the holder's record comes back (from the
 * failed condition, or a consistent read if DynamoDB did not return it).
 */
export async function claim(
  store: Store,
  ref: IdempotencyRef,
  opts: { now: Date; leaseMs: number; leaseId: string },
): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord | undefined }> {
  const { now } = opts;
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...keyOf(ref),
          type: IDEMPOTENCY_TYPE,
          state: 'in-progress',
          requestHash: ref.requestHash,
          leaseUntil: now.getTime() + opts.leaseMs,
          leaseId: opts.leaseId,
          [TABLE.ttlAttribute]: epochSeconds(now) + IDEMPOTENCY_TTL_SECONDS,
        },
        ...keyFreeCondition(now),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return { claimed: true };
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    const record = oldItem((err as { Item?: unknown }).Item) ?? (await getRecord(store, ref));
    return { claimed: false, record };
  }
}

/**
 * Stores the answer of the request holding the claim. False when the claim is no longer this
 * request's (its lease ran out and another request took the key over): that request's answer stands.
 */
export async function complete(
  store: Store,
  ref: IdempotencyRef,
  leaseId: string,
  answer: StoredAnswer,
): Promise<boolean> {
  try {
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keyOf(ref),
        UpdateExpression:
          'SET #state = :done, #status = :status, contentType = :ct, #body = :body REMOVE leaseUntil, leaseId',
        ConditionExpression: 'leaseId = :lease',
        ExpressionAttributeNames: { '#state': 'state', '#status': 'status', '#body': 'body' },
        ExpressionAttributeValues: {
          ':done': 'completed',
          ':status': answer.status,
          ':ct': answer.contentType,
          ':body': answer.body,
          ':lease': leaseId,
        },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** Gives the key up after a failed attempt, unless another request has taken it over meanwhile. */
export async function release(store: Store, ref: IdempotencyRef, leaseId: string): Promise<void> {
  try {
    await store.doc.send(
      new DeleteCommand({
        TableName: store.tableName,
        Key: keyOf(ref),
        ConditionExpression: 'leaseId = :lease',
        ExpressionAttributeValues: { ':lease': leaseId },
      }),
    );
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
  }
}

/** A transaction cancelled on the key's record: another request already holds or answered the key. */
export class IdempotencyKeyTaken extends AppError {
  constructor(readonly record: IdempotencyRecord | undefined) {
    super(409, 'conflict', 'Conflict', 'The request with this Idempotency-Key has already been processed.');
  }
}

function completedItem(ref: IdempotencyRef, answer: StoredAnswer, now: Date) {
  return {
    ...keyOf(ref),
    type: IDEMPOTENCY_TYPE,
    state: 'completed',
    requestHash: ref.requestHash,
    status: answer.status,
    contentType: answer.contentType,
    body: answer.body,
    [TABLE.ttlAttribute]: epochSeconds(now) + IDEMPOTENCY_TTL_SECONDS,
  };
}

/**
 * The stored answer as one write of the transaction it answers for: the data and the answer are
 * written together or not at all, and a transaction whose key is already taken writes nothing and
 * fails with `IdempotencyKeyTaken` carrying the record that holds the key. Put it first in the
 * transaction, so its failure is the one reported when several conditions fail.
 */
export function answerPut(tableName: string, ref: IdempotencyRef, answer: StoredAnswer, now: Date): TxItem {
  return {
    op: {
      Put: {
        TableName: tableName,
        Item: completedItem(ref, answer, now),
        ...keyFreeCondition(now),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    onConditionFailed: (_existed, old) => new IdempotencyKeyTaken(old as IdempotencyRecord | undefined),
  };
}

/** The answer stored on its own (when the request's writes did not carry it): false if the key was taken. */
export async function storeAnswer(
  store: Store,
  ref: IdempotencyRef,
  answer: StoredAnswer,
  now: Date,
): Promise<boolean> {
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: completedItem(ref, answer, now),
        ...keyFreeCondition(now),
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}
