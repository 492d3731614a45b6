import { type HolidayIndex, type Weekday, weekdayOf } from './calendar';
import { formatHm, instantAt, parseHm } from './clock';

/**
 * Working hours (Perpres 21/2023 on ASN working days and hours; ASN-RULES §6): five days a week,
 * 37.5 hours net of breaks, starting 07:30 local time; 32.5 hours from 08:00 during Ramadan. Services
 * that run around the clock work in shifts, and a shift may cross midnight.
 */

/** One worked day: `HH:MM` local start and end (end after start), and the unpaid break in minutes. */
export interface DaySchedule {
  start: string;
  end: string;
  breakMinutes: number;
}

/** A fixed week: a day schedule per ISO weekday (1 = Monday), absent for a day off. */
export type WeeklySchedule = Partial<Record<Weekday, DaySchedule>>;

const MON_THU: DaySchedule = { start: '07:30', end: '16:00', breakMinutes: 60 };
const FRI: DaySchedule = { start: '07:30', end: '16:30', breakMinutes: 90 };

/** Perpres 21/2023 as commonly applied: Mon-Thu 07:30-16:00 (60 min break), Fri 07:30-16:30 (90 min). */
export const DEFAULT_WEEKLY_SCHEDULE: WeeklySchedule = {
  1: MON_THU,
  2: MON_THU,
  3: MON_THU,
  4: MON_THU,
  5: FRI,
};

/** Perpres 21/2023: 37.5 hours a week net of breaks. */
export const WEEKLY_NET_MINUTES = 2250;
/** Perpres 21/2023: 32.5 hours a week during Ramadan, starting 08:00. */
export const RAMADAN_WEEKLY_NET_MINUTES = 1950;

/** Net minutes of a day schedule (end - start - break). */
export function netMinutes(day: DaySchedule): number {
  const net = parseHm(day.end) - parseHm(day.start) - day.breakMinutes;
  if (net <= 0)
    throw new RangeError(`a day ${day.start}-${day.end} with ${day.breakMinutes} min break has no time`);
  return net;
}

export const weeklyNetMinutes = (week: WeeklySchedule): number =>
  Object.values(week).reduce((sum, day) => sum + (day ? netMinutes(day) : 0), 0);

/**
 * The Ramadan week: the same worked days, starting at `start`, with the weekly net time spread evenly
 * and the end derived as start + net + break. The break lengths are not in Perpres 21/2023; the
 * defaults (30 min, 60 on Friday) follow the MenPANRB Ramadan circulars, which give 08:00-15:00 and
 * Friday 08:00-15:30.
 */
export function ramadanSchedule(
  base: WeeklySchedule = DEFAULT_WEEKLY_SCHEDULE,
  opts: {
    start?: string;
    weeklyNetMinutes?: number;
    breakMinutes?: number;
    fridayBreakMinutes?: number;
  } = {},
): WeeklySchedule {
  const start = opts.start ?? '08:00';
  const weekly = opts.weeklyNetMinutes ?? RAMADAN_WEEKLY_NET_MINUTES;
  const days = (Object.keys(base).map(Number) as Weekday[]).filter((d) => base[d]).sort();
  if (days.length === 0) return {};
  if (weekly % days.length !== 0)
    throw new RangeError(`${weekly} min do not split evenly over ${days.length} days`);
  const perDay = weekly / days.length;
  const out: WeeklySchedule = {};
  for (const d of days) {
    const breakMinutes = d === 5 ? (opts.fridayBreakMinutes ?? 60) : (opts.breakMinutes ?? 30);
    const end = parseHm(start) + perDay + breakMinutes;
    if (end > 1440) throw new RangeError('a Ramadan day cannot end after midnight');
    out[d] = { start, end: formatHm(end), breakMinutes };
  }
  return out;
}

/** A date range with its own week, such as Ramadan (both dates inclusive). */
export interface ScheduleOverride {
  label: string;
  startDate: string;
  endDate: string;
  week: WeeklySchedule;
}

export type WorkSchedule =
  | { id: string; kind: 'fixed'; week: WeeklySchedule; overrides?: readonly ScheduleOverride[] }
  /** Around-the-clock services: the days come from the shift roster. */
  | { id: string; kind: 'shift' };

