import * as z from 'zod';
import { DELEGATION_KINDS, LEAVE_OUTCOMES } from '../attendance/approval';
import { HOLIDAY_KINDS } from '../attendance/calendar';
import { ATTENDANCE_TIME_ZONES } from '../attendance/clock';
import { GEOFENCE_DEFAULTS } from '../attendance/geofence';
import { IMPORTANT_REASONS, LEAVE_TYPES, MAX_LEAVE_ATTACHMENTS } from '../attendance/leave';
import { DEFAULT_DEDUCTION_TABLE } from '../attendance/recap';
import { ATTENDANCE_REQUEST_KINDS, ATTENDANCE_REQUEST_STATUSES } from '../attendance/requests';
import { PUNCH_WINDOW_DEFAULTS } from '../attendance/schedule';
import { idSchema } from '../ids';
import { employmentTypeSchema } from '../personnel/vocabulary';
import { isoDateSchema, monthSchema, nameSchema } from './common';

/**
 * Attendance and leave (issue 13): the inputs of `functions/attendance` and the tenant's settings.
 * Every value ASN-RULES §5-§6 or the issue names as a default is a setting here, with that default.
 */

const addIssue = (ctx: z.RefinementCtx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });
const text = nameSchema;
const dateRange = <T extends { startDate: string; endDate: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) addIssue(ctx, ['endDate'], 'cannot be before startDate');
};

export const attendanceTimeZoneSchema = z.enum(ATTENDANCE_TIME_ZONES);
export const hmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');
export const leaveTypeSchema = z.enum(LEAVE_TYPES);
export const leaveOutcomeSchema = z.enum(LEAVE_OUTCOMES);
export const holidayKindSchema = z.enum(HOLIDAY_KINDS);

export const latSchema = z.number({ error: 'a location is required to check in' }).min(-90).max(90);
export const lonSchema = z.number({ error: 'a location is required to check in' }).min(-180).max(180);

// ---- Places, schedules, holidays ----

export const createWorkLocationSchema = z.strictObject({
  agencyId: idSchema,
  unitId: idSchema.optional(),
  name: nameSchema(200),
  lat: latSchema,
  lon: lonSchema,
  /** ASN-RULES §6: default 100 m; 10-1000. */
  radiusM: z.int().min(GEOFENCE_DEFAULTS.minRadiusM).max(GEOFENCE_DEFAULTS.maxRadiusM).default(100),
  /** Default: the tenant's zone. */
  timeZone: attendanceTimeZoneSchema.optional(),
});
export type CreateWorkLocationInput = z.infer<typeof createWorkLocationSchema>;

export const updateWorkLocationSchema = createWorkLocationSchema
  .omit({ agencyId: true })
  .partial()
  .extend({
    radiusM: z.int().min(GEOFENCE_DEFAULTS.minRadiusM).max(GEOFENCE_DEFAULTS.maxRadiusM).optional(),
  });
export type UpdateWorkLocationInput = z.infer<typeof updateWorkLocationSchema>;

export const dayScheduleSchema = z
  .strictObject({ start: hmSchema, end: hmSchema, breakMinutes: z.int().min(0).max(240) })
  .superRefine((d, ctx) => {
    const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
    if (minutes(d.end) - minutes(d.start) - d.breakMinutes <= 0)
      addIssue(ctx, ['end'], 'must leave working time after start and the break');
  });

/** ISO weekday keys, "1" (Monday) to "7" (Sunday); a missing day is a day off. */
export const weeklyScheduleSchema = z
  .partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), dayScheduleSchema)
  .refine((w) => Object.keys(w).length > 0, 'needs at least one working day');

export const scheduleOverrideSchema = z
  .strictObject({
    label: nameSchema(100),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    week: weeklyScheduleSchema,
  })
  .superRefine(dateRange);

export const createWorkScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    name: nameSchema(100),
    week: weeklyScheduleSchema,
    /** Date ranges with their own week, such as Ramadan (08:00, 32.5 h a week). */
    overrides: z
      .array(scheduleOverrideSchema)
      .max(20)
      .default([])
      .superRefine((list, ctx) => {
        const sorted = [...list].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
        for (let i = 1; i < sorted.length; i++)
          if (sorted[i]!.startDate <= sorted[i - 1]!.endDate) addIssue(ctx, [i], 'overlaps another range');
      }),
  }),
  z.strictObject({ kind: z.literal('shift'), name: nameSchema(100) }),
]);
export type CreateWorkScheduleInput = z.infer<typeof createWorkScheduleSchema>;

