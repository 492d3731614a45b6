import {
  type AttendanceCheckInInput,
  type AttendanceDay,
  type AttendanceRequest,
  type AttendanceSettingsRecord,
  acceptFix,
  applicableScheduleId,
  type CheckInResult,
  type Claims,
  conflict,
  datesOfMonth,
  dayView,
  deductionTableOf,
  defaultWorkSchedule,
  distanceM,
  forbidden,
  formatHm,
  type HolidayIndex,
  impossibleSpeed,
  indexHolidays,
  instanceForPunch,
  localTimeOf,
  type MyAttendance,
  monthRecap,
  nearestFence,
  notFound,
  OFFSITE_DUTY_RADIUS_M,
  offsiteDutyCovers,
  outsideGeofenceError,
  passkeyCheckInRule,
  passkeyFlags,
  plannedDay,
  punchStatus,
  type ShiftInstance,
  type TeamAttendanceToday,
  type TeamTodayStatus,
  teamStatusOf,
  teamUnitOf,
  validationError,
  type WorkSchedule,
} from '@pamong/core';
import { newId } from '../../ids';
import * as keys from '../../keys';
import type { Store, TxItem } from '../../store';
import { getUnit } from '../org';
import { asStoredEmployee, type StoredEmployee } from '../personnel/employee-writes';
import { getStoredEmployee } from '../personnel/employees';
import { cachedConfig } from './config-cache';
import {
  consumeChallenge,
  passkeyCount,
  passkeysOf,
  passkeyUsedWrite,
  pendingChallenge,
  type StoredPasskey,
} from './passkeys';
import {
  allAssignments,
  cachedWorkSchedule,
  checkInLocations,
  getAttendanceSettings,
  toAssignment,
  toWorkSchedule,
} from './places';
import { dayBefore, shiftInstancesOf } from './rosters';

/**
 * Check-in and the views that read it (issue 13 §2). Each punch is kept as it came in (the evidence:
 * who, when by the server's clock, where, how accurate, which flags) and folds into the employee's
 * month aggregate: `in_DD` (the day's first check-in) and `out_DD` (its last check-out), `flags_DD`,
 * and the last punch for the speed check. Both writes are one transaction. The month calendar, the
 * team view and (later) the recap read the aggregates, never the punches.
 *
 * Punches are not written to the audit log: the punch item is itself the record of who did what and
 * when, and an audit entry per punch would double the morning peak's writes.
 */

type Row = Record<string, unknown>;
const dd = (date: string) => date.slice(8, 10);

function employeeIdOf(claims: Claims): string {
  if (!claims.employeeId || claims.role === 'applicant' || claims.role === 'platform-admin')
    throw forbidden('Attendance is for accounts linked to an employee record.');
  return claims.employeeId;
}

export async function selfOf(store: Store, claims: Claims): Promise<StoredEmployee> {
  try {
    return await getStoredEmployee(store, claims.tenantId, employeeIdOf(claims));
  } catch (err) {
    if ((err as { status?: number }).status === 404)
      throw forbidden('Your account is linked to an employee record that no longer exists.');
    throw err;
  }
}

/**
 * The caller's employee record and how many passkeys they hold, in one BatchGetItem: a check-in
 * learns whether to ask for a passkey without a Query.
 */
type Key = { pk: string; sk: string };

async function selfWithPasskeyCount(store: Store, claims: Claims, also: Key | null = null) {
  const employeeId = employeeIdOf(claims);
  const employeeKey = keys.employee(claims.tenantId, employeeId);
  // `also` comes in the same call, read consistently: the check-in's month item, guessed before the
  // employee record says where and when the punch counts.
  const items = await store.batchGet<Record<string, unknown>>(
    [employeeKey, keys.passkeySummary(claims.tenantId, employeeId), ...(also ? [also] : [])],
    also !== null,
  );
  const at = (k: Key) => items.find((i) => i.pk === k.pk && i.sk === k.sk);
  const record = at(employeeKey);
  if (!record) throw forbidden('Your account is linked to an employee record that no longer exists.');
  const summary = items.find((i) => i.type === 'PASSKEY_SUMMARY') as { count?: number } | undefined;
  return {
    employee: asStoredEmployee(record),
    passkeys: passkeyCount(summary),
    also: also ? { key: also, item: at(also) } : null,
  };
}

