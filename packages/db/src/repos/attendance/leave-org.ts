import {
  type AgencyOrg,
  type AgencyScope,
  type ApprovalDelegation,
  type ApprovalDelegationRecord,
  type ApproverContext,
  agencyHeadOf,
  type CreateApprovalDelegationInput,
  conflict,
  directSuperiorOf,
  forbidden,
  inScope,
  type LeaveType,
  type ListApprovalDelegationsQuery,
  MANAGERIAL_POSITION_TYPES,
  notFound,
  type OrgLeader,
  type PositionType,
  pybmcOf,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys } from '../../store';
import type { StoredEmployee } from '../personnel/employee-writes';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';
import { cachedConfig, invalidateAttendanceConfig } from './config-cache';
import { getAttendanceSettings } from './places';

/**
 * Who acts on a leave (issue 13 §4), resolved when they act: the direct superior from the org
 * structure (`directSuperiorOf`), the PYBMC from the tenant's rules (else the agency head), and the
 * Plt/Plh delegations valid that day. An agency's leaders and unit tree are read once per container
 * and kept 30 s, like the rest of the attendance configuration: a placement shows here within 30 s.
 */

export interface AgencyOrgView extends AgencyOrg {
  unitNames: ReadonlyMap<string, string>;
}

export function agencyOrgOf(store: Store, tenantId: string, agencyId: string): Promise<AgencyOrgView> {
  return cachedConfig(tenantId, `org:${agencyId}`, async () => {
    const placeholders = MANAGERIAL_POSITION_TYPES.map((_, i) => `:pt${i}`);
    const [units, leaders] = await Promise.all([
      queryAll(store, { pk: keys.unitsPartition(tenantId, agencyId) }),
      queryAll(store, {
        index: 'gsi2',
        pk: keys.employeesByAgency(tenantId, agencyId).gsi2pk,
        filter: {
          expression: `positionType IN (${placeholders.join(', ')}) AND #st = :aktif`,
          names: { '#st': 'status' },
          values: {
            ':aktif': 'AKTIF',
            ...Object.fromEntries(MANAGERIAL_POSITION_TYPES.map((p, i) => [`:pt${i}`, p])),
          },
        },
      }),
    ]);
    const parentOf = new Map<string, string | null>();
    const unitNames = new Map<string, string>();
    for (const u of units) {
      if (u.type !== 'UNIT') continue;
      parentOf.set(String(u.id), (u.parentUnitId as string | null) ?? null);
      unitNames.set(String(u.id), String(u.name));
    }
    return {
      parentOf,
      unitNames,
      leaders: leaders.map(
        (e): OrgLeader => ({
          employeeId: String(e.id),
          name: String(e.name),
          unitId: String(e.unitId),
          positionType: e.positionType as PositionType,
        }),
      ),
    };
  });
}

// ---- Delegations (Plt/Plh) ----

type DelegationItem = ApprovalDelegationRecord & { principalId: string; delegateId: string };

const asDelegation = (i: Record<string, unknown>): DelegationItem => {
  const { principalId: _p, delegateId: _d, ...rest } = stripKeys(i) as unknown as DelegationItem;
  return rest as DelegationItem;
};

/** Every delegation of the tenant (tens), cached like the configuration. */
export function allDelegations(
  store: Store,
  tenantId: string,
): Promise<(ApprovalDelegation & { id: string })[]> {
  return cachedConfig(tenantId, 'delegations', async () =>
    (await queryAll(store, { pk: keys.approvalDelegationsPartition(tenantId) })).map((i) => ({
      id: String(i.id),
      principalId: String(i.principalId),
      delegateId: String(i.delegateId),
      kind: i.kind as ApprovalDelegation['kind'],
      startDate: String(i.startDate),
      endDate: String(i.endDate),
      revoked: !!i.revoked,
    })),
  );
}

const namedEmployee = async (store: Store, tenantId: string, id: string, path: string) => {
  const e = await getStoredEmployee(store, tenantId, id).catch(() => null);
  if (e?.status !== 'AKTIF')
    throw validationError([{ path, message: 'is not an active employee of this tenant' }]);
  return e;
};

/**
 * A Plt or Plh standing in for an official over a date range. A tenant admin names anyone; an agency
 * admin only an official of their own agency. Audited.
 */