export const assignWorkScheduleSchema = z.strictObject({
  scheduleId: idSchema,
  /** A unit (found within its agency) or one employee, whose own assignment wins over their unit's. */
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('unit'), agencyId: idSchema, unitId: idSchema }),
    z.strictObject({ kind: z.literal('employee'), employeeId: idSchema }),
  ]),
  fromDate: isoDateSchema,
});
export type AssignWorkScheduleInput = z.infer<typeof assignWorkScheduleSchema>;

/** One shift instance; an end at or before the start is the next day (22:00-06:00). */
export const rosterShiftSchema = z
  .strictObject({
    employeeId: idSchema,
    date: isoDateSchema,
    start: hmSchema,
    end: hmSchema,
    breakMinutes: z.int().min(0).max(240).default(0),
  })
  .refine((s) => s.start !== s.end, {
    path: ['end'],
    message: 'a shift cannot start and end at the same time',
  });

/** At most 99 shifts a request: they and the audit entry are one transaction, so nothing is half-written. */
export const createShiftRosterSchema = z.strictObject({
  scheduleId: idSchema,
  shifts: z
    .array(rosterShiftSchema)
    .min(1)
    .max(99)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((s, i) => {
        const k = `${s.employeeId}/${s.date}`;
        if (seen.has(k)) addIssue(ctx, [i, 'date'], 'one shift per employee and start date');
        seen.add(k);
      });
    }),
});
export type CreateShiftRosterInput = z.infer<typeof createShiftRosterSchema>;

/** A rostered shift as listed: it starts on `date` and may end the next day. */
export const rosterShiftRecordSchema = z.object({
  employeeId: idSchema,
  employeeName: z.string(),
  unitId: idSchema,
  scheduleId: idSchema,
  date: isoDateSchema,
  start: z.string(),
  end: z.string(),
  breakMinutes: z.int(),
  crossesMidnight: z.boolean(),
});
export type RosterShiftRecord = z.infer<typeof rosterShiftRecordSchema>;

export const listShiftRosterQuerySchema = z.object({
  agencyId: idSchema,
  unitId: idSchema,
  month: monthSchema,
});

export const upsertHolidaySchema = z.strictObject({
  date: isoDateSchema,
  name: nameSchema(200),
  kind: holidayKindSchema,
});
export type UpsertHolidayInput = z.infer<typeof upsertHolidaySchema>;

/** PUT /v1/attendance/holidays/{date}: the date is the path's; the body names and classes the day. */
export const putHolidaySchema = upsertHolidaySchema.omit({ date: true });
export type PutHolidayInput = z.infer<typeof putHolidaySchema>;
export const holidayDateParamSchema = z.object({ date: isoDateSchema });

/** A day of the tenant's holiday calendar, as stored and listed. */
export const holidaySchema = z.object({
  date: isoDateSchema,
  name: z.string(),
  kind: holidayKindSchema,
  /** The decree a seeded day comes from (SKB 3 Menteri); absent on days a tenant admin entered. */
  source: z.string().optional(),
  updatedAt: z.string(),
  version: z.int().min(1),
});
export type HolidayRecord = z.infer<typeof holidaySchema>;

export const listHolidaysQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});
export type ListHolidaysQuery = z.infer<typeof listHolidaysQuerySchema>;

// ---- Places and schedules as stored and listed ----

export const workLocationSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  /** When set, only this unit's employees check in here; otherwise the whole agency. */
  unitId: idSchema.nullable(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  radiusM: z.int(),
  timeZone: attendanceTimeZoneSchema,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().min(1),
});
export type WorkLocation = z.infer<typeof workLocationSchema>;

/** PATCH: any of the fields, `active` to retire a location (it is never deleted), and the version read. */
export const patchWorkLocationSchema = updateWorkLocationSchema.extend({
  unitId: idSchema.nullable().optional(),
  active: z.boolean().optional(),
  version: z.int().min(1),
});
export type PatchWorkLocationInput = z.infer<typeof patchWorkLocationSchema>;

