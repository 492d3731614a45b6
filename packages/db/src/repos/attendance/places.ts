import {
  type AgencyScope,
  type AssignWorkScheduleInput,
  type AttendanceSettingsRecord,
  attendanceSettingsSchema,
  type Claims,
  type CreateWorkLocationInput,
  type CreateWorkScheduleInput,
  conflict,
  diffFields,
  forbidden,
  inScope,
  type ListScheduleAssignmentsQuery,
  type ListWorkLocationsQuery,
  notFound,
  type PatchWorkLocationInput,
  type ScheduleAssignment,
  type ScheduleAssignmentRecord,
  type UpdateAttendanceSettingsInput,
  type UpdateWorkScheduleInput,
  validationError,
  versionConflict,
  type WeeklySchedule,
  type WorkLocation,
  type WorkSchedule,
  type WorkScheduleRecord,
  weeklyNetMinutes,
} from '@pamong/core';
import { type Actor, type AuditInput, auditPut } from '../../audit';
import { newId } from '../../ids';
import type { Key } from '../../keys';
import * as keys from '../../keys';
import { type Page, type Store, stripKeys } from '../../store';
import { getAgency, getUnit } from '../org';
import { getStoredEmployee } from '../personnel/employees';
import { cachedConfig, invalidateAttendanceConfig } from './config-cache';

/**
 * Attendance settings, work locations (geofences), work schedules and their assignments (issue 13
 * §1). Every change is one transaction with its audit entry. Locations, schedules and assignments
 * each sit in one partition per tenant: a tenant has tens to a few hundred of each, read whole.
 */

// ---- Settings ----

const SETTINGS_FIELDS = [
  'passkeyPolicy',
  'geofence',
  'punchWindow',
  'workWeek',
  'ramadan',
  'deduction',
  'leavePolicies',
  'pybmc',
] as const;

/** The settings (from the container's cache unless `consistent`: a save reads them consistently). */
export function getAttendanceSettings(
  store: Store,
  tenantId: string,
  consistent = false,
): Promise<AttendanceSettingsRecord> {
  return consistent
    ? readSettings(store, tenantId, true)
    : cachedConfig(tenantId, 'settings', () => readSettings(store, tenantId, false));
}

async function readSettings(
  store: Store,
  tenantId: string,
  consistent: boolean,
): Promise<AttendanceSettingsRecord> {
  const item = await store.get<Record<string, unknown>>(keys.attendanceSettings(tenantId), consistent);
  if (!item) return { ...attendanceSettingsSchema.parse({}), version: 0, updatedAt: null };
  const { version, updatedAt, ...rest } = stripKeys(item) as Record<string, unknown>;
  return {
    ...attendanceSettingsSchema.parse(rest),
    version: Number(version),
    updatedAt: (updatedAt as string) ?? null,
  };
}

/** Version 0 is the never-saved defaults, so the first save is an insert and two first saves give one 409. */
export async function updateAttendanceSettings(
  store: Store,
  actor: Actor,
  input: UpdateAttendanceSettingsInput,
  now: Date,
): Promise<AttendanceSettingsRecord> {
  const key = keys.attendanceSettings(actor.tenantId);
  const before = await getAttendanceSettings(store, actor.tenantId, true);
  if (before.version !== input.version) throw versionConflict('Attendance settings');
  const { version, ...settings } = input;
  const after: AttendanceSettingsRecord = { ...settings, version: version + 1, updatedAt: now.toISOString() };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...key, type: 'ATTENDANCE_SETTINGS', ...after },
          ...(version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } }),
        },
      },
      onConditionFailed: () => versionConflict('Attendance settings'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'attendanceSettings.update',
        entityType: 'attendanceSettings',
        entityId: actor.tenantId,
        changes: diffFields(before, after, SETTINGS_FIELDS),
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  return after;
}

// ---- Work locations ----