/** Holidays of the months a range of dates touches (one Query per month, usually one). */
export async function holidaysOf(
  store: Store,
  tenantId: string,
  months: readonly string[],
): Promise<HolidayIndex> {
  const all = await Promise.all(
    [...new Set(months)].map((m) =>
      cachedConfig(tenantId, `holidays:${m}`, async () => {
        const page = await store.query<{
          date: string;
          name: string;
          kind: 'national' | 'cuti-bersama' | 'regional';
        }>({
          tenantId,
          queryId: `holidays:${m}`,
          pk: keys.holidaysPartition(tenantId),
          skBetween: keys.holidayMonth(m),
          limit: 31,
        });
        return page.items.map(({ date, name, kind }) => ({ date, name, kind }));
      }),
    ),
  );
  return indexHolidays(all.flat());
}

/**
 * The schedule that applies to an employee on each of some dates: their own assignment, else their
 * unit's, else the tenant default (Perpres 21/2023 with the settings' Ramadan ranges).
 */
export async function schedulesFor(
  store: Store,
  tenantId: string,
  employee: { id: string; unitId: string },
  dates: readonly string[],
  ramadan: AttendanceSettingsRecord['ramadan'],
  assignments?: Awaited<ReturnType<typeof allAssignments>>,
  cache: Map<string, WorkSchedule & { name: string }> = new Map(),
): Promise<Map<string, WorkSchedule & { name: string }>> {
  const list = assignments ?? (await allAssignments(store, tenantId));
  const core = list.map(toAssignment);
  const fallback = { ...defaultWorkSchedule(ramadan), name: 'Perpres 21/2023' };
  const out = new Map<string, WorkSchedule & { name: string }>();
  for (const date of dates) {
    const id = applicableScheduleId(core, { employeeId: employee.id, unitId: employee.unitId }, date);
    if (!id) {
      out.set(date, fallback);
      continue;
    }
    let s = cache.get(id);
    if (!s) {
      const record = await cachedWorkSchedule(store, tenantId, id).catch(() => null);
      s = record ? { ...toWorkSchedule(record), name: record.name } : fallback;
      cache.set(id, s);
    }
    out.set(date, s);
  }
  return out;
}

export interface MonthItem {
  timeZone?: string;
  lastPunch?: { lat: number; lon: number; at: string; accuracyM: number };
  [attr: string]: unknown;
}

export const punchesOfDay = (item: MonthItem | undefined, date: string) =>
  item
    ? {
        firstIn: (item[`in_${dd(date)}`] as string | undefined) ?? null,
        lastOut: (item[`out_${dd(date)}`] as string | undefined) ?? null,
        flags: (item[`flags_${dd(date)}`] as string[] | undefined) ?? [],
        onDuty: !!item[`duty_${dd(date)}`],
        lateWaived: !!item[`waiveLate_${dd(date)}`],
        earlyWaived: !!item[`waiveEarly_${dd(date)}`],
        leaveType: (item[`leave_${dd(date)}`] as string | undefined) ?? null,
      }
    : undefined;

const pick = (r: { distanceM: number; radiusM: number }) => ({ distanceM: r.distanceM, radiusM: r.radiusM });

/** The caller's own off-site duty by id; anyone else's, or another kind of request, is not found. */
async function ownDuty(store: Store, tenantId: string, employeeId: string, requestId: string) {
  const item = await store.get<AttendanceRequest>(keys.attendanceRequest(tenantId, requestId));
  if (!item || item.employeeId !== employeeId || item.kind !== 'offsite-duty')
    throw notFound('Off-site duty');
  return item;
}

