/**
 * Calls of the attendance API (one function per operationId): the tenant's holiday calendar and
 * settings, work locations and schedules, check-in and the month and team views, off-site duty
 * (dinas luar) and izin with their decisions, the admins' monthly recap and the month close, and
 * the shift rosters (issue 13 §1-§3, §5). Built on ./client (token, problem+json,
 * 401 handling); every type is read from the generated schema.
 */
import {
  accepting,
  answer,
  api,
  type BodyOf,
  call,
  type Download,
  download,
  type ItemOf,
  listAll,
  type QueryOf,
  type ResponseOf,
  XLSX_TYPE,
} from './client';

// The holiday calendar
export type Holiday = ItemOf<'listHolidays'>;
export type HolidayKind = Holiday['kind'];
export type ListHolidaysQuery = QueryOf<'listHolidays'>;
export type UpsertHolidayBody = BodyOf<'upsertHoliday'>;
/** The day as stored, and whether the call added it (201) rather than changed it (200). */
export interface UpsertedHoliday {
  holiday: Holiday;
  created: boolean;
}

const holidayPath = (date: string) => ({ params: { path: { date } } });

/** One page of a year's days, in date order. */
export const listHolidays = (q: ListHolidaysQuery) =>
  call(api.GET('/v1/attendance/holidays', { params: { query: q } }));

/** Every day of a year (a few dozen at most), following the cursor. */
export const listHolidaysOfYear = (year: number): Promise<Holiday[]> =>
  listAll((page) => listHolidays({ year, ...page }));

/** Adds the day, or changes its name and kind (tenant admins). */
export const upsertHoliday = async (date: string, body: UpsertHolidayBody): Promise<UpsertedHoliday> => {
  const { data, response } = await answer(
    api.PUT('/v1/attendance/holidays/{date}', { ...holidayPath(date), body }),
  );
  return { holiday: data, created: response.status === 201 };
};

/** Removes the day from the calendar (tenant admins). */
export const deleteHoliday = async (date: string): Promise<void> => {
  await call(api.DELETE('/v1/attendance/holidays/{date}', holidayPath(date)));
};

// Settings
export type AttendanceSettings = ResponseOf<'getAttendanceSettings'>;
export type AttendanceTimeZone = WorkLocation['timeZone'];

/** The tenant's attendance settings (defaults, version 0, until a tenant admin saves them). */
export const getAttendanceSettings = () => call(api.GET('/v1/attendance/settings'));

// Work locations
export type WorkLocation = ItemOf<'listWorkLocations'>;
export type ListWorkLocationsQuery = QueryOf<'listWorkLocations'>;
export type CreateWorkLocationBody = BodyOf<'createWorkLocation'>;
export type UpdateWorkLocationBody = BodyOf<'updateWorkLocation'>;

const locationPath = (locationId: string) => ({ params: { path: { locationId } } });

/** One page of work locations; everyone but a tenant admin gets their own agency's. */
export const listWorkLocations = (q: ListWorkLocationsQuery = {}) =>
  call(api.GET('/v1/attendance/locations', { params: { query: q } }));

/** Every work location in the caller's scope (a few per agency), following the cursor. */
export const listAllWorkLocations = (agencyId?: string): Promise<WorkLocation[]> =>
  listAll((page) => listWorkLocations({ agencyId, ...page }));

/** Adds a location of an agency or one of its units (tenant admins; agency admins for their own). */
export const createWorkLocation = (body: CreateWorkLocationBody) =>
  call(api.POST('/v1/attendance/locations', { body }));

/** Changes a location, or retires it (`active: false`), with the version read. */
export const updateWorkLocation = (locationId: string, body: UpdateWorkLocationBody) =>
  call(api.PATCH('/v1/attendance/locations/{locationId}', { ...locationPath(locationId), body }));

// Work schedules and their assignments
export type WorkSchedule = ItemOf<'listWorkSchedules'>;
export type WorkWeek = NonNullable<WorkSchedule['week']>;
export type WorkDay = NonNullable<WorkWeek[keyof WorkWeek]>;
export type CreateWorkScheduleBody = BodyOf<'createWorkSchedule'>;
export type UpdateWorkScheduleBody = BodyOf<'updateWorkSchedule'>;
export type ScheduleAssignment = ItemOf<'listScheduleAssignments'>;
export type AssignWorkScheduleBody = BodyOf<'assignWorkSchedule'>;
export type ListScheduleAssignmentsQuery = QueryOf<'listScheduleAssignments'>;
/** The assignment as stored, and whether it is new (201) rather than replacing that date's (200). */
export interface AssignedSchedule {
  assignment: ScheduleAssignment;
  created: boolean;
}

