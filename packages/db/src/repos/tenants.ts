import {
  type CreateTenantInput,
  conflict,
  diffFields,
  HOLIDAY_DECREES,
  notFound,
  PLATFORM_TENANT_ID,
  STANDARD_COMPETENCIES,
  standardCompetencyInput,
  type Tenant,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../audit';
import { newId } from '../ids';
import * as keys from '../keys';
import type { StoreProvider } from '../provider';
import { type Page, type Store, stripKeys } from '../store';
import { seededHolidayWrites } from './attendance/holidays';
import { competencyWrites } from './personnel/competencies';
import { type LoginRecordInput, newUserWrites } from './users';

const TENANT_FIELDS = ['slug', 'name', 'level', 'bpsCode', 'timeZone', 'status'] as const;

/** Tenants live on the platform partition: the platform admin's store (function role) reads them. */
export async function listTenants(
  store: Store,
  page: { limit: number; cursor?: string },
): Promise<Page<Tenant>> {
  const res = await store.query<Record<string, unknown>>({
    tenantId: PLATFORM_TENANT_ID,
    queryId: 'tenants',
    pk: keys.tenantsPartition(),
    limit: page.limit,
    cursor: page.cursor,
  });
  return { items: res.items.map((i) => stripKeys(i) as unknown as Tenant), nextCursor: res.nextCursor };
}

export async function getTenant(store: Store, tenantId: string): Promise<Tenant> {
  const item = await store.get<Record<string, unknown>>(keys.tenant(tenantId));
  if (!item) throw notFound('Tenant');
  return stripKeys(item) as unknown as Tenant;
}

/**
 * Creates a tenant and its first tenant admin. The platform items (tenant, slug guard) and the
 * tenant's own items (admin user, login) are reachable by different IAM roles in AWS, so this is
 * two transactions: the first claims the slug (409 if taken, nothing written); if the second fails,
 * the first is undone so no half-made tenant remains.
 *
 * The second transaction also fills the competency catalogue with the standard managerial and
 * socio-cultural competencies (STANDARD_COMPETENCIES, PermenPANRB 38/2017), each with its audit
 * entry, and the holiday calendar with the national holidays and cuti bersama of each decree in
 * HOLIDAY_DECREES (one audit entry per decree): 3 items for the admin + 2 × 9 + 25 + 1 = 47 of
 * DynamoDB's 100 for 2026, a few kB of its 4 MB. (A second year's decree adds about 26 more.)
 */
export async function createTenant(
  stores: StoreProvider,
  actor: Actor,
  input: CreateTenantInput,
  credential: Partial<LoginRecordInput>,
  now: Date,
): Promise<{ tenant: Tenant; adminUserId: string }> {
  const platform = stores.platform();
  const id = newId();
  const at = now.toISOString();
  const tenant: Tenant = {
    id,
    slug: input.slug,
    name: input.name,
    level: input.level,
    bpsCode: input.bpsCode,
    timeZone: input.timeZone,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await platform.transact([
    {
      op: {
        Put: {
          TableName: platform.tableName,
          Item: { ...keys.tenantSlug(input.slug), type: 'TENANT_SLUG', tenantId: id },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => conflict(`The slug "${input.slug}" is already used by another tenant.`),
    },
    {
      op: {
        Put: {
          TableName: platform.tableName,
          Item: { ...keys.tenant(id), type: 'TENANT', ...tenant },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      platform.tableName,
      actor,
      {
        action: 'tenant.create',
        entityType: 'tenant',
        entityId: id,
        changes: diffFields(undefined, tenant, TENANT_FIELDS),
      },
      now,
    ),
  ]);

  const tenantStore = await stores.forTenant(id);
  const adminUserId = newId();
  const tenantActor: Actor = { ...actor, tenantId: id };
  try {
    await tenantStore.transact([
      ...newUserWrites(
        tenantStore,
        tenantActor,
        {
          id: adminUserId,
          username: input.firstAdmin.username,
          name: input.firstAdmin.name,
          email: input.firstAdmin.email,
          role: 'tenant-admin',
          agencyId: null,
          employeeId: null,
        },
        credential,
        now,
      ).items,
      ...STANDARD_COMPETENCIES.flatMap(
        (c) => competencyWrites(tenantStore, tenantActor, standardCompetencyInput(c), now).items,
      ),
      ...HOLIDAY_DECREES.flatMap((d) => seededHolidayWrites(tenantStore, tenantActor, d, now)),
    ]);
  } catch (err) {
    await platform.transact([
      { op: { Delete: { TableName: platform.tableName, Key: keys.tenantSlug(input.slug) } } },
      { op: { Delete: { TableName: platform.tableName, Key: keys.tenant(id) } } },
      auditPut(platform.tableName, actor, {
        action: 'tenant.create.rollback',
        entityType: 'tenant',
        entityId: id,
        changes: diffFields(tenant, undefined, TENANT_FIELDS),
      }),
    ]);
    throw err;
  }
  return { tenant, adminUserId };
}

export async function setTenantStatus(
  store: Store,
  actor: Actor,
  tenantId: string,
  status: Tenant['status'],
  version: number,
  now: Date,
): Promise<Tenant> {
  const before = await getTenant(store, tenantId);
  if (before.version !== version) throw versionConflict('Tenant');
  const after: Tenant = { ...before, status, version: version + 1, updatedAt: now.toISOString() };
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.tenant(tenantId),
          UpdateExpression: 'SET #status = :s, version = :next, updatedAt = :at',
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':s': status,
            ':next': version + 1,
            ':v': version,
            ':at': after.updatedAt,
          },
        },
      },
      onConditionFailed: () => versionConflict('Tenant'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: status === 'suspended' ? 'tenant.suspend' : 'tenant.reactivate',
        entityType: 'tenant',
        entityId: tenantId,
        changes: diffFields(before, after, ['status']),
      },
      now,
    ),
  ]);
  return after;
}