/**
 * Verifies a WebAuthn assertion against a stored passkey (the function's `@simplewebauthn/server`);
 * throws a 400 at `assertion` when it does not hold, user verification included.
 */
export interface AssertionVerifier {
  verify(
    assertion: Record<string, unknown>,
    expectedChallenge: string,
    passkey: StoredPasskey,
  ): Promise<{ newCounter: number; backedUp: boolean }>;
}

/** The passkey step of a check-in: nothing, or the verified passkey's writes and flags. */
async function passkeyStep(
  store: Store,
  tenantId: string,
  employeeId: string,
  policy: AttendanceSettingsRecord['passkeyPolicy'],
  registeredCount: number,
  assertion: Record<string, unknown> | undefined,
  verifier: AssertionVerifier | undefined,
  now: Date,
): Promise<{ writes: TxItem[]; flags: string[] }> {
  if (passkeyCheckInRule(policy, registeredCount, !!assertion) === 'none' || !assertion)
    return { writes: [], flags: [] };
  const registered = await passkeysOf(store, tenantId, employeeId);
  const credentialId = typeof assertion.id === 'string' ? assertion.id : '';
  const passkey = registered.find((p) => p.id === credentialId);
  if (!passkey)
    throw validationError([{ path: 'assertion', message: 'this passkey is not registered for you' }]);
  if (!verifier) throw new Error('checkIn: a passkey assertion needs a verifier');
  const challenge = await pendingChallenge(store, tenantId, employeeId, 'check-in', now, 'assertion');
  const { newCounter, backedUp } = await verifier.verify(assertion, challenge, passkey);
  return {
    writes: [
      consumeChallenge(store, tenantId, employeeId, 'check-in', challenge, now, 'assertion'),
      passkeyUsedWrite(store, tenantId, employeeId, passkey, newCounter, backedUp, now),
    ],
    flags: passkeyFlags({ backedUp }),
  };
}

/**
 * The month item of today in the tenant's zone, on the account's agency: almost always the one the
 * punch updates, so it is read with the employee (one call fewer); otherwise it is read later.
 */
function guessedMonthKey(claims: Claims, tenantTimeZone: string, now: Date): Key | null {
  if (!claims.agencyId || !claims.employeeId) return null;
  const month = localTimeOf(now, tenantTimeZone).date.slice(0, 7);
  return keys.attendanceMonth(claims.tenantId, claims.agencyId, month, claims.employeeId);
}

/** What one punch writes: the punch itself, and the update of its employee's month item. */
export interface PunchWriteInput {
  tenantId: string;
  employee: Pick<StoredEmployee, 'id' | 'agencyId' | 'unitId' | 'name'>;
  kind: 'in' | 'out';
  at: string;
  id: string;
  /** The day the punch counts for (a night shift's punch may belong to yesterday). */
  date: string;
  timeZone: string;
  place: { id: string; distanceM: number };
  fix: { lat: number; lon: number; accuracyM: number; fixTakenAt: Date };
  flags: string[];
}

/**
 * The two writes of a punch, sent in one transaction by `checkIn` (with the passkey's counter when
 * one was used). The Put refuses a second punch with the same key; the month item's Update keeps the
 * day's first check-in (a second one is refused) and its last check-out (an earlier one is
 * refused). The bench sends these same writes raw, to compare the API with them.
 */