/**
 * A location or schedule and its audit entry in one transaction: a new item only where none is
 * (version 1), a changed one only at the version read; then the tenant's cached configuration is
 * dropped in this container.
 */
async function putConfigItem(
  store: Store,
  actor: Actor,
  key: Key,
  type: string,
  item: { version: number },
  audit: AuditInput,
  what: string,
  now: Date,
): Promise<void> {
  const created = item.version === 1;
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...key, type, ...item },
          ...(created
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': item.version - 1 } }),
        },
      },
      ...(created ? {} : { onConditionFailed: () => versionConflict(what) }),
    },
    auditPut(store.tableName, actor, audit, now),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
}

const LOCATION_FIELDS = [
  'agencyId',
  'unitId',
  'name',
  'lat',
  'lon',
  'radiusM',
  'timeZone',
  'active',
] as const;

const asLocation = (item: Record<string, unknown>): WorkLocation =>
  stripKeys(item) as unknown as WorkLocation;

const bodyField = (path: string, message: string) => validationError([{ path, message }]);

async function assertUnitOfAgency(store: Store, tenantId: string, agencyId: string, unitId: string) {
  try {
    return await getUnit(store, tenantId, agencyId, unitId);
  } catch {
    throw bodyField('unitId', 'is not a unit of this agency');
  }
}

