import {
  type AgencyScope,
  type AttendanceMonthState,
  type AttendanceRecap,
  type AttendanceRecapQuery,
  type AttendanceRecapRow,
  type CloseAttendanceMonthInput,
  conflict,
  datesOfMonth,
  dayView,
  deductionTableOf,
  forbidden,
  inScope,
  localTimeOf,
  type ReopenAttendanceMonthInput,
  versionConflict,
  type WorkSchedule,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Store } from '../../store';
import { getAgency, listUnits } from '../org';
import { asStoredEmployee, type StoredEmployee } from '../personnel/employee-writes';
import { allAssignments, getAttendanceSettings } from './places';
import { holidaysOf, type MonthItem, punchesOfDay, rosteredByDate, schedulesFor, summaryOf } from './punches';

/**
 * The monthly recap of an agency (issue 13 §3) and the month close. A page of the recap is one page
 * of the agency's employees (pattern 30) and their month items (one BatchGetItem per 100), never a
 * punch; the settings, the month's holidays, the tenant's assignments, the unit names and the month's
 * state are read once per page.
 */

const emptyState = (agencyId: string, month: string): AttendanceMonthState => ({
  agencyId,
  month,
  status: 'open',
  closedAt: null,
  closedBy: null,
  reopenedAt: null,
  reopenReason: null,
  version: 0,
});

export async function getMonthState(
  store: Store,
  tenantId: string,
  agencyId: string,
  month: string,
  consistent = false,
): Promise<AttendanceMonthState> {
  const item = await store.get<AttendanceMonthState>(
    keys.attendanceMonthState(tenantId, agencyId, month),
    consistent,
  );
  if (!item) return emptyState(agencyId, month);
  const { agencyId: a, month: m, status, closedAt, closedBy, reopenedAt, reopenReason, version } = item;
  return { agencyId: a, month: m, status, closedAt, closedBy, reopenedAt, reopenReason, version };
}

async function scopedAgency(store: Store, tenantId: string, scope: AgencyScope, agencyId: string) {
  if (!inScope(scope, agencyId)) throw forbidden("An agency admin sees their own agency's attendance only.");
  return getAgency(store, tenantId, agencyId);
}

export async function getRecap(
  store: Store,
  tenantId: string,
  scope: AgencyScope,
  q: AttendanceRecapQuery,
  tenantTimeZone: string,
  now: Date,
): Promise<AttendanceRecap> {
  const agency = await scopedAgency(store, tenantId, scope, q.agencyId);
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `attendance-recap:${q.agencyId}`,
    index: 'gsi2',
    pk: keys.employeesByAgency(tenantId, q.agencyId).gsi2pk,
    limit: q.limit,
    cursor: q.cursor,
  });
  const employees = page.items.map(asStoredEmployee);
  const [settings, holidays, assignments, state, units, items] = await Promise.all([
    getAttendanceSettings(store, tenantId),
    holidaysOf(store, tenantId, [q.month]),
    allAssignments(store, tenantId),
    getMonthState(store, tenantId, q.agencyId, q.month),
    listUnits(store, tenantId, q.agencyId, { limit: 100 }).catch(() => ({ items: [] })),
    monthItems(store, tenantId, q.agencyId, q.month, employees),
  ]);
  const unitNames = new Map(units.items.map((u) => [u.id, u.name]));
  const table = deductionTableOf(settings.deduction);
  const dates = datesOfMonth(q.month);
  const cache = new Map<string, WorkSchedule & { name: string }>();
  const rows: AttendanceRecapRow[] = [];
  for (const e of employees) {
    const item = items.get(e.id);
    const timeZone = (item?.timeZone as string | undefined) ?? tenantTimeZone;
    const schedules = await schedulesFor(
      store,
      tenantId,
      { id: e.id, unitId: e.unitId },
      dates,
      settings.ramadan,
      assignments,
      cache,
    );
    const rostered = await rosteredByDate(
      store,
      tenantId,
      { id: e.id, unitId: e.unitId },
      dates,
      schedules,
      timeZone,
    );
    const views = dates.map((date) =>
      dayView({
        date,
        rostered: rostered.get(date),
        schedule: schedules.get(date) as WorkSchedule,
        holidays,
        timeZone,
        punches: punchesOfDay(item, date),
        now,
        table,
      }),
    );
    rows.push({
      employeeId: e.id,
      name: e.name,
      nip: e.nip,
      unitId: e.unitId,
      unitName: unitNames.get(e.unitId) ?? '',
      ...summaryOf(views, table),
    });
  }
  return {
    agency: { id: agency.id, name: agency.name },
    month: q.month,
    state,
    items: rows,
    nextCursor: page.nextCursor,
  };
}