/** Every schedule of the tenant (admins); without an assignment Perpres 21/2023 applies. */
export const listWorkSchedules = async (): Promise<WorkSchedule[]> =>
  (await call(api.GET('/v1/attendance/schedules'))).items;

/** Adds a fixed week or a shift schedule (tenant admins). */
export const createWorkSchedule = (body: CreateWorkScheduleBody) =>
  call(api.POST('/v1/attendance/schedules', { body }));

/** Saves a schedule's name, week and date ranges, with the version read (tenant admins). */
export const updateWorkSchedule = (scheduleId: string, body: UpdateWorkScheduleBody) =>
  call(api.PUT('/v1/attendance/schedules/{scheduleId}', { params: { path: { scheduleId } }, body }));

/** Gives a schedule to a unit or one employee from a date (admins). */
export const assignWorkSchedule = async (body: AssignWorkScheduleBody): Promise<AssignedSchedule> => {
  const { data, response } = await answer(api.POST('/v1/attendance/schedule-assignments', { body }));
  return { assignment: data, created: response.status === 201 };
};

/** A unit's (`agencyId` and `unitId`) or an employee's assignments, newest first. */
export const listScheduleAssignments = async (
  q: ListScheduleAssignmentsQuery,
): Promise<ScheduleAssignment[]> =>
  (await call(api.GET('/v1/attendance/schedule-assignments', { params: { query: q } }))).items;

// Shift rosters: the days and hours of a shift schedule, per employee and date (issue 13 §1)
export type RosterShift = ItemOf<'listShiftRoster'>;
export type CreateShiftRosterBody = BodyOf<'createShiftRoster'>;
export type NewRosterShift = CreateShiftRosterBody['shifts'][number];
export type ListShiftRosterQuery = QueryOf<'listShiftRoster'>;

/**
 * Rosters 1-99 shifts of a shift schedule, one per employee and start date (the same employee and
 * date is replaced; an end at or before the start is the next day). A 400 at `scheduleId` for a
 * fixed schedule, at `shifts.N.…` for a shift; a 403 for another agency's employees (admins).
 */
export const createShiftRoster = async (body: CreateShiftRosterBody): Promise<RosterShift[]> =>
  (await call(api.POST('/v1/attendance/rosters', { body }))).items;

/** A unit's shifts of a month (`YYYY-MM`) by start date (admins; a supervisor, their own unit). */
export const listShiftRoster = async (q: ListShiftRosterQuery): Promise<RosterShift[]> =>
  (await call(api.GET('/v1/attendance/rosters', { params: { query: q } }))).items;

// Check-in and the views that read it
export type CheckInBody = BodyOf<'checkIn'>;
export type CheckInResult = ResponseOf<'checkIn'>;
export type PunchFlag = CheckInResult['flags'][number];
export type MyAttendance = ResponseOf<'getMyAttendance'>;
export type AttendanceDay = MyAttendance['days'][number];
export type DayStatus = AttendanceDay['status'];
export type TeamToday = ResponseOf<'listTeamAttendanceToday'>;
export type TeamMemberToday = TeamToday['items'][number];
export type TeamStatus = TeamMemberToday['status'];

/**
 * Checks in or out at the nearest work location (accounts linked to an employee). A second check-in
 * of the day answers the first with `repeated: true`; outside the fence, a 422 `outside-geofence`
 * whose extension members say how far and which location (ApiError.extensions).
 */
export const checkIn = (body: CheckInBody) => call(api.POST('/v1/attendance/punches', { body }));

/** A month (`YYYY-MM`, default this month) of one's own attendance as a calendar, with TL/PSW. */
export const getMyAttendance = (month?: string) =>
  call(api.GET('/v1/attendance/me', { params: { query: { month } } }));