export async function createWorkLocation(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: CreateWorkLocationInput,
  tenantTimeZone: WorkLocation['timeZone'],
  now: Date,
): Promise<WorkLocation> {
  if (!inScope(scope, input.agencyId))
    throw forbidden('An agency admin adds locations of their own agency only.');
  try {
    await getAgency(store, actor.tenantId, input.agencyId);
  } catch {
    throw bodyField('agencyId', 'is not an agency of this tenant');
  }
  if (input.unitId) await assertUnitOfAgency(store, actor.tenantId, input.agencyId, input.unitId);
  const at = now.toISOString();
  const location: WorkLocation = {
    id: newId(),
    agencyId: input.agencyId,
    unitId: input.unitId ?? null,
    name: input.name,
    lat: input.lat,
    lon: input.lon,
    radiusM: input.radiusM,
    timeZone: input.timeZone ?? tenantTimeZone,
    active: true,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await putConfigItem(
    store,
    actor,
    keys.workLocation(actor.tenantId, location.id),
    'WORK_LOCATION',
    location,
    {
      action: 'workLocation.create',
      entityType: 'workLocation',
      entityId: location.id,
      changes: diffFields(undefined, location, LOCATION_FIELDS),
    },
    'The work location',
    now,
  );
  return location;
}

export async function getWorkLocation(
  store: Store,
  tenantId: string,
  locationId: string,
  consistent = false,
): Promise<WorkLocation> {
  const item = await store.get<Record<string, unknown>>(keys.workLocation(tenantId, locationId), consistent);
  if (!item) throw notFound('Work location');
  return asLocation(item);
}

export async function updateWorkLocation(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  locationId: string,
  input: PatchWorkLocationInput,
  now: Date,
): Promise<WorkLocation> {
  const before = await getWorkLocation(store, actor.tenantId, locationId, true);
  if (!inScope(scope, before.agencyId)) throw notFound('Work location');
  if (before.version !== input.version) throw versionConflict('The work location');
  if (input.unitId) await assertUnitOfAgency(store, actor.tenantId, before.agencyId, input.unitId);
  const { version: _v, ...patch } = input;
  const after: WorkLocation = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const changes = diffFields(before, after, LOCATION_FIELDS);
  if (Object.keys(changes).length === 0) return before;
  await putConfigItem(
    store,
    actor,
    keys.workLocation(actor.tenantId, locationId),
    'WORK_LOCATION',
    after,
    { action: 'workLocation.update', entityType: 'workLocation', entityId: locationId, changes },
    'The work location',
    now,
  );
  return after;
}

/** A page of locations; everyone but a tenant admin is held to their own agency. */
export async function listWorkLocations(
  store: Store,
  claims: Claims,
  q: ListWorkLocationsQuery,
): Promise<Page<WorkLocation>> {
  let agencyId = q.agencyId;
  if (claims.role !== 'tenant-admin') {
    if (!claims.agencyId) return { items: [], nextCursor: null };
    if (agencyId && agencyId !== claims.agencyId)
      throw forbidden("You see your own agency's locations only.");
    agencyId = claims.agencyId;
  }
  const page = await store.query<Record<string, unknown>>({
    tenantId: claims.tenantId,
    queryId: `worklocations:${agencyId ?? 'all'}`,
    pk: keys.workLocationsPartition(claims.tenantId),
    limit: q.limit,
    cursor: q.cursor,
    ...(agencyId ? { filter: { expression: 'agencyId = :a', values: { ':a': agencyId } } } : {}),
  });
  return { items: page.items.map(asLocation), nextCursor: page.nextCursor };
}

/** Where an employee may check in: the agency's active locations that are not another unit's. */
export async function checkInLocations(
  store: Store,
  tenantId: string,
  employee: { agencyId: string; unitId: string },
): Promise<WorkLocation[]> {
  const all = await cachedConfig(tenantId, 'locations', () => activeLocations(store, tenantId));
  return all.filter((l) => l.agencyId === employee.agencyId && (!l.unitId || l.unitId === employee.unitId));
}

/** Every active location of the tenant (tens to a few hundred: one or two pages). */
async function activeLocations(store: Store, tenantId: string): Promise<WorkLocation[]> {
  const out: WorkLocation[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: 'worklocations:active',
      pk: keys.workLocationsPartition(tenantId),
      limit: 500,
      cursor,
      filter: { expression: 'active = :t', values: { ':t': true } },
    });
    out.push(...page.items.map(asLocation));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

// ---- Work schedules ----

const SCHEDULE_FIELDS = ['kind', 'name', 'week', 'overrides'] as const;

const asSchedule = (item: Record<string, unknown>): WorkScheduleRecord =>
  stripKeys(item) as unknown as WorkScheduleRecord;

/** The stored record as the core rule's schedule. */
export const toWorkSchedule = (r: WorkScheduleRecord): WorkSchedule =>
  r.kind === 'fixed'
    ? {
        id: r.id,
        kind: 'fixed',
        week: (r.week ?? {}) as unknown as WeeklySchedule,
        overrides: r.overrides.map((o) => ({ ...o, week: o.week as unknown as WeeklySchedule })),
      }
    : { id: r.id, kind: 'shift' };

const netOf = (week: WorkScheduleRecord['week']) =>
  week ? weeklyNetMinutes(week as unknown as WeeklySchedule) : null;

export async function createWorkSchedule(
  store: Store,
  actor: Actor,
  input: CreateWorkScheduleInput,
  now: Date,
): Promise<WorkScheduleRecord> {
  const at = now.toISOString();
  const week = input.kind === 'fixed' ? (input.week as WorkScheduleRecord['week']) : null;
  const schedule: WorkScheduleRecord = {
    id: newId(),
    kind: input.kind,
    name: input.name,
    week,
    overrides: input.kind === 'fixed' ? (input.overrides as WorkScheduleRecord['overrides']) : [],
    weeklyNetMinutes: netOf(week),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await putConfigItem(
    store,
    actor,
    keys.workSchedule(actor.tenantId, schedule.id),
    'WORK_SCHEDULE',
    schedule,
    {
      action: 'workSchedule.create',
      entityType: 'workSchedule',
      entityId: schedule.id,
      changes: diffFields(undefined, schedule, SCHEDULE_FIELDS),
    },
    'The work schedule',
    now,
  );
  return schedule;
}

/** A schedule by id, from the container's cache (the views and check-in). */
export function cachedWorkSchedule(
  store: Store,
  tenantId: string,
  scheduleId: string,
): Promise<WorkScheduleRecord> {
  return cachedConfig(tenantId, `schedule:${scheduleId}`, () => getWorkSchedule(store, tenantId, scheduleId));
}

export async function getWorkSchedule(
  store: Store,
  tenantId: string,
  scheduleId: string,
  consistent = false,
): Promise<WorkScheduleRecord> {
  const item = await store.get<Record<string, unknown>>(keys.workSchedule(tenantId, scheduleId), consistent);
  if (!item) throw notFound('Work schedule');
  return asSchedule(item);
}

export async function updateWorkSchedule(
  store: Store,
  actor: Actor,
  scheduleId: string,
  input: UpdateWorkScheduleInput,
  now: Date,
): Promise<WorkScheduleRecord> {
  const before = await getWorkSchedule(store, actor.tenantId, scheduleId, true);
  if (before.version !== input.version) throw versionConflict('The work schedule');
  if (before.kind === 'shift' && (input.week || input.overrides))
    throw bodyField(input.week ? 'week' : 'overrides', 'a shift schedule takes its days from the roster');
  const week = (input.week as WorkScheduleRecord['week']) ?? before.week;
  const after: WorkScheduleRecord = {
    ...before,
    name: input.name,
    week,
    overrides: (input.overrides as WorkScheduleRecord['overrides']) ?? before.overrides,
    weeklyNetMinutes: netOf(week),
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  const changes = diffFields(before, after, SCHEDULE_FIELDS);
  if (Object.keys(changes).length === 0) return before;
  await putConfigItem(
    store,
    actor,
    keys.workSchedule(actor.tenantId, scheduleId),
    'WORK_SCHEDULE',
    after,
    { action: 'workSchedule.update', entityType: 'workSchedule', entityId: scheduleId, changes },
    'The work schedule',
    now,
  );
  return after;
}

export async function listWorkSchedules(store: Store, tenantId: string): Promise<WorkScheduleRecord[]> {
  const out: WorkScheduleRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: 'workschedules',
      pk: keys.workSchedulesPartition(tenantId),
      limit: 100,
      cursor,
    });
    out.push(...page.items.map(asSchedule));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

// ---- Assignments ----

const asAssignment = (item: Record<string, unknown>): ScheduleAssignmentRecord =>
  stripKeys(item) as unknown as ScheduleAssignmentRecord;

/** The core rule's view of stored assignments. */
export const toAssignment = (r: ScheduleAssignmentRecord): ScheduleAssignment => ({
  scheduleId: r.scheduleId,
  fromDate: r.fromDate,
  target:
    r.target === 'unit'
      ? { kind: 'unit', unitId: r.unitId as string }
      : { kind: 'employee', employeeId: r.employeeId as string },
});

export async function assignWorkSchedule(
  store: Store,
  actor: Actor,
  scope: AgencyScope,
  input: AssignWorkScheduleInput,
  now: Date,
): Promise<{ assignment: ScheduleAssignmentRecord; created: boolean }> {
  let schedule: WorkScheduleRecord;
  try {
    schedule = await getWorkSchedule(store, actor.tenantId, input.scheduleId);
  } catch {
    throw bodyField('scheduleId', 'is not a schedule of this tenant');
  }
  let target: { kind: 'unit' | 'employee'; id: string; name: string; agencyId: string };
  if (input.target.kind === 'unit') {
    const { agencyId, unitId } = input.target;
    let unit: Awaited<ReturnType<typeof getUnit>>;
    try {
      unit = await getUnit(store, actor.tenantId, agencyId, unitId);
    } catch {
      throw bodyField('target.unitId', 'is not a unit of this agency');
    }
    target = { kind: 'unit', id: unitId, name: unit.name, agencyId };
  } else {
    const { employeeId } = input.target;
    let e: Awaited<ReturnType<typeof getStoredEmployee>>;
    try {
      e = await getStoredEmployee(store, actor.tenantId, employeeId);
    } catch {
      throw bodyField('target.employeeId', 'is not an employee of this tenant');
    }
    target = { kind: 'employee', id: employeeId, name: e.name, agencyId: e.agencyId };
  }
  if (!inScope(scope, target.agencyId))
    throw forbidden('An agency admin assigns schedules in their own agency only.');
  const key = keys.scheduleAssignment(actor.tenantId, target.kind, target.id, input.fromDate);
  const beforeItem = await store.get<Record<string, unknown>>(key, true);
  const before = beforeItem ? asAssignment(beforeItem) : undefined;
  const assignment: ScheduleAssignmentRecord = {
    scheduleId: schedule.id,
    scheduleName: schedule.name,
    target: target.kind,
    unitId: target.kind === 'unit' ? target.id : null,
    employeeId: target.kind === 'employee' ? target.id : null,
    targetName: target.name,
    fromDate: input.fromDate,
    createdAt: now.toISOString(),
  };
  if (before && before.scheduleId === assignment.scheduleId) return { assignment: before, created: false };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...key, type: 'SCHEDULE_ASSIGNMENT', agencyId: target.agencyId, ...assignment },
          ...(before
            ? {
                ConditionExpression: 'scheduleId = :s',
                ExpressionAttributeValues: { ':s': before.scheduleId },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => conflict('The assignment was changed at the same time; reload and retry.'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'workSchedule.assign',
        entityType: target.kind === 'unit' ? 'unit' : 'employee',
        entityId: target.id,
        changes: {
          [`schedule ${input.fromDate}`]: {
            before: before ? before.scheduleName : null,
            after: schedule.name,
          },
        },
      },
      now,
    ),
  ]);
  invalidateAttendanceConfig(actor.tenantId);
  return { assignment, created: !before };
}

