import {
  type AttendanceRequest,
  type AttendanceRequestKind,
  type AttendanceViewer,
  assertCanDecideRequest,
  assertPending,
  badCursor,
  type Claims,
  conflict,
  datesByMonth,
  forbidden,
  type ListAttendanceRequestsQuery,
  MAX_OFFSITE_DUTY_DAYS,
  notFound,
  type RequestAttendancePermissionInput,
  type RequestOffsiteDutyInput,
  requestDates,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys, type TxItem } from '../../store';
import { getStoredEmployee } from '../personnel/employees';
import { selfOf } from './punches';
import { getMonthState } from './recap';

/**
 * Off-site duty (dinas luar) and izin (issue 13 §2): one item per request, found by id; gsi1 lists
 * an employee's own, gsi2 an agency's by status (the approvals inbox). An approval writes, in the
 * same transaction, the request's days onto the employee's month items (`duty_DD`, `waiveLate_DD`,
 * `waiveEarly_DD`), which the calendar, the team view and the recap read; and it checks that none of
 * those months is closed. Every step is audited on the request.
 */

const asRequest = (item: Record<string, unknown>): AttendanceRequest =>
  stripKeys(item) as unknown as AttendanceRequest;

const REQUEST_FIELDS = [
  'kind',
  'status',
  'startDate',
  'endDate',
  'letterNumber',
  'place',
  'lat',
  'lon',
  'reason',
  'decisionNote',
] as const;

async function assertMonthsOpen(store: Store, tenantId: string, agencyId: string, dates: readonly string[]) {
  for (const month of datesByMonth(dates).keys()) {
    const state = await getMonthState(store, tenantId, agencyId, month);
    if (state.status === 'closed')
      throw conflict(`${month} is closed for attendance; an admin must reopen it first, with a reason.`);
  }
}

/** A new request by the caller (an account linked to an employee), pending its decision. */
export async function createRequest(
  store: Store,
  claims: Claims,
  actor: Actor,
  input:
    | ({ kind: 'offsite-duty' } & RequestOffsiteDutyInput)
    | ({ kind: 'late-arrival' | 'early-leave' } & Omit<RequestAttendancePermissionInput, 'kind'>),
  now: Date,
): Promise<AttendanceRequest> {
  const employee = await selfOf(store, claims);
  const [startDate, endDate] =
    input.kind === 'offsite-duty' ? [input.startDate, input.endDate] : [input.date, input.date];
  const dates = requestDates({ startDate, endDate });
  if (dates.length > MAX_OFFSITE_DUTY_DAYS)
    throw validationError([
      { path: 'endDate', message: `an off-site duty request covers at most ${MAX_OFFSITE_DUTY_DAYS} days` },
    ]);
  await assertMonthsOpen(store, claims.tenantId, employee.agencyId, dates);
  const at = now.toISOString();
  const duty = input.kind === 'offsite-duty' ? input : null;
  const request: AttendanceRequest = {
    id: newId(),
    kind: input.kind as AttendanceRequestKind,
    employeeId: employee.id,
    employeeName: employee.name,
    agencyId: employee.agencyId,
    unitId: employee.unitId,
    status: 'PENDING',
    startDate,
    endDate,
    letterNumber: duty?.letterNumber ?? null,
    place: duty?.place ?? null,
    lat: duty?.lat ?? null,
    lon: duty?.lon ?? null,
    reason: input.kind === 'offsite-duty' ? null : input.reason,
    createdAt: at,
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    version: 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: itemOf(claims.tenantId, request),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: input.kind === 'offsite-duty' ? 'offsiteDuty.request' : 'attendancePermission.request',
        entityType: 'attendanceRequest',
        entityId: request.id,
        changes: Object.fromEntries(
          REQUEST_FIELDS.filter((f) => request[f] !== null).map((f) => [
            f,
            { before: null, after: request[f] },
          ]),
        ),
      },
      now,
    ),
  ]);
  return request;
}

