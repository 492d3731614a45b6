import {
  type Agency,
  conflict,
  diffFields,
  notFound,
  type Unit,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../audit';
import { newId } from '../ids';
import * as keys from '../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../store';

const AGENCY_FIELDS = ['name', 'code', 'status'] as const;
const UNIT_FIELDS = ['name', 'agencyId', 'parentUnitId', 'status'] as const;

const asAgency = (i: Record<string, unknown>) => stripKeys(i) as unknown as Agency;
const asUnit = (i: Record<string, unknown>) => stripKeys(i) as unknown as Unit;

function nameGuard(store: Store, tenantId: string, name: string, agencyId: string): TxItem {
  return {
    op: {
      Put: {
        TableName: store.tableName,
        Item: { ...keys.agencyName(tenantId, name), type: 'AGENCY_NAME', agencyId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: () => conflict(`An agency named "${name}" already exists.`),
  };
}

export async function listAgencies(
  store: Store,
  tenantId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<Agency>> {
  const res = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: 'agencies',
    pk: keys.agenciesPartition(tenantId),
    limit: page.limit,
    cursor: page.cursor,
  });
  return { items: res.items.map(asAgency), nextCursor: res.nextCursor };
}

/**
 * The sum of one of the agencies' counters (`employeeCount`, `userCount`): one agency's (one
 * GetItem; 0 for an agency that does not exist), or the tenant's (one Query of the agencies
 * partition, more only past 1 MB). This is what a list's total is read from, never the list.
 */
export async function agencyCounterTotal(
  store: Store,
  tenantId: string,
  counter: 'employeeCount' | 'userCount',
  agencyId?: string,
): Promise<number> {
  const value = (i: Record<string, unknown> | undefined) =>
    typeof i?.[counter] === 'number' ? (i[counter] as number) : 0;
  if (agencyId) return value(await store.get<Record<string, unknown>>(keys.agency(tenantId, agencyId)));
  let total = 0;
  let cursor: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: 'agencies',
      pk: keys.agenciesPartition(tenantId),
      limit: 1000,
      cursor,
    });
    for (const i of page.items) total += value(i);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return total;
}

export async function getAgency(
  store: Store,
  tenantId: string,
  agencyId: string,
  consistent = false,
): Promise<Agency> {
  const item = await store.get<Record<string, unknown>>(keys.agency(tenantId, agencyId), consistent);
  if (!item) throw notFound('Agency');
  return asAgency(item);
}

export async function createAgency(
  store: Store,
  actor: Actor,
  input: { name: string; code?: string },
  now: Date,
): Promise<Agency> {
  const at = now.toISOString();
  const agency: Agency = {
    id: newId(),
    name: input.name,
    ...(input.code ? { code: input.code } : {}),
    status: 'active',
    unitCount: 0,
    employeeCount: 0,
    userCount: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await store.transact([
    nameGuard(store, actor.tenantId, agency.name, agency.id),
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.agency(actor.tenantId, agency.id), type: 'AGENCY', ...agency },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.agencyUnitsMarker(actor.tenantId, agency.id), type: 'AGENCY_UNITS_MARKER' },
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'agency.create',
        entityType: 'agency',
        entityId: agency.id,
        changes: diffFields(undefined, agency, AGENCY_FIELDS),
      },
      now,
    ),
  ]);
  return agency;
}

/** Rename, recode, deactivate or reactivate: one conditional write on `version`, plus the audit entry. */
export async function changeAgency(
  store: Store,
  actor: Actor,
  agencyId: string,
  patch: { name?: string; code?: string; status?: Agency['status'] },
  version: number,
  now: Date,
  action: string,
): Promise<Agency> {
  const before = await getAgency(store, actor.tenantId, agencyId, true);
  if (before.version !== version) throw versionConflict('Agency');
  const after: Agency = {
    ...before,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.code !== undefined ? { code: patch.code } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    version: version + 1,
    updatedAt: now.toISOString(),
  };
  const items: TxItem[] = [
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.agency(actor.tenantId, agencyId),
          // code is optional: only touched when the patch carries one, so it is never stored as null.
          UpdateExpression: `SET #name = :n, #status = :s, version = :next, updatedAt = :at${after.code !== undefined ? ', code = :c' : ''}`,
          ConditionExpression: 'version = :v',
          ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
          ExpressionAttributeValues: {
            ':n': after.name,
            ...(after.code !== undefined ? { ':c': after.code } : {}),
            ':s': after.status,
            ':next': after.version,
            ':at': after.updatedAt,
            ':v': version,
          },
        },
      },
      onConditionFailed: () => versionConflict('Agency'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action,
        entityType: 'agency',
        entityId: agencyId,
        changes: diffFields(before, after, AGENCY_FIELDS),
      },
      now,
    ),
  ];
  if (keys.agencyName(actor.tenantId, after.name).pk !== keys.agencyName(actor.tenantId, before.name).pk) {
    items.push(nameGuard(store, actor.tenantId, after.name, agencyId), {
      op: { Delete: { TableName: store.tableName, Key: keys.agencyName(actor.tenantId, before.name) } },
    });
  }
  await store.transact(items);
  return after;
}