export const listWorkLocationsQuerySchema = z.object({
  agencyId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListWorkLocationsQuery = z.infer<typeof listWorkLocationsQuerySchema>;

const storedDaySchema = z.object({ start: z.string(), end: z.string(), breakMinutes: z.int() });
const storedWeekSchema = z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), storedDaySchema);

export const workScheduleSchema = z.object({
  id: idSchema,
  kind: z.enum(['fixed', 'shift']),
  name: z.string(),
  /** Fixed schedules: the week (absent days are days off) and date ranges with their own week. */
  week: storedWeekSchema.nullable(),
  overrides: z.array(
    z.object({ label: z.string(), startDate: z.string(), endDate: z.string(), week: storedWeekSchema }),
  ),
  /** Net minutes a week of the base week (Perpres 21/2023: 2,250). */
  weeklyNetMinutes: z.int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().min(1),
});
export type WorkScheduleRecord = z.infer<typeof workScheduleSchema>;

/** PUT: the whole schedule again (name, week and overrides of a fixed one), with the version read. */
export const updateWorkScheduleSchema = z.strictObject({
  name: nameSchema(100),
  week: weeklyScheduleSchema.optional(),
  overrides: z.array(scheduleOverrideSchema).max(20).optional(),
  version: z.int().min(1),
});
export type UpdateWorkScheduleInput = z.infer<typeof updateWorkScheduleSchema>;

export const scheduleAssignmentSchema = z.object({
  scheduleId: idSchema,
  scheduleName: z.string(),
  target: z.enum(['unit', 'employee']),
  unitId: idSchema.nullable(),
  employeeId: idSchema.nullable(),
  /** The unit's or the employee's name, for lists. */
  targetName: z.string(),
  fromDate: isoDateSchema,
  createdAt: z.string(),
});
export type ScheduleAssignmentRecord = z.infer<typeof scheduleAssignmentSchema>;

/** `employeeId`: that employee's own assignments; otherwise `unitId` with its `agencyId`. */
export const listScheduleAssignmentsQuerySchema = z
  .object({ agencyId: idSchema.optional(), unitId: idSchema.optional(), employeeId: idSchema.optional() })
  .superRefine((v, ctx) => {
    if (v.employeeId) return;
    if (!v.unitId) addIssue(ctx, ['unitId'], 'give employeeId, or unitId with agencyId');
    else if (!v.agencyId) addIssue(ctx, ['agencyId'], "is required with unitId: the unit's agency");
  });
export type ListScheduleAssignmentsQuery = z.infer<typeof listScheduleAssignmentsQuerySchema>;

// ---- Check-in, off-site duty, izin ----

export const attendanceCheckInSchema = z.strictObject({
  kind: z.enum(['in', 'out']),
  lat: latSchema,
  lon: lonSchema,
  accuracyM: z.number().min(0).max(GEOFENCE_DEFAULTS.absurdAccuracyM),
  /** The device's fix time; the attendance time is the server's clock. */
  fixTakenAt: z.iso.datetime({ offset: true }),
  /** The WebAuthn assertion (JSON from the browser), when the passkey policy asks for one. */
  assertion: z.record(z.string(), z.unknown()).optional(),
  offsiteDutyId: idSchema.optional(),
});
export type AttendanceCheckInInput = z.infer<typeof attendanceCheckInSchema>;