export async function createDelegation(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: CreateApprovalDelegationInput,
  now: Date,
): Promise<ApprovalDelegationRecord> {
  const [principal, delegate] = await Promise.all([
    namedEmployee(store, actor.tenantId, input.principalId, 'principalId'),
    namedEmployee(store, actor.tenantId, input.delegateId, 'delegateId'),
  ]);
  if (!inScope(scope, principal.agencyId))
    throw forbidden("An agency admin names a Plt or Plh for their own agency's officials only.");
  const overlapping = (await allDelegations(store, actor.tenantId)).find(
    (d) =>
      !d.revoked &&
      d.principalId === principal.id &&
      d.startDate <= input.endDate &&
      input.startDate <= d.endDate,
  );
  if (overlapping)
    throw conflict(
      `${principal.name} already has a Plt/Plh from ${overlapping.startDate} to ${overlapping.endDate}; revoke it first.`,
    );
  const record: DelegationItem = {
    id: newId(),
    principal: { id: principal.id, name: principal.name },
    delegate: { id: delegate.id, name: delegate.name },
    principalId: principal.id,
    delegateId: delegate.id,
    agencyId: principal.agencyId,
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.endDate,
    decreeNumber: input.decreeNumber ?? null,
    revoked: false,
    createdAt: now.toISOString(),
    createdBy: actor.name ?? actor.sub,
    version: 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.approvalDelegation(actor.tenantId, record.id),
            type: 'APPROVAL_DELEGATION',
            ...record,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'approvalDelegation.create',
        entityType: 'approvalDelegation',
        entityId: record.id,
        changes: {
          principal: { before: null, after: principal.name },
          delegate: { before: null, after: delegate.name },
          kind: { before: null, after: record.kind },
          startDate: { before: null, after: record.startDate },
          endDate: { before: null, after: record.endDate },
          ...(record.decreeNumber ? { decreeNumber: { before: null, after: record.decreeNumber } } : {}),
        },
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  return asDelegation(record as unknown as Record<string, unknown>);
}

export async function revokeDelegation(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  delegationId: string,
  input: { version: number; reason: string },
  now: Date,
): Promise<ApprovalDelegationRecord> {
  const key = keys.approvalDelegation(actor.tenantId, delegationId);
  const item = await store.get<Record<string, unknown>>(key, true);
  if (!item || !inScope(scope, String(item.agencyId))) throw notFound('Delegation');
  if (item.revoked) throw conflict('This delegation is already revoked.');
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: key,
          UpdateExpression: 'SET revoked = :t, version = :next',
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':t': true, ':v': input.version, ':next': input.version + 1 },
        },
      },
      onConditionFailed: () => versionConflict('The delegation'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'approvalDelegation.revoke',
        entityType: 'approvalDelegation',
        entityId: delegationId,
        changes: { revoked: { before: false, after: true }, reason: { before: null, after: input.reason } },
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  return asDelegation({ ...item, revoked: true, version: input.version + 1 });
}

/** A page of delegations, newest first: a tenant admin's (optionally one agency's), an agency admin's own. */
export async function listDelegations(
  store: Store,
  tenantId: string,
  scope: AgencyScope,
  q: ListApprovalDelegationsQuery,
): Promise<Page<ApprovalDelegationRecord>> {
  if (q.agencyId && !inScope(scope, q.agencyId)) throw forbidden('That agency is outside your scope.');
  const agencyId = q.agencyId ?? scope.agencyId ?? undefined;
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `delegations:${agencyId ?? 'all'}`,
    pk: keys.approvalDelegationsPartition(tenantId),
    limit: q.limit,
    cursor: q.cursor,
    forward: false,
    ...(agencyId ? { filter: { expression: 'agencyId = :a', values: { ':a': agencyId } } } : {}),
  });
  return { items: page.items.map(asDelegation), nextCursor: page.nextCursor };
}

// ---- Approvers of a request ----

export interface Approvers extends ApproverContext {
  superior: { id: string; name: string } | null;
  pybmc: { id: string; name: string } | null;
  unitName: string;
}

/**
 * The approvers of an employee's leave of a type, now: the employee's current unit and position
 * decide the superior; the tenant's rules (or the agency head) the PYBMC.
 */
export async function approversOf(
  store: Store,
  tenantId: string,
  employee: Pick<StoredEmployee, 'id' | 'agencyId' | 'unitId' | 'positionType'>,
  type: LeaveType,
  on: string,
): Promise<Approvers> {
  const [org, settings, delegations] = await Promise.all([
    agencyOrgOf(store, tenantId, employee.agencyId),
    getAttendanceSettings(store, tenantId),
    allDelegations(store, tenantId),
  ]);
  const superior = directSuperiorOf(employee, org);
  // A PYBMC's own leave goes to the next rule that names someone else (their own PYBMC).
  let pybmcId = pybmcOf(
    settings.pybmc.filter((r) => r.employeeId !== employee.id),
    { agencyId: employee.agencyId, type },
  );
  let pybmcName: string | null = null;
  if (!pybmcId) {
    const head = agencyHeadOf(org);
    pybmcId = head?.employeeId ?? null;
    pybmcName = head?.name ?? null;
  }
  if (pybmcId === employee.id) pybmcId = null;
  if (pybmcId && !pybmcName) {
    pybmcName =
      org.leaders.find((l) => l.employeeId === pybmcId)?.name ??
      (await getStoredEmployee(store, tenantId, pybmcId).catch(() => null))?.name ??
      null;
  }
  return {
    currentSuperiorId: superior?.employeeId ?? null,
    pybmcId,
    delegations,
    on,
    superior: superior ? { id: superior.employeeId, name: superior.name } : null,
    pybmc: pybmcId ? { id: pybmcId, name: pybmcName ?? pybmcId } : null,
    unitName: org.unitNames.get(employee.unitId) ?? '',
  };
}