async function monthItems(
  store: Store,
  tenantId: string,
  agencyId: string,
  month: string,
  employees: readonly StoredEmployee[],
): Promise<Map<string, MonthItem>> {
  const out = new Map<string, MonthItem>();
  for (let i = 0; i < employees.length; i += 100) {
    const got = await store.batchGet<MonthItem>(
      employees.slice(i, i + 100).map((e) => keys.attendanceMonth(tenantId, agencyId, month, e.id)),
    );
    for (const g of got) out.set(g.employeeId as string, g);
  }
  return out;
}

/** Every row of an agency's month (the XLSX export), page by page; at most `cap` employees. */
export async function allRecapRows(
  store: Store,
  tenantId: string,
  scope: AgencyScope,
  q: Omit<AttendanceRecapQuery, 'cursor' | 'limit'>,
  tenantTimeZone: string,
  now: Date,
  cap = 5000,
): Promise<{ recap: Omit<AttendanceRecap, 'nextCursor'>; truncated: boolean }> {
  let cursor: string | undefined;
  const rows: AttendanceRecapRow[] = [];
  let first: AttendanceRecap | undefined;
  do {
    const page: AttendanceRecap = await getRecap(
      store,
      tenantId,
      scope,
      { ...q, cursor, limit: 100 },
      tenantTimeZone,
      now,
    );
    first ??= page;
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < cap);
  const { nextCursor: _n, ...head } = first as AttendanceRecap;
  return { recap: { ...head, items: rows.slice(0, cap) }, truncated: !!cursor || rows.length > cap };
}

/**
 * Closes an agency's month: from then on it is the month the TPP is paid on. Only a month that has
 * ended in the tenant's zone can be closed; closing a closed month is a 409. Audited on the agency.
 */
export async function closeMonth(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: CloseAttendanceMonthInput,
  tenantTimeZone: string,
  now: Date,
): Promise<AttendanceMonthState> {
  await scopedAgency(store, actor.tenantId, scope, input.agencyId);
  const current = localTimeOf(now, tenantTimeZone).date.slice(0, 7);
  if (input.month >= current)
    throw conflict(`Only a month that has ended can be closed; ${input.month} has not ended yet.`);
  const before = await getMonthState(store, actor.tenantId, input.agencyId, input.month, true);
  if (before.status === 'closed') throw conflict(`${input.month} is already closed.`);
  const after: AttendanceMonthState = {
    ...before,
    status: 'closed',
    closedAt: now.toISOString(),
    closedBy: actor.name ?? actor.sub,
    version: before.version + 1,
  };
  await writeState(store, actor, before, after, 'attendanceMonth.close', { month: input.month }, now);
  return after;
}

/** Reopens a closed month for a correction, with the reason; audited on the agency. */
export async function reopenMonth(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: ReopenAttendanceMonthInput,
  now: Date,
): Promise<AttendanceMonthState> {
  await scopedAgency(store, actor.tenantId, scope, input.agencyId);
  const before = await getMonthState(store, actor.tenantId, input.agencyId, input.month, true);
  if (before.status !== 'closed') throw conflict(`${input.month} is not closed.`);
  const after: AttendanceMonthState = {
    ...before,
    status: 'open',
    reopenedAt: now.toISOString(),
    reopenReason: input.reason,
    version: before.version + 1,
  };
  await writeState(
    store,
    actor,
    before,
    after,
    'attendanceMonth.reopen',
    { month: input.month, reason: input.reason },
    now,
  );
  return after;
}

async function writeState(
  store: Store,
  actor: Actor,
  before: AttendanceMonthState,
  after: AttendanceMonthState,
  action: string,
  what: Record<string, string>,
  now: Date,
) {
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.attendanceMonthState(actor.tenantId, after.agencyId, after.month),
            type: 'ATTENDANCE_MONTH_STATE',
            ...after,
          },
          ...(before.version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }),
        },
      },
      onConditionFailed: () => versionConflict(`The attendance month ${after.month}`),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action,
        entityType: 'agency',
        entityId: after.agencyId,
        changes: {
          [`attendance ${what.month}`]: { before: before.status, after: after.status },
          ...(what.reason ? { reason: { before: null, after: what.reason } } : {}),
        },
      },
      now,
    ),
  ]);
}