export const requestOffsiteDutySchema = z
  .strictObject({
    letterNumber: text(100),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    place: text(300),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .superRefine((v, ctx) => {
    dateRange(v, ctx);
    if ((v.lat === undefined) !== (v.lon === undefined))
      addIssue(ctx, ['lon'], 'give both lat and lon, or neither');
  });
export type RequestOffsiteDutyInput = z.infer<typeof requestOffsiteDutySchema>;

export const decisionSchema = z
  .strictObject({ approve: z.boolean(), note: text(1000).optional() })
  .refine((v) => v.approve || !!v.note, { path: ['note'], message: 'a refusal needs a reason' });
export const decideOffsiteDutySchema = decisionSchema;
export const decideAttendancePermissionSchema = decisionSchema;

/** Izin: permission to arrive late or leave early on a date. */
export const requestAttendancePermissionSchema = z.strictObject({
  kind: z.enum(['late-arrival', 'early-leave']),
  date: isoDateSchema,
  reason: text(1000),
});
export type RequestAttendancePermissionInput = z.infer<typeof requestAttendancePermissionSchema>;

export const punchFlagSchema = z.enum([
  'low-accuracy',
  'zero-accuracy',
  'exact-office-pin',
  'coarse-coordinates',
  'impossible-speed',
  'synced-passkey',
  'offsite-duty',
]);

/** What a check-in answers: the server's time in the location's zone, on time or late, and the flags. */
export const checkInResultSchema = z.object({
  kind: z.enum(['in', 'out']),
  /** The server's clock, never the device's. */
  at: z.string(),
  /** The attendance day the punch belongs to (a night shift's check-out belongs to its start date). */
  date: isoDateSchema,
  localTime: z.string(),
  timeZone: attendanceTimeZoneSchema,
  location: z.object({ id: idSchema, name: z.string() }),
  distanceM: z.int(),
  radiusM: z.int(),
  /** The planned work of the day, or null on a day off or holiday. */
  planned: z.object({ start: z.string(), end: z.string() }).nullable(),
  status: z.enum(['on-time', 'late', 'early', 'off-day']),
  lateMinutes: z.int().nullable(),
  earlyMinutes: z.int().nullable(),
  flags: z.array(punchFlagSchema),
  /** True when this was a second check-in of the day: nothing changed, the first one is answered. */
  repeated: z.boolean(),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const dayStatusSchema = z.enum(['off', 'present', 'absent', 'leave', 'duty', 'pending']);

export const attendanceDaySchema = z.object({
  date: isoDateSchema,
  weekday: z.int().min(1).max(7),
  status: dayStatusSchema,
  holiday: z.object({ name: z.string(), kind: holidayKindSchema }).nullable(),
  planned: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Local HH:MM of the first check-in and the last check-out. */
  firstIn: z.string().nullable(),
  lastOut: z.string().nullable(),
  lateMinutes: z.int().nullable(),
  earlyMinutes: z.int().nullable(),
  lateBand: z.string().nullable(),
  earlyBand: z.string().nullable(),
  deductionPercent: z.number(),
  flags: z.array(punchFlagSchema),
  /** The type of an approved leave covering the day (status `leave`), else null. */
  leaveType: leaveTypeSchema.nullable(),
});
export type AttendanceDay = z.infer<typeof attendanceDaySchema>;

export const sideSummarySchema = z.object({
  count: z.int(),
  minutes: z.int(),
  bands: z.record(z.string(), z.int()),
});

export const monthSummarySchema = z.object({
  workingDays: z.int(),
  presentDays: z.int(),
  absentDays: z.int(),
  pendingDays: z.int(),
  dutyDays: z.int(),
  leaveDays: z.record(z.string(), z.int()),
  late: sideSummarySchema,
  early: sideSummarySchema,
  deductionPercent: z.number(),
});

export const myAttendanceQuerySchema = z.object({ month: monthSchema.optional() });

export const myAttendanceSchema = z.object({
  month: monthSchema,
  timeZone: attendanceTimeZoneSchema,
  employee: z.object({ id: idSchema, name: z.string() }),
  schedule: z.object({ id: idSchema.nullable(), name: z.string() }),
  days: z.array(attendanceDaySchema),
  summary: monthSummarySchema,
});
export type MyAttendance = z.infer<typeof myAttendanceSchema>;

export const teamTodayStatusSchema = z.enum(['on-time', 'late', 'not-yet', 'absent', 'off', 'leave', 'duty']);

export const teamAttendanceTodaySchema = z.object({
  date: isoDateSchema,
  timeZone: attendanceTimeZoneSchema,
  unit: z.object({ id: idSchema, name: z.string() }),
  counts: z.record(teamTodayStatusSchema, z.int()),
  items: z.array(
    z.object({
      employeeId: idSchema,
      name: z.string(),
      status: teamTodayStatusSchema,
      planned: z.object({ start: z.string(), end: z.string() }).nullable(),
      firstIn: z.string().nullable(),
      lastOut: z.string().nullable(),
      lateMinutes: z.int().nullable(),
      flags: z.array(punchFlagSchema),
    }),
  ),
});
export type TeamAttendanceToday = z.infer<typeof teamAttendanceTodaySchema>;

/** An off-site duty or izin as stored and listed. */
export const attendanceRequestSchema = z.object({
  id: idSchema,
  kind: z.enum(ATTENDANCE_REQUEST_KINDS),
  employeeId: idSchema,
  employeeName: z.string(),
  agencyId: idSchema,
  unitId: idSchema,
  status: z.enum(ATTENDANCE_REQUEST_STATUSES),
  /** A duty's range; an izin's one date in both. */
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** Off-site duty: the assignment letter (surat tugas) and the place, with its point when given. */
  letterNumber: z.string().nullable(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.object({ sub: z.string(), name: z.string(), role: z.string() }).nullable(),
  decisionNote: z.string().nullable(),
  version: z.int().min(1),
});
export type AttendanceRequest = z.infer<typeof attendanceRequestSchema>;

export const listAttendanceRequestsQuerySchema = z.object({
  /** `mine`: one's own; `inbox`: what the caller may decide (a supervisor's unit, an admin's agency or tenant). */
  view: z.enum(['mine', 'inbox']).default('mine'),
  status: z.enum(ATTENDANCE_REQUEST_STATUSES).optional(),
  /** A tenant admin's inbox is per agency. */
  agencyId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListAttendanceRequestsQuery = z.infer<typeof listAttendanceRequestsQuerySchema>;

// ---- Recap and month close ----

export const attendanceRecapQuerySchema = z.object({
  agencyId: idSchema,
  month: monthSchema,
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AttendanceRecapQuery = z.infer<typeof attendanceRecapQuerySchema>;
export const exportAttendanceRecapQuerySchema = attendanceRecapQuerySchema.omit({
  cursor: true,
  limit: true,
});

export const closeAttendanceMonthSchema = z.strictObject({ agencyId: idSchema, month: monthSchema });
export type CloseAttendanceMonthInput = z.infer<typeof closeAttendanceMonthSchema>;
export const reopenAttendanceMonthSchema = z.strictObject({
  agencyId: idSchema,
  month: monthSchema,
  reason: text(1000),
});
export type ReopenAttendanceMonthInput = z.infer<typeof reopenAttendanceMonthSchema>;

/** Whether an agency's month is closed (frozen for the TPP calculation), and its last close or reopening. */
export const attendanceMonthStateSchema = z.object({
  agencyId: idSchema,
  month: monthSchema,
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  version: z.int().min(0),
});
export type AttendanceMonthState = z.infer<typeof attendanceMonthStateSchema>;

export const attendanceRecapRowSchema = monthSummarySchema.extend({
  employeeId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitId: idSchema,
  unitName: z.string(),
});
export type AttendanceRecapRow = z.infer<typeof attendanceRecapRowSchema>;

export const attendanceRecapSchema = z.object({
  agency: z.object({ id: idSchema, name: z.string() }),
  month: monthSchema,
  state: attendanceMonthStateSchema,
  items: z.array(attendanceRecapRowSchema),
  nextCursor: z.string().nullable(),
});
export type AttendanceRecap = z.infer<typeof attendanceRecapSchema>;

// ---- Leave ----

export const sickDocumentSchema = z.enum(['note-to-superior', 'doctor', 'government-doctor']);

export const requestLeaveSchema = z
  .strictObject({
    type: leaveTypeSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    reason: text(1000),
    addressDuringLeave: text(500),
    sickDocument: sickDocumentSchema.optional(),
    healthBoardExtension: z.boolean().optional(),
    miscarriage: z.boolean().optional(),
    childOrder: z.int().min(1).max(20).optional(),
    firstHajj: z.boolean().optional(),
    importantReason: z.enum(IMPORTANT_REASONS).optional(),
    bknApprovalRef: text(100).optional(),
    cltnExtension: z.boolean().optional(),
    /** Uploaded with `createLeaveAttachmentUpload` first: the key it gave, and the file's name. */
    attachments: z
      .array(z.strictObject({ key: z.string().min(1).max(300), name: text(200) }))
      .max(MAX_LEAVE_ATTACHMENTS)
      .optional(),
  })
  .superRefine(dateRange);
export type RequestLeaveInput = z.infer<typeof requestLeaveSchema>;

const periodSchema = z
  .strictObject({ startDate: isoDateSchema, endDate: isoDateSchema })
  .superRefine(dateRange);

export const leaveStepSchema = z
  .strictObject({
    outcome: leaveOutcomeSchema,
    note: text(1000).optional(),
    changeTo: periodSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'CHANGE' && !v.changeTo) addIssue(ctx, ['changeTo'], 'is required with CHANGE');
    if (v.outcome !== 'CHANGE' && v.changeTo) addIssue(ctx, ['changeTo'], 'only goes with CHANGE');
    if (v.outcome !== 'APPROVE' && !v.note) addIssue(ctx, ['note'], `a ${v.outcome} needs a reason`);
  });
export const recommendLeaveSchema = leaveStepSchema;
export const decideLeaveSchema = leaveStepSchema;
export type LeaveStepInput = z.infer<typeof leaveStepSchema>;

export const cancelLeaveSchema = z.strictObject({ reason: text(1000).optional() });

export const createApprovalDelegationSchema = z
  .strictObject({
    principalId: idSchema,
    delegateId: idSchema,
    kind: z.enum(DELEGATION_KINDS),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    decreeNumber: text(100).optional(),
  })
  .superRefine((v, ctx) => {
    dateRange(v, ctx);
    if (v.principalId === v.delegateId) addIssue(ctx, ['delegateId'], 'cannot be the principal');
  });
export type CreateApprovalDelegationInput = z.infer<typeof createApprovalDelegationSchema>;

// ---- Tenant settings ----

const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Math.abs(Math.round(p * 100) - p * 100) < 1e-6, 'takes at most 2 decimals');
const bpToPct = (bp: number) => bp / 100;

export const deductionSettingsSchema = z
  .strictObject({
    bands: z
      .array(z.strictObject({ upToMinutes: z.int().min(1).max(1440).nullable(), percent: percentSchema }))
      .min(1)
      .max(10),
    noRecordPercent: percentSchema,
    absentDayPercent: percentSchema,
    capPercent: percentSchema,
  })
  .superRefine((t, ctx) => {
    t.bands.forEach((b, i) => {
      const last = i === t.bands.length - 1;
      if (last !== (b.upToMinutes === null))
        addIssue(ctx, ['bands', i, 'upToMinutes'], 'only the last band is open-ended');
      const prev = t.bands[i - 1]?.upToMinutes;
      if (i > 0 && b.upToMinutes !== null && prev != null && b.upToMinutes <= prev)
        addIssue(ctx, ['bands', i, 'upToMinutes'], 'must rise band by band');
    });
  });
export type DeductionSettings = z.infer<typeof deductionSettingsSchema>;

/** ASN-RULES §6 as settings: 0.5 / 1 / 1.25 / 1.5 %, absent 5 %, cap 100 %. */
export const DEFAULT_DEDUCTION_SETTINGS: DeductionSettings = {
  bands: DEFAULT_DEDUCTION_TABLE.bands.map((b) => ({ upToMinutes: b.upToMinutes, percent: bpToPct(b.bp) })),
  noRecordPercent: bpToPct(DEFAULT_DEDUCTION_TABLE.noRecordBp),
  absentDayPercent: bpToPct(DEFAULT_DEDUCTION_TABLE.absentDayBp),
  capPercent: bpToPct(DEFAULT_DEDUCTION_TABLE.capBp),
};

const spanSchema = z.strictObject({
  months: z.int().min(0).max(60),
  days: z.int().min(0).max(60).optional(),
});

/** A tenant's override of one employment type's leave rules; absent fields keep the regulation's default. */
export const leavePolicySettingsSchema = z.strictObject({
  types: z.array(leaveTypeSchema).min(1).max(LEAVE_TYPES.length).optional(),
  annualDays: z.int().min(0).max(30).optional(),
  cutiBersamaReducesAnnual: z.boolean().optional(),
  carryOver: z
    .strictObject({
      perYearMax: z.int().min(0).max(30),
      deferredMax: z.int().min(0).max(30),
      cap: z.int().min(0).max(60),
      capAfterTwoUnused: z.int().min(0).max(60),
    })
    .nullable()
    .optional(),
  minServiceYears: z.partialRecord(leaveTypeSchema, z.int().min(0).max(40)).optional(),
  besarIntervalYears: z.int().min(0).max(40).optional(),
  maternityMaxChildOrder: z.int().min(1).max(20).nullable().optional(),
  limits: z
    .strictObject({
      besar: spanSchema,
      sick: spanSchema,
      sickExtension: spanSchema,
      sickMiscarriage: spanSchema,
      maternity: spanSchema,
      importantReasons: spanSchema,
      cltn: spanSchema,
      cltnExtension: spanSchema,
    })
    .partial()
    .optional(),
});
export type LeavePolicySettings = z.infer<typeof leavePolicySettingsSchema>;

export const pybmcRuleSchema = z.strictObject({
  agencyId: idSchema.nullable(),
  types: z.array(leaveTypeSchema).min(1).nullable(),
  employeeId: idSchema,
});

export const ramadanRangeSchema = z
  .strictObject({ label: nameSchema(100), startDate: isoDateSchema, endDate: isoDateSchema })
  .superRefine(dateRange);

/**
 * Built once and extended: zod builds a new instance for every node of a schema (about 90 here),
 * and each function builds its schemas at its cold start.
 */
export const attendanceSettingsSchema = z.strictObject({
  /** Issue 13 §2: off, optional or required. The issue names no default; optional lets employees enrol first. */
  passkeyPolicy: z.enum(['off', 'optional', 'required']).default('optional'),
  geofence: z
    .strictObject({
      defaultRadiusM: z.int().min(GEOFENCE_DEFAULTS.minRadiusM).max(GEOFENCE_DEFAULTS.maxRadiusM),
      maxFixAgeSeconds: z.int().min(10).max(600),
      maxFixAheadSeconds: z.int().min(0).max(3600),
      lowAccuracyM: z.int().min(1).max(1000),
      absurdAccuracyM: z.int().min(100).max(100_000),
      maxSpeedKmh: z.int().min(10).max(2000),
    })
    .default({
      defaultRadiusM: GEOFENCE_DEFAULTS.radiusM,
      maxFixAgeSeconds: GEOFENCE_DEFAULTS.maxFixAgeSeconds,
      maxFixAheadSeconds: GEOFENCE_DEFAULTS.maxFixAheadSeconds,
      lowAccuracyM: GEOFENCE_DEFAULTS.lowAccuracyM,
      absurdAccuracyM: GEOFENCE_DEFAULTS.absurdAccuracyM,
      maxSpeedKmh: GEOFENCE_DEFAULTS.maxSpeedKmh,
    }),
  punchWindow: z
    .strictObject({
      beforeStartMinutes: z.int().min(0).max(720),
      afterEndMinutes: z.int().min(0).max(720),
    })
    .default({ ...PUNCH_WINDOW_DEFAULTS }),
  /** Worked weekdays for leave counting, ISO 1 (Monday) - 7. */
  workWeek: z.array(z.int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]),
  ramadan: z.array(ramadanRangeSchema).max(20).default([]),
  deduction: deductionSettingsSchema.default(DEFAULT_DEDUCTION_SETTINGS),
  leavePolicies: z.partialRecord(employmentTypeSchema, leavePolicySettingsSchema).default({}),
  pybmc: z.array(pybmcRuleSchema).max(500).default([]),
});
export type AttendanceSettings = z.infer<typeof attendanceSettingsSchema>;

/** PUT /v1/attendance/settings: the whole settings, with the version read (0 before the first save). */
export const updateAttendanceSettingsSchema = attendanceSettingsSchema.extend({
  version: z.int().min(0),
});
export type UpdateAttendanceSettingsInput = z.infer<typeof updateAttendanceSettingsSchema>;

/** The settings as read: defaults with version 0 until a tenant admin first saves them. */
export const attendanceSettingsRecordSchema = attendanceSettingsSchema.extend({
  version: z.int().min(0),
  updatedAt: z.string().nullable(),
});
export type AttendanceSettingsRecord = z.infer<typeof attendanceSettingsRecordSchema>;
