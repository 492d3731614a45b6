import {
  type CreateUserInput,
  conflict,
  diffFields,
  notFound,
  type UpdateUserInput,
  type User,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../audit';
import { newId } from '../ids';
import * as keys from '../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../store';
import { agencyCounter } from './org';

/** Adapter-specific attributes of the login record (the local adapter's password hash). */
export interface LoginRecordInput {
  passwordHash: string;
}

const USER_FIELDS = ['username', 'name', 'email', 'role', 'agencyId', 'employeeId', 'status'] as const;

type NewUser = Pick<User, 'id' | 'username' | 'name' | 'role' | 'agencyId' | 'employeeId'> & {
  email?: string;
};

function indexKeys(tenantId: string, u: Pick<User, 'id' | 'name' | 'agencyId'>) {
  const sort = keys.userSort(u.name, u.id);
  return {
    ...keys.usersByTenant(tenantId),
    gsi1sk: sort,
    ...(u.agencyId ? { ...keys.usersByAgency(tenantId, u.agencyId), gsi2sk: sort } : {}),
  };
}

const agencyCheck = (store: Store, tenantId: string, agencyId: string, delta: number): TxItem =>
  agencyCounter(store, tenantId, agencyId, 'userCount', delta, 'body');

/**
 * Links an account to an employee record, checked in the transaction that writes the account: the
 * employee exists, belongs to the account's agency (any agency for a tenant admin without one),
 * and no other account is linked to it. The same message for "no such employee" and "another
 * agency's", so an agency admin learns nothing about other agencies' records.
 */
function employeeLinkItems(
  store: Store,
  tenantId: string,
  userId: string,
  employeeId: string,
  accountAgencyId: string | null | undefined,
): TxItem[] {
  const values: Record<string, unknown> = {};
  let condition = 'attribute_exists(pk)';
  if (accountAgencyId) {
    condition += ' AND agencyId = :agency';
    values[':agency'] = accountAgencyId;
  }
  return [
    {
      op: {
        ConditionCheck: {
          TableName: store.tableName,
          Key: keys.employee(tenantId, employeeId),
          ConditionExpression: condition,
          ...(accountAgencyId ? { ExpressionAttributeValues: values } : {}),
        },
      },
      onConditionFailed: () =>
        validationError([
          {
            path: 'employeeId',
            message: accountAgencyId
              ? "no employee with this id in the account's agency"
              : 'no employee with this id in this tenant',
          },
        ]),
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.employeeAccount(tenantId, employeeId), type: 'EMPLOYEE_ACCOUNT', userId },
          ConditionExpression: 'attribute_not_exists(pk) OR userId = :user',
          ExpressionAttributeValues: { ':user': userId },
        },
      },
      onConditionFailed: () => conflict('This employee record is already linked to another account.'),
    },
  ];
}

/** Releases an employee record the account no longer links to (only if this account holds it). */
function employeeUnlinkItem(store: Store, tenantId: string, userId: string, employeeId: string): TxItem {
  return {
    op: {
      Delete: {
        TableName: store.tableName,
        Key: keys.employeeAccount(tenantId, employeeId),
        // A link written before the guard existed has none: deleting nothing is fine.
        ConditionExpression: 'attribute_not_exists(pk) OR userId = :user',
        ExpressionAttributeValues: { ':user': userId },
      },
    },
  };
}

/** The writes that create a user: profile, login record (the username guard), agency count, audit. */
export function newUserWrites(
  store: Store,
  actor: Actor,
  u: NewUser,
  credential: Partial<LoginRecordInput>,
  now: Date,
): { items: TxItem[]; user: User } {
  const at = now.toISOString();
  const user: User = { ...u, status: 'active', createdAt: at, updatedAt: at, version: 1 };
  if (user.email === undefined) delete user.email;
  const items: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.login(actor.tenantId, u.username),
            type: 'LOGIN',
            userId: u.id,
            username: u.username,
            tenantId: actor.tenantId,
            failedAttempts: 0,
            status: 'active',
            name: u.name,
            role: u.role,
            agencyId: u.agencyId,
            employeeId: u.employeeId,
            ...credential,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => conflict(`The username "${u.username}" is already taken in this tenant.`),
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.user(actor.tenantId, u.id),
            ...indexKeys(actor.tenantId, user),
            type: 'USER',
            ...user,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'user.create',
        entityType: 'user',
        entityId: u.id,
        changes: diffFields(undefined, user, USER_FIELDS),
      },
      now,
    ),
  ];
  if (u.agencyId) items.push(agencyCheck(store, actor.tenantId, u.agencyId, 1));
  if (u.employeeId) items.push(...employeeLinkItems(store, actor.tenantId, u.id, u.employeeId, u.agencyId));
  return { items, user };
}