const itemOf = (tenantId: string, r: AttendanceRequest) => ({
  ...keys.attendanceRequest(tenantId, r.id),
  type: 'ATTENDANCE_REQUEST',
  ...r,
  ...keys.attendanceRequestsByEmployee(tenantId, r.employeeId),
  gsi1sk: `${r.startDate}#${r.id}`,
  ...keys.attendanceRequestsByAgency(tenantId, r.agencyId),
  gsi2sk: keys.attendanceRequestStatusSort(r.status, r.createdAt, r.id),
});

export async function getRequest(store: Store, tenantId: string, requestId: string, consistent = false) {
  const item = await store.get<Record<string, unknown>>(
    keys.attendanceRequest(tenantId, requestId),
    consistent,
  );
  if (!item) throw notFound('Request');
  return asRequest(item);
}

/**
 * Approves or refuses a pending request of the expected kind. An approval writes the request's days
 * onto the month items, conditional on each month not being closed; the request's own write is
 * conditional on the version read, so one of two deciders at once gets a 409.
 */
export async function decideRequest(
  store: Store,
  actor: Actor,
  viewer: AttendanceViewer,
  kinds: readonly AttendanceRequestKind[],
  requestId: string,
  decision: { approve: boolean; note?: string },
  now: Date,
): Promise<AttendanceRequest> {
  const before = await getRequest(store, actor.tenantId, requestId, true);
  if (!kinds.includes(before.kind)) throw notFound('Request');
  if (viewer.claims.role === 'employee' && viewer.claims.employeeId !== before.employeeId)
    throw notFound('Request');
  assertCanDecideRequest(viewer, before);
  assertPending(before);
  const dates = requestDates(before);
  if (decision.approve) await assertMonthsOpen(store, actor.tenantId, before.agencyId, dates);
  const after: AttendanceRequest = {
    ...before,
    status: decision.approve ? 'APPROVED' : 'REJECTED',
    decidedAt: now.toISOString(),
    decidedBy: { sub: actor.sub, name: actor.name ?? actor.sub, role: actor.role },
    decisionNote: decision.note ?? null,
    version: before.version + 1,
  };
  const writes: TxItem[] = [
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: itemOf(actor.tenantId, after),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': before.version },
        },
      },
      onConditionFailed: () => versionConflict('The request'),
    },
  ];
  if (decision.approve) {
    const employee = await getStoredEmployee(store, actor.tenantId, before.employeeId).catch(() => null);
    for (const [month, days] of datesByMonth(dates)) {
      writes.push(
        {
          op: {
            ConditionCheck: {
              TableName: store.tableName,
              Key: keys.attendanceMonthState(actor.tenantId, before.agencyId, month),
              ConditionExpression: 'attribute_not_exists(pk) OR #s = :open',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':open': 'open' },
            },
          },
          onConditionFailed: () => conflict(`${month} was closed meanwhile; reopen it first.`),
        },
        monthWrite(
          actor.tenantId,
          before,
          employee?.name ?? before.employeeName,
          month,
          days,
          store.tableName,
        ),
      );
    }
  }
  writes.push(
    auditPut(
      store.tableName,
      actor,
      {
        action: `${before.kind === 'offsite-duty' ? 'offsiteDuty' : 'attendancePermission'}.${
          decision.approve ? 'approve' : 'reject'
        }`,
        entityType: 'attendanceRequest',
        entityId: before.id,
        changes: {
          status: { before: before.status, after: after.status },
          ...(after.decisionNote ? { decisionNote: { before: null, after: after.decisionNote } } : {}),
        },
      },
      now,
    ),
  );
  await store.transact(writes);
  return after;
}