/** Assignments of one target, newest first. */
export async function assignmentsOf(
  store: Store,
  tenantId: string,
  target: 'unit' | 'employee',
  targetId: string,
): Promise<ScheduleAssignmentRecord[]> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `schedassign:${target}:${targetId}`,
    pk: keys.scheduleAssignmentsPartition(tenantId),
    skBeginsWith: keys.scheduleAssignmentPrefix(target, targetId),
    limit: 100,
    forward: false,
  });
  return page.items.map(asAssignment);
}

/** Every assignment of the tenant (check-in, the calendar, the team view and the recap filter them), cached. */
export function allAssignments(store: Store, tenantId: string): Promise<ScheduleAssignmentRecord[]> {
  return cachedConfig(tenantId, 'assignments', () => readAllAssignments(store, tenantId));
}

async function readAllAssignments(store: Store, tenantId: string): Promise<ScheduleAssignmentRecord[]> {
  const out: ScheduleAssignmentRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<Record<string, unknown>>({
      tenantId,
      queryId: 'schedassign:all',
      pk: keys.scheduleAssignmentsPartition(tenantId),
      limit: 500,
      cursor,
    });
    out.push(...page.items.map(asAssignment));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export async function listScheduleAssignments(
  store: Store,
  tenantId: string,
  scope: AgencyScope,
  q: ListScheduleAssignmentsQuery,
): Promise<ScheduleAssignmentRecord[]> {
  if (!q.employeeId) {
    const agencyId = q.agencyId as string;
    const unitId = q.unitId as string;
    if (!inScope(scope, agencyId)) throw notFound('Unit');
    await getUnit(store, tenantId, agencyId, unitId);
    return assignmentsOf(store, tenantId, 'unit', unitId);
  }
  const employeeId = q.employeeId as string;
  const e = await getStoredEmployee(store, tenantId, employeeId);
  if (!inScope(scope, e.agencyId)) throw notFound('Employee');
  return assignmentsOf(store, tenantId, 'employee', employeeId);
}