export async function createUser(
  store: Store,
  actor: Actor,
  input: CreateUserInput,
  credential: Partial<LoginRecordInput>,
  now: Date,
): Promise<User> {
  const u: NewUser = {
    id: newId(),
    username: input.username,
    name: input.name,
    email: input.email,
    role: input.role,
    agencyId: input.role === 'tenant-admin' ? (input.agencyId ?? null) : input.agencyId!,
    employeeId: input.employeeId ?? null,
  };
  const { items, user } = newUserWrites(store, actor, u, credential, now);
  await store.transact(items);
  return user;
}

export async function getUser(
  store: Store,
  tenantId: string,
  userId: string,
  consistent = false,
): Promise<User> {
  const item = await store.get<Record<string, unknown>>(keys.user(tenantId, userId), consistent);
  if (!item) throw notFound('User');
  return stripKeys(item) as unknown as User;
}

export async function listUsers(
  store: Store,
  tenantId: string,
  q: { agencyId?: string; limit: number; cursor?: string },
): Promise<Page<User>> {
  const res = await store.query<Record<string, unknown>>(
    q.agencyId
      ? {
          tenantId,
          queryId: `users:agency:${q.agencyId}`,
          index: 'gsi2',
          pk: keys.usersByAgency(tenantId, q.agencyId).gsi2pk,
          limit: q.limit,
          cursor: q.cursor,
        }
      : {
          tenantId,
          queryId: 'users',
          index: 'gsi1',
          pk: keys.usersByTenant(tenantId).gsi1pk,
          limit: q.limit,
          cursor: q.cursor,
        },
  );
  return { items: res.items.map((i) => stripKeys(i) as unknown as User), nextCursor: res.nextCursor };
}

/**
 * Applies a change to the profile and mirrors the claims into the login record, in one
 * transaction with the audit entry and the agencies' user counts.
 */
export async function changeUser(
  store: Store,
  actor: Actor,
  before: User,
  patch: Omit<Partial<UpdateUserInput>, 'version'> & { status?: User['status'] },
  version: number,
  now: Date,
  action: string,
): Promise<User> {
  if (before.version !== version) throw versionConflict('User');
  const after: User = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    updatedAt: now.toISOString(),
    version: version + 1,
  } as User;
  if (after.role !== 'tenant-admin' && !after.agencyId) {
    throw validationError([{ path: 'agencyId', message: `is required for role ${after.role}` }]);
  }
  const changes = diffFields(before, after, USER_FIELDS);
  const items: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.user(actor.tenantId, before.id),
            ...indexKeys(actor.tenantId, after),
            type: 'USER',
            ...after,
          },
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': version },
        },
      },
      onConditionFailed: () => versionConflict('User'),
    },
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.login(actor.tenantId, before.username),
          UpdateExpression: 'SET #name = :n, #role = :r, agencyId = :a, employeeId = :e, #status = :s',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#name': 'name', '#role': 'role', '#status': 'status' },
          ExpressionAttributeValues: {
            ':n': after.name,
            ':r': after.role,
            ':a': after.agencyId,
            ':e': after.employeeId,
            ':s': after.status,
          },
        },
      },
    },
    auditPut(store.tableName, actor, { action, entityType: 'user', entityId: before.id, changes }, now),
  ];
  if (before.agencyId !== after.agencyId) {
    if (before.agencyId) items.push(agencyCheck(store, actor.tenantId, before.agencyId, -1));
    if (after.agencyId) items.push(agencyCheck(store, actor.tenantId, after.agencyId, 1));
  }
  // A new link, or a kept link whose account moves to another agency, is checked again.
  if (after.employeeId && (after.employeeId !== before.employeeId || after.agencyId !== before.agencyId)) {
    items.push(...employeeLinkItems(store, actor.tenantId, before.id, after.employeeId, after.agencyId));
  }
  if (before.employeeId && before.employeeId !== after.employeeId) {
    items.push(employeeUnlinkItem(store, actor.tenantId, before.id, before.employeeId));
  }
  await store.transact(items);
  return after;
}