/** A supervisor's own unit today: who is in, late, not yet in, absent or off. */
export const listTeamAttendanceToday = () => call(api.GET('/v1/attendance/team/today'));

// Off-site duty (dinas luar) and izin: asked by an employee, decided by their superior
export type AttendanceRequest = ItemOf<'listAttendanceRequests'>;
export type AttendanceRequestKind = AttendanceRequest['kind'];
export type AttendanceRequestStatus = AttendanceRequest['status'];
export type ListAttendanceRequestsQuery = QueryOf<'listAttendanceRequests'>;
export type RequestOffsiteDutyBody = BodyOf<'requestOffsiteDuty'>;
export type RequestAttendancePermissionBody = BodyOf<'requestAttendancePermission'>;
export type AttendanceDecisionBody = BodyOf<'decideOffsiteDuty'>;

const requestPath = (requestId: string) => ({ params: { path: { requestId } } });

/**
 * Asks for an off-site duty: the assignment letter, the dates (at most 31) and the place, with its
 * point or none (accounts linked to an employee; 409 when a month it covers is closed).
 */
export const requestOffsiteDuty = (body: RequestOffsiteDutyBody) =>
  call(api.POST('/v1/attendance/offsite-duties', { body }));

/** Asks for izin to arrive late or leave early on a date, with the reason. */
export const requestAttendancePermission = (body: RequestAttendancePermissionBody) =>
  call(api.POST('/v1/attendance/permissions', { body }));

/**
 * Approves or refuses a pending off-site duty (a refusal needs a note). 409 when it was decided
 * already or its month is closed; 403 for anyone but the unit's supervisor or an admin over it.
 */
export const decideOffsiteDuty = (requestId: string, body: AttendanceDecisionBody) =>
  call(api.POST('/v1/attendance/offsite-duties/{requestId}/decision', { ...requestPath(requestId), body }));

/** Approves or refuses a pending izin, as decideOffsiteDuty. */
export const decideAttendancePermission = (requestId: string, body: AttendanceDecisionBody) =>
  call(api.POST('/v1/attendance/permissions/{requestId}/decision', { ...requestPath(requestId), body }));

/**
 * A page of requests: `mine`, one's own, newest first; `inbox`, those the caller may decide, oldest
 * first, by status (default pending; a tenant admin names the agency).
 */
export const listAttendanceRequests = (q: ListAttendanceRequestsQuery) =>
  call(api.GET('/v1/attendance/requests', { params: { query: q } }));

// The monthly recap and the month close (admins; an agency admin, their own agency only)
export type AttendanceRecap = ResponseOf<'getAttendanceRecap'>;
export type AttendanceRecapRow = AttendanceRecap['items'][number];
export type AttendanceMonthState = AttendanceRecap['state'];
export type AttendanceRecapQuery = QueryOf<'getAttendanceRecap'>;
export type ExportAttendanceRecapQuery = QueryOf<'exportAttendanceRecap'>;
export type CloseAttendanceMonthBody = BodyOf<'closeAttendanceMonth'>;
export type ReopenAttendanceMonthBody = BodyOf<'reopenAttendanceMonth'>;

/**
 * A page of an agency's month (`YYYY-MM`), one row per employee: working days, present, absent,
 * leave, duty, TL/PSW by band and the TPP deduction; with the agency and the month's state.
 */
export const getAttendanceRecap = (q: AttendanceRecapQuery) =>
  call(api.GET('/v1/attendance/recap', { params: { query: q } }));

/** The whole month of an agency as the XLSX sent to finance (at most 5,000 employees). */
export const exportAttendanceRecap = (q: ExportAttendanceRecapQuery): Promise<Download> =>
  download(
    api.GET('/v1/attendance/recap/export', {
      params: { query: q },
      parseAs: 'blob',
      headers: accepting(XLSX_TYPE),
    }),
  );

/** Closes an ended month: the TPP is paid on it. A 409 when it has not ended or is closed already. */
export const closeAttendanceMonth = (body: CloseAttendanceMonthBody) =>
  call(api.POST('/v1/attendance/months/close', { body }));

/** Reopens a closed month for a correction, with the reason (400 without one; 409 when not closed). */
export const reopenAttendanceMonth = (body: ReopenAttendanceMonthBody) =>
  call(api.POST('/v1/attendance/months/reopen', { body }));
