import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AgencyScope,
  assertCanRegisterPasskey,
  inScope,
  MAX_PASSKEYS_PER_EMPLOYEE,
  notFound,
  PASSKEY_CHALLENGE_TTL_SECONDS,
  type Passkey,
  validationError,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';

/**
 * Passkeys (issue 13 §2): an employee's WebAuthn credentials and their pending challenges, in the
 * employee's passkey partition. A challenge is single-use: the write that registers a passkey or
 * records a check-in deletes it under the condition that it is the one verified and not expired.
 * The WebAuthn verification itself is the function's (`@simplewebauthn/server`); this module keeps
 * what it needs and what it proves.
 */

export interface StoredPasskey extends Passkey {
  employeeId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
}

export type ChallengePurpose = 'register' | 'check-in';

/** The count kept beside the passkeys: `delta` added, never above the maximum nor below 0. */
function countWrite(store: Store, tenantId: string, employeeId: string, delta: number | 'zero'): TxItem {
  const Key = keys.passkeySummary(tenantId, employeeId);
  if (delta === 'zero')
    return {
      op: { Put: { TableName: store.tableName, Item: { ...Key, type: 'PASSKEY_SUMMARY', count: 0 } } },
    };
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key,
        UpdateExpression: 'SET #t = :t ADD #c :d',
        ConditionExpression:
          delta > 0 ? 'attribute_not_exists(#c) OR #c < :max' : 'attribute_exists(#c) AND #c > :zero',
        ExpressionAttributeNames: { '#c': 'count', '#t': 'type' },
        ExpressionAttributeValues: {
          ':t': 'PASSKEY_SUMMARY',
          ':d': delta,
          ...(delta > 0 ? { ':max': MAX_PASSKEYS_PER_EMPLOYEE } : { ':zero': 0 }),
        },
      },
    },
    onConditionFailed: () =>
      delta > 0
        ? validationError([
            {
              path: 'response',
              message: `you already have ${MAX_PASSKEYS_PER_EMPLOYEE} passkeys; remove one first`,
            },
          ])
        : notFound('Passkey'),
  };
}

/** How many passkeys an employee holds, from the summary item as read. */
export const passkeyCount = (summary: { count?: number } | undefined): number => Number(summary?.count ?? 0);

const asPasskey = (i: Record<string, unknown>): StoredPasskey => ({
  id: String(i.id),
  employeeId: String(i.employeeId),
  name: String(i.name),
  createdAt: String(i.createdAt),
  lastUsedAt: (i.lastUsedAt as string | null) ?? null,
  backedUp: !!i.backedUp,
  deviceType: (i.deviceType as Passkey['deviceType']) ?? 'singleDevice',
  transports: (i.transports as string[]) ?? [],
  publicKey: String(i.publicKey),
  counter: Number(i.counter ?? 0),
});

export const publicView = ({ employeeId: _e, publicKey: _p, counter: _c, ...p }: StoredPasskey): Passkey => p;

export async function passkeysOf(
  store: Store,
  tenantId: string,
  employeeId: string,
): Promise<StoredPasskey[]> {
  const items = await queryAll(store, {
    pk: keys.passkeysPartition(tenantId, employeeId),
    skBeginsWith: 'CRED#',
    consistent: true,
  });
  return items.map(asPasskey).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** Stores a fresh challenge for a purpose, replacing the previous one. */
export async function putChallenge(
  store: Store,
  tenantId: string,
  employeeId: string,
  purpose: ChallengePurpose,
  challenge: string,
  now: Date,
): Promise<string> {
  const expiresAt = new Date(now.getTime() + PASSKEY_CHALLENGE_TTL_SECONDS * 1000).toISOString();
  await store.doc.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...keys.passkeyChallenge(tenantId, employeeId, purpose),
        type: 'PASSKEY_CHALLENGE',
        challenge,
        expiresAt,
        ttl: Math.floor(now.getTime() / 1000) + PASSKEY_CHALLENGE_TTL_SECONDS,
      },
    }),
  );
  return expiresAt;
}

/** The pending challenge of a purpose, if it has not expired. */
export async function pendingChallenge(
  store: Store,
  tenantId: string,
  employeeId: string,
  purpose: ChallengePurpose,
  now: Date,
  path: string,
): Promise<string> {
  const item = await store.get<{ challenge: string; expiresAt: string }>(
    keys.passkeyChallenge(tenantId, employeeId, purpose),
    true,
  );
  if (!item || item.expiresAt <= now.toISOString())
    throw validationError([
      { path, message: 'the passkey prompt has expired or was already used; start again' },
    ]);
  return item.challenge;
}