/** Only an empty agency can be deleted; the counts are checked in the same write that deletes it. */
export async function deleteAgency(
  store: Store,
  actor: Actor,
  agencyId: string,
  version: number,
  now: Date,
): Promise<void> {
  const before = await getAgency(store, actor.tenantId, agencyId, true);
  if (before.version !== version) throw versionConflict('Agency');
  const inUse = () =>
    conflict(
      'The agency still has units, employees or user accounts. Move or remove them first, or deactivate the agency.',
    );
  if (before.unitCount > 0 || before.employeeCount > 0 || before.userCount > 0) throw inUse();
  await store.transact([
    {
      op: {
        Delete: {
          TableName: store.tableName,
          Key: keys.agency(actor.tenantId, agencyId),
          ConditionExpression: 'version = :v AND unitCount = :z AND employeeCount = :z AND userCount = :z',
          ExpressionAttributeValues: { ':v': version, ':z': 0 },
        },
      },
      onConditionFailed: inUse,
    },
    { op: { Delete: { TableName: store.tableName, Key: keys.agencyName(actor.tenantId, before.name) } } },
    { op: { Delete: { TableName: store.tableName, Key: keys.agencyUnitsMarker(actor.tenantId, agencyId) } } },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'agency.delete',
        entityType: 'agency',
        entityId: agencyId,
        changes: diffFields(before, undefined, AGENCY_FIELDS),
      },
      now,
    ),
  ]);
}

/** One Query per page. The first page also reads the agency's marker: no marker, no agency (404). */
export async function listUnits(
  store: Store,
  tenantId: string,
  agencyId: string,
  page: { limit: number; cursor?: string },
): Promise<Page<Unit>> {
  const first = !page.cursor;
  const res = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `units:${agencyId}`,
    pk: keys.unitsPartition(tenantId, agencyId),
    limit: first ? page.limit + 1 : page.limit,
    cursor: page.cursor,
  });
  const marker = keys.agencyUnitsMarker(tenantId, agencyId).sk;
  if (first && res.items[0]?.sk !== marker) throw notFound('Agency');
  return { items: res.items.filter((i) => i.sk !== marker).map(asUnit), nextCursor: res.nextCursor };
}

export async function getUnit(
  store: Store,
  tenantId: string,
  agencyId: string,
  unitId: string,
  consistent = false,
): Promise<Unit> {
  const item = await store.get<Record<string, unknown>>(keys.unit(tenantId, agencyId, unitId), consistent);
  if (!item) throw notFound('Unit');
  return asUnit(item);
}

/**
 * Adjusts one of an agency's counters (`unitCount`, `userCount`, later `employeeCount`) in the
 * transaction that adds or removes what it counts. Adding needs an existing, active agency. The
 * agency named in the path answers 404 when missing; one named in a body is a 400 on `agencyId`.
 */
export const agencyCounter = (
  store: Store,
  tenantId: string,
  agencyId: string,
  counter: 'unitCount' | 'userCount' | 'employeeCount',
  delta: number,
  from: 'path' | 'body',
): TxItem => ({
  op: {
    Update: {
      TableName: store.tableName,
      Key: keys.agency(tenantId, agencyId),
      UpdateExpression: `ADD ${counter} :d`,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      ConditionExpression: delta > 0 ? 'attribute_exists(pk) AND #status = :active' : 'attribute_exists(pk)',
      ...(delta > 0
        ? {
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':d': delta, ':active': 'active' },
          }
        : { ExpressionAttributeValues: { ':d': delta } }),
    },
  },
  onConditionFailed: (existed) =>
    from === 'path' && !existed
      ? notFound('Agency')
      : validationError(
          [{ path: 'agencyId', message: 'agency does not exist or is not active' }],
          'Unknown or inactive agency.',
        ),
});

const childCount = (
  store: Store,
  tenantId: string,
  agencyId: string,
  unitId: string,
  delta: number,
): TxItem => ({
  op: {
    Update: {
      TableName: store.tableName,
      Key: keys.unit(tenantId, agencyId, unitId),
      UpdateExpression: 'ADD childCount :d',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':d': delta },
    },
  },
  onConditionFailed: () =>
    validationError([{ path: 'parentUnitId', message: 'unit does not exist in this agency' }]),
});

