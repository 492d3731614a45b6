import { STAFF_ROLES } from '../access/roles';
import { conflict, type FieldError } from '../errors';
import type { PerformanceActor } from './access';
import { monthIndex, type PerformancePeriod } from './period';

/**
 * What is done about a follow-up (issue 14 §4): a coaching plan's dated check-ins and a discipline
 * referral's outcome. The register itself is follow-up.ts; these are the rules of the records.
 *
 * Check-ins follow the mentoring check-ins (personnel/mentoring, `addCheckIn`): a dated note, never
 * dated before the relationship began (here: before the year whose predikat it follows up), one
 * body shape (`addCheckInSchema`). A coaching plan adds planned check-ins: dates agreed when the
 * plan is made, with an optional agenda, which a recorded check-in on the same date completes.
 */

/** Planned and held together; the plan is one item, so this bounds it far below 400 KB. */
export const MAX_COACHING_CHECK_INS = 48;

export type CoachingCheckInStatus = 'planned' | 'held';

export interface CoachingCheckIn {
  date: string;
  note: string | null;
  status: CoachingCheckInStatus;
  /** Who recorded it as held, and when; null while planned. */
  recordedByName: string | null;
  recordedAt: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonthIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(days)}`;
}

/**
 * The days a follow-up's dates may fall on: from the first day of the year whose predikat it
 * follows up (a coaching plan may start as soon as a periodic assessment shows the need) to the
 * last day of the year after it (coaching of one year's predikat is done within the next).
 */
export function followUpWindow(period: PerformancePeriod): { from: string; until: string } {
  const end = monthIndex(period.end);
  if (monthIndex(period.start) === null || end === null)
    throw new RangeError(`not a period of months: ${period.start} to ${period.end}`);
  return { from: `${period.start}-01`, until: lastDayOfMonthIndex(end + 12) };
}

/**
 * What is wrong with a check-in's date, under `path`: outside the window; or, for one recorded as
 * held, after `today` (a check-in is recorded once it has taken place; a planned one may lie ahead).
 */
export function coachingCheckInDateIssues(
  date: string,
  window: { from: string; until: string },
  o: { held: boolean; today: string; path: string },
): FieldError[] {
  if (date < window.from)
    return [{ path: o.path, message: `cannot be before ${window.from}, when the year it follows up began` }];
  if (date > window.until)
    return [
      {
        path: o.path,
        message: `cannot be after ${window.until}: coaching follows up a year's predikat within the year after it`,
      },
    ];
  if (o.held && date > o.today)
    return [{ path: o.path, message: 'is in the future: record a check-in once it has taken place' }];
  return [];
}

/** A plan is in progress once a check-in has been held. */
export const coachingPlanStatus = (checkIns: readonly CoachingCheckIn[]): 'planned' | 'in-progress' =>
  checkIns.some((c) => c.status === 'held') ? 'in-progress' : 'planned';

/**
 * The check-ins with a held one recorded on `date`: it completes a planned check-in of that date
 * (its agenda replaced by the note), or is added in date order. 409 when one is already recorded
 * on that date, or when the plan holds `MAX_COACHING_CHECK_INS`.
 */
export function withHeldCheckIn(
  checkIns: readonly CoachingCheckIn[],
  entry: { date: string; note: string },
  by: { name: string; at: string },
): CoachingCheckIn[] {
  const held: CoachingCheckIn = {
    date: entry.date,
    note: entry.note,
    status: 'held',
    recordedByName: by.name,
    recordedAt: by.at,
  };
  const same = checkIns.findIndex((c) => c.date === entry.date);
  if (same >= 0) {
    if (checkIns[same]!.status === 'held') throw conflict(`A check-in on ${entry.date} is recorded already.`);
    return checkIns.map((c, i) => (i === same ? held : c));
  }
  if (checkIns.length >= MAX_COACHING_CHECK_INS)
    throw conflict(`The coaching plan holds ${MAX_COACHING_CHECK_INS} check-ins, the most it may.`);
  return [...checkIns, held].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * What is wrong with the day a referral's outcome was decided: before the year it follows up
 * began, or after today (the outcome is recorded once the decision is made).
 */
export function referralDecisionIssues(
  decidedOn: string,
  window: { from: string },
  today: string,
  path = 'decidedOn',
): FieldError[] {
  if (decidedOn < window.from)
    return [{ path, message: `cannot be before ${window.from}, when the year it follows up began` }];
  if (decidedOn > today) return [{ path, message: 'is in the future: record the outcome once decided' }];
  return [];
}

// ---- who records what (the register itself is seen as canSeeFollowUps in access.ts says) ----

const adminReaches = (a: PerformanceActor, agencyId: string) =>
  a.role === 'tenant-admin' || (a.role === 'agency-admin' && !!a.agencyId && a.agencyId === agencyId);
const isStaff = (a: PerformanceActor) => (STAFF_ROLES as readonly string[]).includes(a.role);
const isSelf = (a: PerformanceActor, employeeId: string) => !!a.employeeId && a.employeeId === employeeId;

export interface FollowUpRef {
  /** The agency whose register holds it: that of the year's annual assessment. */
  agencyId: string;
  employeeId: string;
  /** For coaching: the year's appraiser, the employee's direct superior now, the plan's coach. */
  coachIds?: readonly (string | null | undefined)[];
}

/**
 * A coaching plan and its check-ins: admins in scope and the employee's coach (their appraiser or
 * direct superior). Nobody records their own follow-up, whatever their role.
 */
export const canRecordCoaching = (a: PerformanceActor, ref: FollowUpRef) =>
  isStaff(a) &&
  !isSelf(a, ref.employeeId) &&
  (adminReaches(a, ref.agencyId) || (!!a.employeeId && (ref.coachIds ?? []).includes(a.employeeId)));

/** A discipline referral and its outcome: admins in scope (the BKD/BKPSDM), never about themselves. */
export const canRecordReferral = (a: PerformanceActor, ref: FollowUpRef) =>
  isStaff(a) && !isSelf(a, ref.employeeId) && adminReaches(a, ref.agencyId);

/** The SKP report of an agency: admins in scope. */
export const canExportSkpReport = (a: PerformanceActor, agencyId: string) =>
  isStaff(a) && adminReaches(a, agencyId);