/** The month item's marks for an approved request's days (creating the item if nobody punched yet). */
function monthWrite(
  tenantId: string,
  r: AttendanceRequest,
  name: string,
  month: string,
  days: readonly string[],
  tableName: string,
): TxItem {
  const names: Record<string, string> = {
    '#type': 'type',
    '#e': 'employeeId',
    '#a': 'agencyId',
    '#u': 'unitId',
    '#n': 'name',
    '#m': 'month',
  };
  const values: Record<string, unknown> = {
    ':type': 'ATTENDANCE_MONTH',
    ':e': r.employeeId,
    ':a': r.agencyId,
    ':u': r.unitId,
    ':n': name,
    ':m': month,
    ':r': r.id,
  };
  const sets = ['#type = :type', '#e = :e', '#a = :a', '#u = :u', '#n = if_not_exists(#n, :n)', '#m = :m'];
  const prefix = r.kind === 'offsite-duty' ? 'duty' : r.kind === 'late-arrival' ? 'waiveLate' : 'waiveEarly';
  days.forEach((d, i) => {
    names[`#d${i}`] = `${prefix}_${d.slice(8, 10)}`;
    sets.push(`#d${i} = :r`);
  });
  return {
    op: {
      Update: {
        TableName: tableName,
        Key: keys.attendanceMonth(tenantId, r.agencyId, month, r.employeeId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

/**
 * `mine`: the caller's own requests, newest first. `inbox`: what the caller may decide, oldest
 * first, by status (default pending): a supervisor's own unit, an agency admin's agency, a tenant
 * admin's chosen agency.
 */
export async function listRequests(
  store: Store,
  viewer: AttendanceViewer,
  q: ListAttendanceRequestsQuery,
): Promise<Page<AttendanceRequest>> {
  const { claims } = viewer;
  const tenantId = (claims as Claims).tenantId;
  if (q.view === 'mine') {
    if (!claims.employeeId) {
      // Nothing to list, and no page of this list was ever handed out: any cursor is someone else's.
      if (q.cursor) throw badCursor();
      return { items: [], nextCursor: null };
    }
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `attreq:mine:${claims.employeeId}:${q.status ?? 'all'}`,
      index: 'gsi1',
      pk: keys.attendanceRequestsByEmployee(tenantId, claims.employeeId).gsi1pk,
      limit: q.limit,
      cursor: q.cursor,
      forward: false,
      ...(q.status
        ? { filter: { expression: '#s = :s', names: { '#s': 'status' }, values: { ':s': q.status } } }
        : {}),
    });
    return { items: page.items.map(asRequest), nextCursor: page.nextCursor };
  }
  let agencyId: string;
  let unitId: string | undefined;
  switch (claims.role) {
    case 'tenant-admin':
      if (!q.agencyId)
        throw validationError([
          { path: 'agencyId', message: "a tenant admin's inbox is per agency: name one" },
        ]);
      agencyId = q.agencyId;
      break;
    case 'agency-admin':
      if (!claims.agencyId || (q.agencyId && q.agencyId !== claims.agencyId))
        throw forbidden("An agency admin decides their own agency's requests only.");
      agencyId = claims.agencyId;
      break;
    case 'supervisor':
      if (!claims.agencyId || !viewer.ownUnitId) throw forbidden('Your account has no unit to decide for.');
      agencyId = claims.agencyId;
      unitId = viewer.ownUnitId;
      break;
    default:
      throw forbidden('Requests are decided by supervisors and admins.');
  }
  const status = q.status ?? 'PENDING';
  // A supervisor's inbox is the agency's filtered to their unit: read on (at most 5 calls) until
  // the page is full or the list ends, so other units' requests never make it look empty.
  const items: AttendanceRequest[] = [];
  let cursor = q.cursor;
  let nextCursor: string | null = null;
  for (let call = 0; call < 5; call++) {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: `attreq:inbox:${agencyId}:${unitId ?? 'all'}:${status}`,
      index: 'gsi2',
      pk: keys.attendanceRequestsByAgency(tenantId, agencyId).gsi2pk,
      skBeginsWith: keys.attendanceRequestStatusPrefix(status),
      limit: q.limit - items.length,
      cursor,
      ...(unitId ? { filter: { expression: 'unitId = :u', values: { ':u': unitId } } } : {}),
    });
    items.push(...page.items.map(asRequest).filter((r) => r.employeeId !== claims.employeeId));
    nextCursor = page.nextCursor;
    if (!nextCursor || items.length >= q.limit) break;
    cursor = nextCursor;
  }
  return { items, nextCursor };
}
