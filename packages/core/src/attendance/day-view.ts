import { type Holiday, type HolidayIndex, weekdayOf } from './calendar';
import { formatHm, localTimeOf } from './clock';
import {
  type DayResult,
  DEFAULT_DEDUCTION_TABLE,
  type DeductionTable,
  evaluateDay,
  punchMinutes,
} from './recap';
import {
  DEFAULT_WEEKLY_SCHEDULE,
  plannedDay,
  ramadanSchedule,
  type ShiftInstance,
  type WorkSchedule,
} from './schedule';

/**
 * How a day of attendance reads: from the punches kept on an employee's month aggregate, the planned
 * work of the day and the server clock. Used by check-in (its answer), the employee's month calendar
 * and the supervisor's team view, so all three say the same thing about the same day.
 */

/** The tenant's default schedule when no unit or employee has one assigned: Perpres 21/2023, with the
 * tenant's Ramadan ranges (settings) as overrides at 08:00 and 32.5 hours a week. */
export function defaultWorkSchedule(
  ramadan: readonly { label: string; startDate: string; endDate: string }[] = [],
): WorkSchedule & { kind: 'fixed' } {
  const week = ramadanSchedule(DEFAULT_WEEKLY_SCHEDULE);
  return {
    id: 'default',
    kind: 'fixed',
    week: DEFAULT_WEEKLY_SCHEDULE,
    overrides: ramadan.map((r) => ({ ...r, week })),
  };
}

/** The punches of one attendance day as the month aggregate keeps them (ISO instants). */
export interface DayPunches {
  firstIn?: string | null;
  lastOut?: string | null;
  flags?: readonly string[];
  /** An approved off-site duty covers the day. */
  onDuty?: boolean;
  /** Approved izin: the late arrival / the early leave is waived. */
  lateWaived?: boolean;
  earlyWaived?: boolean;
  /** The type of an approved leave (cuti) covering the day. */
  leaveType?: string | null;
}

export interface DayView extends DayResult {
  weekday: number;
  holiday: Pick<Holiday, 'name' | 'kind'> | null;
  planned: { start: string; end: string } | null;
  firstIn: string | null;
  lastOut: string | null;
  flags: string[];
}

const hmOf = (instant: Date, timeZone: string) => formatHm(localTimeOf(instant, timeZone).minute);

/**
 * One day. The day is complete (a missing punch becomes a missing record) once its planned end has
 * passed by the server's clock; before that, a day with no punch is pending, not absent.
 */
export function dayView(args: {
  date: string;
  schedule: WorkSchedule;
  holidays: HolidayIndex;
  timeZone: string;
  punches: DayPunches | undefined;
  now: Date;
  table?: DeductionTable;
  /**
   * On a shift schedule, the shift rostered to start that day (none: a day off). Rostered shifts
   * are worked on holidays too: the services that run around the clock do not close.
   */
  rostered?: ShiftInstance | null;
}): DayView {
  const { date, schedule, holidays, timeZone, punches, now } = args;
  const instance =
    schedule.kind === 'shift' ? (args.rostered ?? null) : plannedDay(schedule, date, holidays, timeZone);
  const firstIn = punches?.firstIn ? new Date(punches.firstIn) : null;
  const lastOut = punches?.lastOut ? new Date(punches.lastOut) : null;
  const result = evaluateDay(
    {
      date,
      instance,
      firstIn,
      lastOut,
      onDuty: punches?.onDuty,
      leaveType: punches?.leaveType ?? null,
      lateWaived: punches?.lateWaived,
      earlyWaived: punches?.earlyWaived,
      complete: instance ? now.getTime() >= instance.end.getTime() : true,
    },
    args.table ?? DEFAULT_DEDUCTION_TABLE,
  );
  const holiday = holidays.get(date);
  return {
    ...result,
    weekday: weekdayOf(date),
    holiday: holiday ? { name: holiday.name, kind: holiday.kind } : null,
    planned: instance ? { start: hmOf(instance.start, timeZone), end: hmOf(instance.end, timeZone) } : null,
    firstIn: firstIn ? hmOf(firstIn, timeZone) : null,
    lastOut: lastOut ? hmOf(lastOut, timeZone) : null,
    flags: [...new Set(punches?.flags ?? [])],
  };
}

export type PunchStatus = 'on-time' | 'late' | 'early' | 'off-day';

/** What a punch says to the employee at once: on time, late (check-in) or early (check-out). */
export function punchStatus(
  instance: Pick<ShiftInstance, 'start' | 'end'> | null,
  kind: 'in' | 'out',
  firstIn: Date | null,
  lastOut: Date | null,
): { status: PunchStatus; lateMinutes: number | null; earlyMinutes: number | null } {
  if (!instance) return { status: 'off-day', lateMinutes: null, earlyMinutes: null };
  const { lateMinutes, earlyMinutes } = punchMinutes(instance, { firstIn, lastOut });
  if (kind === 'in') return { status: lateMinutes ? 'late' : 'on-time', lateMinutes, earlyMinutes };
  return { status: earlyMinutes ? 'early' : 'on-time', lateMinutes, earlyMinutes };
}

export type TeamTodayStatus = 'on-time' | 'late' | 'not-yet' | 'absent' | 'off' | 'leave' | 'duty';

/** A supervisor's one-word view of an employee's day so far. */
export function teamStatusOf(day: Pick<DayView, 'status' | 'lateMinutes'>): TeamTodayStatus {
  switch (day.status) {
    case 'off':
    case 'leave':
    case 'duty':
    case 'absent':
      return day.status;
    case 'pending':
      return 'not-yet';
    case 'present':
      return day.lateMinutes ? 'late' : 'on-time';
  }
}