export function punchWrites(
  tableName: string,
  p: PunchWriteInput,
): { punch: TxItem; month: NonNullable<NonNullable<TxItem['op']>['Update']> } {
  const month = p.date.slice(0, 7);
  const d = dd(p.date);
  // Every attribute by placeholder: several (name, month, timeZone) are DynamoDB reserved words.
  const sets: Record<string, [string, unknown]> = {
    type: [':type', 'ATTENDANCE_MONTH'],
    employeeId: [':e', p.employee.id],
    agencyId: [':a', p.employee.agencyId],
    unitId: [':u', p.employee.unitId],
    name: [':n', p.employee.name],
    month: [':m', month],
    timeZone: [':z', p.timeZone],
    lastPunch: [':lp', { lat: p.fix.lat, lon: p.fix.lon, at: p.at, accuracyM: p.fix.accuracyM }],
  };
  const names: Record<string, string> = { '#f': `flags_${d}`, '#pc': 'punchCount' };
  const values: Record<string, unknown> = {
    ':t': p.at,
    ':fl': p.flags,
    ':none': [],
    ':one': 1,
    ':zero': 0,
  };
  const parts: string[] = [];
  Object.entries(sets).forEach(([attr, [ph, v]], i) => {
    names[`#s${i}`] = attr;
    values[ph] = v;
    parts.push(`#s${i} = ${ph}`);
  });
  let update = `SET ${parts.join(', ')}, #f = list_append(if_not_exists(#f, :none), :fl), #pc = if_not_exists(#pc, :zero) + :one`;
  let condition: string;
  if (p.kind === 'in') {
    names['#in'] = `in_${d}`;
    update += ', #in = :t';
    condition = 'attribute_not_exists(#in)';
  } else {
    names['#out'] = `out_${d}`;
    update += ', #out = :t';
    condition = 'attribute_not_exists(#out) OR #out < :t';
  }
  return {
    punch: {
      op: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.punch(p.tenantId, p.employee.id, p.at, p.id),
            type: 'PUNCH',
            id: p.id,
            kind: p.kind,
            at: p.at,
            date: p.date,
            timeZone: p.timeZone,
            employeeId: p.employee.id,
            agencyId: p.employee.agencyId,
            locationId: p.place.id,
            lat: p.fix.lat,
            lon: p.fix.lon,
            accuracyM: p.fix.accuracyM,
            fixTakenAt: p.fix.fixTakenAt.toISOString(),
            distanceM: p.place.distanceM,
            flags: p.flags,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    month: {
      TableName: tableName,
      Key: keys.attendanceMonth(p.tenantId, p.employee.agencyId, month, p.employee.id),
      UpdateExpression: update,
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * What a check-in reads first (the employee, their passkey summary, the guessed month item), as the
 * token's claims tell: read along with the account by the access middleware (ReadAlong), so a warm
 * check-in is two calls, that read and the transaction.
 */
export function checkInReads(claims: Claims, tenantTimeZone: string, now: Date): Key[] {
  if (!claims.employeeId) return [];
  const month = guessedMonthKey(claims, tenantTimeZone, now);
  return [
    keys.employee(claims.tenantId, claims.employeeId),
    keys.passkeySummary(claims.tenantId, claims.employeeId),
    ...(month ? [month] : []),
  ];
}

export async function checkIn(
  store: Store,
  claims: Claims,
  input: AttendanceCheckInInput,
  tenantTimeZone: string,
  now: Date,
  verifier?: AssertionVerifier,
): Promise<CheckInResult> {
  const guessedMonth = guessedMonthKey(claims, tenantTimeZone, now);
  const [{ employee, passkeys, also: prefetched }, settings] = await Promise.all([
    selfWithPasskeyCount(store, claims, guessedMonth),
    getAttendanceSettings(store, claims.tenantId),
  ]);
  const passkey = await passkeyStep(
    store,
    claims.tenantId,
    employee.id,
    settings.passkeyPolicy,
    passkeys,
    input.assertion,
    verifier,
    now,
  );
  const duty = input.offsiteDutyId
    ? await ownDuty(store, claims.tenantId, employee.id, input.offsiteDutyId)
    : null;

  const locations = await checkInLocations(store, claims.tenantId, employee);
  const fix = acceptFix(input, now, settings.geofence);
  const near = nearestFence(fix, locations);
  // Where the punch counts: the nearest work location when inside its fence; otherwise an approved
  // off-site duty that covers today and this place; otherwise a refusal with the distance.
  let place: { id: string; name: string; timeZone: string; distanceM: number; radiusM: number };
  let onDuty = false;
  if (near?.result.inside) {
    const { fence: location, result } = near;
    if (location.lat === fix.lat && location.lon === fix.lon) fix.flags.push('exact-office-pin');
    place = { id: location.id, name: location.name, timeZone: location.timeZone, ...pick(result) };
  } else if (duty) {
    const zone = near?.fence.timeZone ?? tenantTimeZone;
    const today = localTimeOf(now, zone).date;
    if (duty.status !== 'APPROVED') throw conflict('The off-site duty is not approved.');
    const cover = { status: duty.status, startDate: duty.startDate, endDate: duty.endDate };
    const point = duty.lat !== null && duty.lon !== null ? { lat: duty.lat, lon: duty.lon } : null;
    if (!offsiteDutyCovers({ ...cover, place: point }, today, fix))
      throw conflict(
        today < duty.startDate || today > duty.endDate
          ? `The off-site duty runs ${duty.startDate} to ${duty.endDate}, not today.`
          : `You are more than ${OFFSITE_DUTY_RADIUS_M} m from the off-site duty's place (${duty.place}).`,
      );
    onDuty = true;
    place = {
      id: duty.id,
      name: duty.place ?? duty.letterNumber ?? 'Dinas luar',
      timeZone: zone,
      distanceM: point ? Math.ceil(distanceM(fix, point)) : 0,
      radiusM: OFFSITE_DUTY_RADIUS_M,
    };
  } else if (!near) {
    throw conflict('No work location is set for your agency yet. Ask your agency admin to add one.');
  } else {
    throw outsideGeofenceError(near.result, { id: near.fence.id, name: near.fence.name });
  }

  const timeZone = place.timeZone;
  const local = localTimeOf(now, timeZone);
  const yesterday = dayBefore(local.date);
  const [schedules, holidays] = await Promise.all([
    schedulesFor(
      store,
      claims.tenantId,
      { id: employee.id, unitId: employee.unitId },
      [yesterday, local.date],
      settings.ramadan,
    ),
    holidaysOf(store, claims.tenantId, [yesterday.slice(0, 7), local.date.slice(0, 7)]),
  ]);
  // The punch belongs to a planned instance: today's fixed day, or the rostered shift (today's, or
  // last night's that has not ended) whose window holds it; else to today, unplanned.
  let date = local.date;
  let instance: ShiftInstance | null;
  const onShifts = [yesterday, local.date].some((d) => schedules.get(d)?.kind === 'shift');
  if (onShifts) {
    const instances = await shiftInstancesOf(
      store,
      claims.tenantId,
      employee,
      yesterday,
      local.date,
      timeZone,
    );
    instance = instanceForPunch(instances, now, input.kind, settings.punchWindow);
    if (instance) date = instance.date;
  } else {
    instance = plannedDay(schedules.get(date) as WorkSchedule, date, holidays, timeZone);
  }
  const month = date.slice(0, 7);
  const monthKey = keys.attendanceMonth(claims.tenantId, employee.agencyId, month, employee.id);
  const item =
    prefetched && prefetched.key.pk === monthKey.pk && prefetched.key.sk === monthKey.sk
      ? (prefetched.item as MonthItem | undefined)
      : await store.get<MonthItem>(monthKey, true);
  const day = punchesOfDay(item, date);
  const planned = instance
    ? {
        start: formatHm(localTimeOf(instance.start, timeZone).minute),
        end: formatHm(localTimeOf(instance.end, timeZone).minute),
      }
    : null;
  const base = {
    date,
    timeZone: timeZone as CheckInResult['timeZone'],
    location: { id: place.id, name: place.name },
    distanceM: place.distanceM,
    radiusM: place.radiusM,
    planned,
  };

  const repeated = (firstIn: string, flags: string[]): CheckInResult => {
    const at = new Date(firstIn);
    return {
      ...base,
      kind: 'in',
      at: firstIn,
      localTime: formatHm(localTimeOf(at, timeZone).minute),
      ...punchStatus(instance, 'in', at, null),
      flags: [...new Set(flags)] as CheckInResult['flags'],
      repeated: true,
    };
  };
  if (input.kind === 'in' && day?.firstIn) return repeated(day.firstIn, day.flags);

  const flags: string[] = [...fix.flags, ...passkey.flags, ...(onDuty ? ['offsite-duty'] : [])];
  if (item?.lastPunch) {
    const speed = impossibleSpeed(
      {
        lat: item.lastPunch.lat,
        lon: item.lastPunch.lon,
        at: new Date(item.lastPunch.at),
        accuracyM: item.lastPunch.accuracyM,
      },
      { lat: fix.lat, lon: fix.lon, at: now, accuracyM: fix.accuracyM },
      settings.geofence.maxSpeedKmh,
    );
    if (speed.flagged) flags.push('impossible-speed');
  }

  const at = now.toISOString();
  const { punch: punchWrite, month: monthWrite } = punchWrites(store.tableName, {
    tenantId: claims.tenantId,
    employee,
    kind: input.kind,
    at,
    id: newId(),
    date,
    timeZone,
    place,
    fix,
    flags,
  });
  const RACE = 'punch-race';
  try {
    await store.transact([
      punchWrite,
      ...passkey.writes,
      { op: { Update: monthWrite }, onConditionFailed: () => conflict(RACE) },
    ]);
  } catch (err) {
    if ((err as { detail?: string }).detail !== RACE) throw err;
    // Two check-ins at once (a double tap): the other one is the day's first; answer with it.
    // A check-out that lost to a later one changed nothing either: answer with the state as it is.
    const again = punchesOfDay(await store.get<MonthItem>(monthKey, true), date);
    if (input.kind === 'in' && again?.firstIn) return repeated(again.firstIn, again.flags);
  }
  const nowDate = new Date(at);
  const firstIn = input.kind === 'in' ? nowDate : day?.firstIn ? new Date(day.firstIn) : null;
  return {
    ...base,
    kind: input.kind,
    at,
    localTime: formatHm(local.minute),
    ...punchStatus(instance, input.kind, firstIn, input.kind === 'out' ? nowDate : null),
    flags: flags as CheckInResult['flags'],
    repeated: false,
  };
}

export const summaryOf = (days: ReturnType<typeof dayView>[], table: ReturnType<typeof deductionTableOf>) => {
  const r = monthRecap(days, table);
  return {
    workingDays: r.workingDays,
    presentDays: r.presentDays,
    absentDays: r.absentDays,
    pendingDays: r.pendingDays,
    dutyDays: r.dutyDays,
    leaveDays: r.leaveDays,
    late: r.late,
    early: r.early,
    deductionPercent: r.deductionPercent,
  };
};

const toDay = (v: ReturnType<typeof dayView>): AttendanceDay => ({
  date: v.date,
  weekday: v.weekday,
  status: v.status,
  holiday: v.holiday,
  planned: v.planned,
  firstIn: v.firstIn,
  lastOut: v.lastOut,
  lateMinutes: v.lateMinutes,
  earlyMinutes: v.earlyMinutes,
  lateBand: v.lateBand,
  earlyBand: v.earlyBand,
  deductionPercent: v.deductionBp / 100,
  flags: v.flags as AttendanceDay['flags'],
  leaveType: (v.leaveType as AttendanceDay['leaveType']) ?? null,
});

/** The rostered shifts by start date, for the dates on a shift schedule (no read when there are none). */
export async function rosteredByDate(
  store: Store,
  tenantId: string,
  employee: { id: string; unitId: string },
  dates: readonly string[],
  schedules: ReadonlyMap<string, WorkSchedule>,
  timeZone: string,
): Promise<Map<string, ShiftInstance>> {
  const onShift = dates.filter((d) => schedules.get(d)?.kind === 'shift');
  if (onShift.length === 0) return new Map();
  const instances = await shiftInstancesOf(store, tenantId, employee, onShift[0]!, onShift.at(-1)!, timeZone);
  return new Map(instances.map((i) => [i.date, i]));
}

/** One's own month: one GetItem of the aggregate, the month's holidays, the schedules that apply. */
export async function getMyAttendance(
  store: Store,
  claims: Claims,
  month: string | undefined,
  tenantTimeZone: string,
  now: Date,
): Promise<MyAttendance> {
  const employee = await selfOf(store, claims);
  const m = month ?? localTimeOf(now, tenantTimeZone).date.slice(0, 7);
  const [settings, item, holidays] = await Promise.all([
    getAttendanceSettings(store, claims.tenantId),
    store.get<MonthItem>(keys.attendanceMonth(claims.tenantId, employee.agencyId, m, employee.id)),
    holidaysOf(store, claims.tenantId, [m]),
  ]);
  const timeZone = (item?.timeZone as string | undefined) ?? tenantTimeZone;
  const dates = datesOfMonth(m);
  const schedules = await schedulesFor(
    store,
    claims.tenantId,
    { id: employee.id, unitId: employee.unitId },
    dates,
    settings.ramadan,
  );
  const table = deductionTableOf(settings.deduction);
  const rostered = await rosteredByDate(store, claims.tenantId, employee, dates, schedules, timeZone);
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
  const current =
    schedules.get(localTimeOf(now, timeZone).date) ?? schedules.get(dates[dates.length - 1] as string);
  return {
    month: m,
    timeZone: timeZone as MyAttendance['timeZone'],
    employee: { id: employee.id, name: employee.name },
    schedule: {
      id: current && current.id !== 'default' ? current.id : null,
      name: current?.name ?? 'Perpres 21/2023',
    },
    days: views.map(toDay),
    summary: summaryOf(views, table),
  };
}

/**
 * A supervisor's unit today: the unit's employees (one paged Query of the agency's employees,
 * filtered to the unit), their month aggregates (BatchGet), the tenant's assignments (one Query) and
 * today's holidays.
 */
export async function teamToday(
  store: Store,
  claims: Claims,
  tenantTimeZone: string,
  now: Date,
): Promise<TeamAttendanceToday> {
  const self = await selfOf(store, claims);
  const { unitId, agencyId } = teamUnitOf({ claims, ownUnitId: self.unitId });
  const timeZone = tenantTimeZone;
  const date = localTimeOf(now, timeZone).date;
  const month = date.slice(0, 7);
  const members: StoredEmployee[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<Row>({
      tenantId: claims.tenantId,
      queryId: `employees:agency:${agencyId}:unit:${unitId}`,
      index: 'gsi2',
      pk: keys.employeesByAgency(claims.tenantId, agencyId).gsi2pk,
      limit: 500,
      cursor,
      filter: { expression: 'unitId = :u', values: { ':u': unitId } },
    });
    members.push(...page.items.map(asStoredEmployee));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && members.length < 2000);
  const [unit, settings, holidays, assignments] = await Promise.all([
    getUnit(store, claims.tenantId, agencyId, unitId).catch(() => null),
    getAttendanceSettings(store, claims.tenantId),
    holidaysOf(store, claims.tenantId, [month]),
    allAssignments(store, claims.tenantId),
  ]);
  const aggregates = new Map<string, MonthItem>();
  for (let i = 0; i < members.length; i += 100) {
    const got = await store.batchGet<MonthItem>(
      members.slice(i, i + 100).map((e) => keys.attendanceMonth(claims.tenantId, agencyId, month, e.id)),
    );
    for (const g of got) aggregates.set(g.employeeId as string, g);
  }
  const table = deductionTableOf(settings.deduction);
  const cache = new Map<string, WorkSchedule & { name: string }>();
  const counts: Record<TeamTodayStatus, number> = {
    'on-time': 0,
    late: 0,
    'not-yet': 0,
    absent: 0,
    off: 0,
    leave: 0,
    duty: 0,
  };
  const items: TeamAttendanceToday['items'] = [];
  for (const e of members) {
    const schedules = await schedulesFor(
      store,
      claims.tenantId,
      { id: e.id, unitId },
      [date],
      settings.ramadan,
      assignments,
      cache,
    );
    const agg = aggregates.get(e.id);
    const zone = (agg?.timeZone as string | undefined) ?? timeZone;
    const rostered = await rosteredByDate(
      store,
      claims.tenantId,
      { id: e.id, unitId },
      [date],
      schedules,
      zone,
    );
    const v = dayView({
      date,
      rostered: rostered.get(date),
      schedule: schedules.get(date) as WorkSchedule,
      holidays,
      timeZone: (agg?.timeZone as string | undefined) ?? timeZone,
      punches: punchesOfDay(agg, date),
      now,
      table,
    });
    const status = teamStatusOf(v);
    counts[status] += 1;
    items.push({
      employeeId: e.id,
      name: e.name,
      status,
      planned: v.planned,
      firstIn: v.firstIn,
      lastOut: v.lastOut,
      lateMinutes: v.lateMinutes,
      flags: v.flags as TeamAttendanceToday['items'][number]['flags'],
    });
  }
  const order: TeamTodayStatus[] = ['absent', 'late', 'not-yet', 'on-time', 'leave', 'duty', 'off'];
  items.sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.name.localeCompare(b.name, 'id'),
  );
  return {
    date,
    timeZone: timeZone as TeamAttendanceToday['timeZone'],
    unit: { id: unitId, name: unit?.name ?? '' },
    counts,
    items,
  };
}

/** One day of a seeded history: the check-in and check-out instants, either possibly missing. */
export interface HistoryDay {
  date: string;
  in?: Date;
  out?: Date;
}

/**
 * The writes of a month of punches that happened before Pamong (the local demo's last month): each
 * punch as `checkIn` stores it, and the month item as those punches would have left it, in one Put
 * (`attribute_not_exists`, so it never overwrites a live month). Not a route: only the employee
 * can check in, at the time of the punch.
 */
export function historyWrites(
  tableName: string,
  tenantId: string,
  employee: { id: string; name: string; agencyId: string; unitId: string },
  month: string,
  days: readonly HistoryDay[],
  place: { locationId: string; lat: number; lon: number; timeZone: string },
): TxItem[] {
  const punches: TxItem[] = [];
  const month_: Record<string, unknown> = {
    ...keys.attendanceMonth(tenantId, employee.agencyId, month, employee.id),
    type: 'ATTENDANCE_MONTH',
    employeeId: employee.id,
    agencyId: employee.agencyId,
    unitId: employee.unitId,
    name: employee.name,
    month,
    timeZone: place.timeZone,
  };
  let last: Date | undefined;
  let count = 0;
  for (const d of days) {
    if (!d.date.startsWith(`${month}-`)) throw new RangeError(`${d.date} is not in ${month}`);
    for (const [kind, at] of [
      ['in', d.in],
      ['out', d.out],
    ] as const) {
      if (!at) continue;
      const iso = at.toISOString();
      const id = newId();
      punches.push({
        op: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.punch(tenantId, employee.id, iso, id),
              type: 'PUNCH',
              id,
              kind,
              at: iso,
              date: d.date,
              timeZone: place.timeZone,
              employeeId: employee.id,
              agencyId: employee.agencyId,
              locationId: place.locationId,
              lat: place.lat,
              lon: place.lon,
              accuracyM: 15,
              fixTakenAt: iso,
              distanceM: 0,
              flags: [],
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      });
      month_[`${kind}_${dd(d.date)}`] = iso;
      month_[`flags_${dd(d.date)}`] = [];
      if (!last || at > last) last = at;
      count++;
    }
  }
  if (last) month_.lastPunch = { lat: place.lat, lon: place.lon, at: last.toISOString(), accuracyM: 15 };
  month_.punchCount = count;
  return [
    ...punches,
    { op: { Put: { TableName: tableName, Item: month_, ConditionExpression: 'attribute_not_exists(pk)' } } },
  ];
}
