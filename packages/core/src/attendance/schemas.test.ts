import { describe, expect, it } from 'vitest';
import {
  assignWorkScheduleSchema,
  attendanceCheckInSchema,
  attendanceSettingsSchema,
  createShiftRosterSchema,
  createWorkLocationSchema,
  createWorkScheduleSchema,
  deductionSettingsSchema,
  leaveStepSchema,
  listScheduleAssignmentsQuerySchema,
  requestLeaveSchema,
} from '../schemas/attendance';
import { DEFAULT_LEAVE_POLICIES, leavePolicyOf } from './leave';
import { DEFAULT_DEDUCTION_TABLE, deductionTableOf } from './recap';

const ID = '01J0000000000000000000000A';
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('attendance schemas', () => {
  it('defaults a location’s radius to 100 m and keeps it within 10-1000', () => {
    const base = { agencyId: ID, name: 'Dinas Pendidikan', lat: -5.42, lon: 105.26 };
    expect(createWorkLocationSchema.parse(base).radiusM).toBe(100);
    expect(paths(createWorkLocationSchema.safeParse({ ...base, radiusM: 9 }))).toEqual(['radiusM']);
    expect(paths(createWorkLocationSchema.safeParse({ ...base, radiusM: 1001 }))).toEqual(['radiusM']);
    expect(paths(createWorkLocationSchema.safeParse({ ...base, timeZone: 'Asia/Singapore' }))).toEqual([
      'timeZone',
    ]);
  });

  it('refuses a check-in without a location, with latitude 91, or without a fix time', () => {
    const ok = {
      kind: 'in',
      lat: -5.42,
      lon: 105.26,
      accuracyM: 10,
      fixTakenAt: '2026-03-02T07:29:00+07:00',
    };
    expect(attendanceCheckInSchema.safeParse(ok).success).toBe(true);
    const missing = attendanceCheckInSchema.safeParse({ ...ok, lat: undefined });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['lat'],
      message: 'a location is required to check in',
    });
    expect(paths(attendanceCheckInSchema.safeParse({ ...ok, lat: 91 }))).toEqual(['lat']);
    expect(paths(attendanceCheckInSchema.safeParse({ ...ok, fixTakenAt: undefined }))).toEqual([
      'fixTakenAt',
    ]);
  });

  it('checks schedules: working time after the break, non-overlapping ranges, one target', () => {
    const week = { '1': { start: '07:30', end: '16:00', breakMinutes: 60 } };
    expect(createWorkScheduleSchema.safeParse({ kind: 'fixed', name: 'Default', week }).success).toBe(true);
    expect(
      paths(
        createWorkScheduleSchema.safeParse({
          kind: 'fixed',
          name: 'x',
          week: { '1': { start: '08:00', end: '09:00', breakMinutes: 60 } },
        }),
      ),
    ).toEqual(['week.1.end']);
    const range = (startDate: string, endDate: string) => ({ label: 'Ramadan', startDate, endDate, week });
    expect(
      paths(
        createWorkScheduleSchema.safeParse({
          kind: 'fixed',
          name: 'x',
          week,
          overrides: [range('2026-02-18', '2026-03-19'), range('2026-03-19', '2026-03-20')],
        }),
      ),
    ).toEqual(['overrides.1']);
    expect(paths(assignWorkScheduleSchema.safeParse({ scheduleId: ID, fromDate: '2026-03-01' }))).toEqual([
      'target',
    ]);
    expect(
      paths(
        assignWorkScheduleSchema.safeParse({
          scheduleId: ID,
          target: { kind: 'unit', unitId: ID },
          fromDate: '2026-03-01',
        }),
      ),
    ).toEqual(['target.agencyId']);
    expect(
      assignWorkScheduleSchema.safeParse({
        scheduleId: ID,
        target: { kind: 'employee', employeeId: ID },
        fromDate: '2026-03-01',
      }).success,
    ).toBe(true);
    expect(paths(listScheduleAssignmentsQuerySchema.safeParse({ unitId: ID }))).toEqual(['agencyId']);
    expect(paths(listScheduleAssignmentsQuerySchema.safeParse({}))).toEqual(['unitId']);
    expect(listScheduleAssignmentsQuerySchema.safeParse({ employeeId: ID, unitId: ID }).success).toBe(true);
    expect(
      createShiftRosterSchema.safeParse({
        scheduleId: ID,
        shifts: [{ employeeId: ID, date: '2026-03-01', start: '22:00', end: '06:00' }],
      }).success,
    ).toBe(true);
  });

  it('checks a leave request and an approval step', () => {
    const leave = {
      type: 'TAHUNAN',
      startDate: '2026-03-16',
      endDate: '2026-03-13',
      reason: 'Keluarga',
      addressDuringLeave: 'Metro',
    };
    expect(paths(requestLeaveSchema.safeParse(leave))).toEqual(['endDate']);
    expect(paths(requestLeaveSchema.safeParse({ ...leave, endDate: '2026-03-16', type: 'LIBUR' }))).toEqual([
      'type',
    ]);
    expect(paths(leaveStepSchema.safeParse({ outcome: 'CHANGE', note: 'x' }))).toEqual(['changeTo']);
    expect(paths(leaveStepSchema.safeParse({ outcome: 'REJECT' }))).toEqual(['note']);
  });

  it('fills the tenant settings with the regulation’s defaults', () => {
    const s = attendanceSettingsSchema.parse({});
    expect(s.geofence).toMatchObject({
      defaultRadiusM: 100,
      maxFixAgeSeconds: 120,
      lowAccuracyM: 50,
      maxSpeedKmh: 120,
    });
    expect(deductionTableOf(s.deduction)).toEqual(DEFAULT_DEDUCTION_TABLE);
    expect(s.workWeek).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a deduction table with finer than 2 decimals or a misplaced open band', () => {
    const table = attendanceSettingsSchema.parse({}).deduction;
    expect(paths(deductionSettingsSchema.safeParse({ ...table, absentDayPercent: 5.125 }))).toEqual([
      'absentDayPercent',
    ]);
    expect(
      paths(
        deductionSettingsSchema.safeParse({
          ...table,
          bands: [
            { upToMinutes: null, percent: 1 },
            { upToMinutes: 30, percent: 1 },
          ],
        }),
      ),
    ).toEqual(['bands.0.upToMinutes', 'bands.1.upToMinutes']);
  });

  it('lays a tenant’s leave overrides over the defaults', () => {
    const p = leavePolicyOf('PPPK', {
      annualDays: 10,
      carryOver: null,
      limits: { maternity: { months: 4 } },
    });
    expect(p).toMatchObject({ annualDays: 10, carryOver: null, cutiBersamaReducesAnnual: true });
    expect(p.limits.maternity).toEqual({ months: 4 });
    expect(p.limits.sick).toEqual(DEFAULT_LEAVE_POLICIES.PPPK.limits.sick);
    expect(leavePolicyOf('PNS')).toEqual(DEFAULT_LEAVE_POLICIES.PNS);
  });
});