export async function createUnit(
  store: Store,
  actor: Actor,
  agencyId: string,
  input: { name: string; parentUnitId?: string },
  now: Date,
): Promise<Unit> {
  const at = now.toISOString();
  const unit: Unit = {
    id: newId(),
    agencyId,
    parentUnitId: input.parentUnitId ?? null,
    name: input.name,
    childCount: 0,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const items: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.unit(actor.tenantId, agencyId, unit.id), type: 'UNIT', ...unit },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    agencyCounter(store, actor.tenantId, agencyId, 'unitCount', 1, 'path'),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'unit.create',
        entityType: 'unit',
        entityId: unit.id,
        changes: diffFields(undefined, unit, UNIT_FIELDS),
      },
      now,
    ),
  ];
  if (unit.parentUnitId) items.push(childCount(store, actor.tenantId, agencyId, unit.parentUnitId, 1));
  await store.transact(items);
  return unit;
}

/**
 * Rename, move inside the agency (new parent) or move to another agency. A move to another agency
 * re-keys the unit (its partition is per agency), so it is refused while the unit has sub-units:
 * moving a whole subtree is a separate, explicit operation.
 */
export async function changeUnit(
  store: Store,
  actor: Actor,
  agencyId: string,
  unitId: string,
  patch: { name?: string; parentUnitId?: string | null; agencyId?: string; status?: Unit['status'] },
  version: number,
  now: Date,
  action: string,
): Promise<Unit> {
  const tenantId = actor.tenantId;
  const before = await getUnit(store, tenantId, agencyId, unitId, true);
  if (before.version !== version) throw versionConflict('Unit');
  const targetAgency = patch.agencyId ?? agencyId;
  const movesAgency = targetAgency !== agencyId;
  const parentUnitId =
    patch.parentUnitId !== undefined ? patch.parentUnitId : movesAgency ? null : before.parentUnitId;
  if (parentUnitId === unitId)
    throw validationError([{ path: 'parentUnitId', message: 'a unit cannot be its own parent' }]);
  if (movesAgency && before.childCount > 0) {
    throw conflict(
      'A unit with sub-units cannot move to another agency. Move or remove its sub-units first.',
    );
  }
  if (parentUnitId && parentUnitId !== before.parentUnitId && !movesAgency) {
    await assertNotDescendant(store, tenantId, agencyId, unitId, parentUnitId);
  }
  const after: Unit = {
    ...before,
    agencyId: targetAgency,
    parentUnitId,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    version: version + 1,
    updatedAt: now.toISOString(),
  };
  const versionCond = {
    ConditionExpression: 'version = :v AND childCount = :c',
    ExpressionAttributeValues: { ':v': version, ':c': before.childCount },
  };
  const items: TxItem[] = [
    auditPut(
      store.tableName,
      actor,
      {
        action,
        entityType: 'unit',
        entityId: unitId,
        changes: diffFields(before, after, UNIT_FIELDS),
      },
      now,
    ),
  ];
  if (movesAgency) {
    items.push(
      {
        op: {
          Delete: { TableName: store.tableName, Key: keys.unit(tenantId, agencyId, unitId), ...versionCond },
        },
        onConditionFailed: () => versionConflict('Unit'),
      },
      {
        op: {
          Put: {
            TableName: store.tableName,
            Item: { ...keys.unit(tenantId, targetAgency, unitId), type: 'UNIT', ...after },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      agencyCounter(store, tenantId, agencyId, 'unitCount', -1, 'path'),
      agencyCounter(store, tenantId, targetAgency, 'unitCount', 1, 'body'),
    );
  } else {
    items.push({
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.unit(tenantId, agencyId, unitId),
          UpdateExpression:
            'SET #name = :n, parentUnitId = :p, #status = :s, version = :next, updatedAt = :at',
          ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: {
            ':n': after.name,
            ':p': after.parentUnitId,
            ':s': after.status,
            ':next': after.version,
            ':at': after.updatedAt,
            ':v': version,
          },
        },
      },
      onConditionFailed: () => versionConflict('Unit'),
    });
  }
  if (before.parentUnitId !== parentUnitId || movesAgency) {
    if (before.parentUnitId) items.push(childCount(store, tenantId, agencyId, before.parentUnitId, -1));
    if (parentUnitId) items.push(childCount(store, tenantId, targetAgency, parentUnitId, 1));
  }
  await store.transact(items);
  return after;
}

/** Walks up from the new parent; finding the unit itself on the way means the move makes a cycle. */
async function assertNotDescendant(
  store: Store,
  tenantId: string,
  agencyId: string,
  unitId: string,
  newParent: string,
) {
  let cursor: string | null = newParent;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === unitId) {
      throw validationError([{ path: 'parentUnitId', message: 'a unit cannot move under its own sub-unit' }]);
    }
    const parent: Unit = await getUnit(store, tenantId, agencyId, cursor).catch(() => {
      throw validationError([{ path: 'parentUnitId', message: 'unit does not exist in this agency' }]);
    });
    cursor = parent.parentUnitId;
  }
}