/** Deletes the challenge the write was verified against: a second use of it fails. */
export function consumeChallenge(
  store: Store,
  tenantId: string,
  employeeId: string,
  purpose: ChallengePurpose,
  challenge: string,
  now: Date,
  path: string,
): TxItem {
  return {
    op: {
      Delete: {
        TableName: store.tableName,
        Key: keys.passkeyChallenge(tenantId, employeeId, purpose),
        ConditionExpression: 'challenge = :c AND expiresAt > :now',
        ExpressionAttributeValues: { ':c': challenge, ':now': now.toISOString() },
      },
    },
    onConditionFailed: () =>
      validationError([{ path, message: 'the passkey prompt has expired or was already used; start again' }]),
  };
}

/** After a verified registration: the credential, the challenge consumed, audited. */
export async function savePasskey(
  store: Store,
  actor: Actor,
  employeeId: string,
  passkey: Omit<StoredPasskey, 'employeeId' | 'createdAt' | 'lastUsedAt'>,
  challenge: string,
  now: Date,
): Promise<Passkey> {
  const existing = await passkeysOf(store, actor.tenantId, employeeId);
  assertCanRegisterPasskey(existing.length);
  const stored: StoredPasskey = { ...passkey, employeeId, createdAt: now.toISOString(), lastUsedAt: null };
  await store.transact([
    consumeChallenge(store, actor.tenantId, employeeId, 'register', challenge, now, 'response'),
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.passkey(actor.tenantId, employeeId, passkey.id), type: 'PASSKEY', ...stored },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        validationError([{ path: 'response', message: 'this passkey is already registered' }]),
    },
    countWrite(store, actor.tenantId, employeeId, 1),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'passkey.register',
        entityType: 'employee',
        entityId: employeeId,
        changes: { passkey: { before: null, after: stored.name } },
        ...(stored.backedUp ? { flags: ['synced-passkey'] } : {}),
      },
      now,
    ),
  ]);
  return publicView(stored);
}

export async function removePasskey(
  store: Store,
  actor: Actor,
  employeeId: string,
  passkeyId: string,
  now: Date,
): Promise<void> {
  const key = keys.passkey(actor.tenantId, employeeId, passkeyId);
  const item = await store.get<Record<string, unknown>>(key, true);
  if (!item) throw notFound('Passkey');
  await store.transact([
    {
      op: { Delete: { TableName: store.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' } },
      onConditionFailed: () => notFound('Passkey'),
    },
    countWrite(store, actor.tenantId, employeeId, -1),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'passkey.remove',
        entityType: 'employee',
        entityId: employeeId,
        changes: { passkey: { before: String(item.name), after: null } },
      },
      now,
    ),
  ]);
}

/** An admin removes every passkey of an employee in their scope (a lost or shared phone); audited with the reason. */
export async function resetPasskeys(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  employeeId: string,
  reason: string,
  now: Date,
): Promise<{ employeeId: string; removed: number }> {
  const employee = await getStoredEmployee(store, actor.tenantId, employeeId).catch(() => null);
  if (!employee || !inScope(scope, employee.agencyId)) throw notFound('Employee');
  const all = await passkeysOf(store, actor.tenantId, employeeId);
  await store.transact([
    ...all.map(
      (p): TxItem => ({
        op: { Delete: { TableName: store.tableName, Key: keys.passkey(actor.tenantId, employeeId, p.id) } },
      }),
    ),
    countWrite(store, actor.tenantId, employeeId, 'zero'),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'passkey.reset',
        entityType: 'employee',
        entityId: employeeId,
        changes: {
          passkeys: { before: all.map((p) => p.name), after: [] },
          reason: { before: null, after: reason },
        },
      },
      now,
    ),
  ]);
  return { employeeId, removed: all.length };
}

/** The counter and last use of a passkey after a verified check-in (in the punch's transaction). */
export function passkeyUsedWrite(
  store: Store,
  tenantId: string,
  employeeId: string,
  passkey: StoredPasskey,
  newCounter: number,
  backedUp: boolean,
  now: Date,
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.passkey(tenantId, employeeId, passkey.id),
        UpdateExpression: 'SET #c = :n, lastUsedAt = :at, backedUp = :b',
        // A counter that went backwards is a cloned authenticator (counters of 0 are not kept).
        ConditionExpression: 'attribute_exists(pk) AND (#c = :old OR :n = :zero)',
        ExpressionAttributeNames: { '#c': 'counter' },
        ExpressionAttributeValues: {
          ':n': newCounter,
          ':old': passkey.counter,
          ':zero': 0,
          ':at': now.toISOString(),
          ':b': backedUp,
        },
      },
    },
    onConditionFailed: () =>
      validationError([
        { path: 'assertion', message: 'the passkey was used elsewhere meanwhile; try again' },
      ]),
  };
}