/** A schedule given to a unit or to one employee from a date (`assignWorkSchedule`). */
export interface ScheduleAssignment {
  scheduleId: string;
  target: { kind: 'employee'; employeeId: string } | { kind: 'unit'; unitId: string };
  fromDate: string;
}

/**
 * The schedule that applies to an employee on a date: the latest assignment to the employee that has
 * started, else the latest one to their unit, else null (the caller falls back to the tenant default).
 */
export function applicableScheduleId(
  assignments: readonly ScheduleAssignment[],
  who: { employeeId: string; unitId: string },
  date: string,
): string | null {
  const latest = (pick: (a: ScheduleAssignment) => boolean) =>
    assignments
      .filter((a) => pick(a) && a.fromDate <= date)
      .sort((a, b) => (a.fromDate < b.fromDate ? 1 : a.fromDate > b.fromDate ? -1 : 0))[0];
  const own = latest((a) => a.target.kind === 'employee' && a.target.employeeId === who.employeeId);
  if (own) return own.scheduleId;
  return latest((a) => a.target.kind === 'unit' && a.target.unitId === who.unitId)?.scheduleId ?? null;
}

/** A span of work with its instants. Fixed days and roster shifts both become one. */
export interface ShiftInstance {
  /** The local date the instance starts on: its attendance day, even when it ends the next day. */
  date: string;
  start: Date;
  end: Date;
  breakMinutes: number;
}

/**
 * The planned work of a fixed schedule on a date: null on a day off, a holiday of any kind, or a
 * shift schedule (whose days come from the roster).
 */
export function plannedDay(
  schedule: WorkSchedule,
  date: string,
  holidays: HolidayIndex,
  timeZone: string,
): ShiftInstance | null {
  if (schedule.kind !== 'fixed' || holidays.has(date)) return null;
  const override = schedule.overrides?.find((o) => o.startDate <= date && date <= o.endDate);
  const day = (override?.week ?? schedule.week)[weekdayOf(date)];
  if (!day) return null;
  netMinutes(day);
  return {
    date,
    start: instantAt(date, parseHm(day.start), timeZone),
    end: instantAt(date, parseHm(day.end), timeZone),
    breakMinutes: day.breakMinutes,
  };
}

/** One roster row: a shift starting on `date`; an end at or before the start means the next day. */
export interface RosterShift {
  date: string;
  start: string;
  end: string;
  breakMinutes?: number;
}

/** A roster row as an instance: 22:00-06:00 on 1 March runs to 06:00 on 2 March. */
export function shiftInstance(row: RosterShift, timeZone: string): ShiftInstance {
  const start = parseHm(row.start);
  let end = parseHm(row.end);
  if (end <= start) end += 1440;
  return {
    date: row.date,
    start: instantAt(row.date, start, timeZone),
    end: instantAt(row.date, end, timeZone),
    breakMinutes: row.breakMinutes ?? 0,
  };
}

/**
 * How far outside an instance a punch still belongs to it. The issue is silent; these defaults admit a
 * check-in from 2 hours before the start and a check-out up to 6 hours after the end (overtime).
 */
export const PUNCH_WINDOW_DEFAULTS = { beforeStartMinutes: 120, afterEndMinutes: 360 } as const;

/**
 * The instance a punch belongs to: one whose window holds the instant; when windows overlap (back-to-
 * back shifts), a check-in goes to the instance whose start is nearest, a check-out to the one whose
 * end is nearest. Null when no instance is near: a punch on a day off. A punch belongs to an
 * instance, never to the calendar date it happens on: the 05:58 check-out of a 22:00-06:00 shift
 * belongs to the previous day's instance.
 */
export function instanceForPunch(
  instances: readonly ShiftInstance[],
  at: Date,
  kind: 'in' | 'out',
  window: { beforeStartMinutes: number; afterEndMinutes: number } = PUNCH_WINDOW_DEFAULTS,
): ShiftInstance | null {
  const t = at.getTime();
  const candidates = instances.filter(
    (i) =>
      t >= i.start.getTime() - window.beforeStartMinutes * 60_000 &&
      t <= i.end.getTime() + window.afterEndMinutes * 60_000,
  );
  const anchor = (i: ShiftInstance) => (kind === 'in' ? i.start : i.end).getTime();
  return (
    candidates.sort(
      (a, b) => Math.abs(t - anchor(a)) - Math.abs(t - anchor(b)) || anchor(a) - anchor(b),
    )[0] ?? null
  );
}
