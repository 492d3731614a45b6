/**
 * The shift roster as plain data (issue 13 §1): the days of a month or of a range, the grid of a
 * unit's employees by day, the shifts a bulk form makes and their split into requests of at most 99,
 * and which shift a field error of a request names. No Preact here: unit-tested in tests/web.
 */
import { daysIn, isoWeekday } from './calendar';

/** At most this many shifts a request (the API writes them in one transaction). */
export const ROSTER_CHUNK = 99;
/** At most this many days a bulk form covers at once. */
export const ROSTER_MAX_DAYS = 62;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A shift as the grid needs it: the API's record, in part. */
export interface ShiftFacts {
  employeeId: string;
  employeeName: string;
  date: string;
  start: string;
  end: string;
  breakMinutes: number;
  crossesMidnight: boolean;
}

/** Every date (`YYYY-MM-DD`) of a month (`YYYY-MM`). */
export function monthDates(month: string): string[] {
  return Array.from({ length: daysIn(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Every date from `from` to `to`, both included; none when either is not a date or `to` comes first. */
export function datesBetween(from: string, to: string): string[] {
  if (!DATE.test(from) || !DATE.test(to) || to < from) return [];
  const dates: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  for (let d = day.toISOString().slice(0, 10); d <= to; d = day.toISOString().slice(0, 10)) {
    dates.push(d);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

/** A date moved by n days. */
export function addDays(date: string, n: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n);
  return day.toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;

/** A shift whose end is at or before its start ends the next day (22:00–06:00). */
export const crossesMidnight = (start: string, end: string): boolean => end <= start;

/** Whether a time is `HH:MM`. */
export const isClock = (hm: string): boolean => HM.test(hm);

/**
 * A shift in a grid cell, as short as it reads: whole hours alone ("22–06"), otherwise with the
 * minutes and the reader's separator ("07.30–14").
 */
export function compactShift(start: string, end: string, separator = '.'): string {
  const part = (hm: string) => (hm.endsWith(':00') ? hm.slice(0, 2) : hm.replace(':', separator));
  return `${part(start)}–${part(end)}`;
}

/** One row of the grid: an employee and their shift on each day of the month, or null. */
export interface RosterRow<S extends ShiftFacts = ShiftFacts> {
  employeeId: string;
  name: string;
  cells: (S | null)[];
}

/**
 * The grid of a month: a row per employee of the unit, and one for anyone else with a shift in it
 * (moved to another unit since), by name; a column per day. A shift starting before or after the
 * month is left out.
 */
export function buildRosterGrid<S extends ShiftFacts>(
  employees: readonly { id: string; name: string }[],
  shifts: readonly S[],
  month: string,
): RosterRow<S>[] {
  const dates = monthDates(month);
  const column = new Map(dates.map((d, i) => [d, i]));
  const rows = new Map<string, RosterRow<S>>();
  const rowOf = (employeeId: string, name: string) => {
    let row = rows.get(employeeId);
    if (!row) {
      row = { employeeId, name, cells: dates.map(() => null) };
      rows.set(employeeId, row);
    }
    return row;
  };
  for (const e of employees) rowOf(e.id, e.name);
  for (const s of shifts) {
    const i = column.get(s.date);
    if (i !== undefined) rowOf(s.employeeId, s.employeeName).cells[i] = s;
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** The shifts of a month by day, for the narrow screen: only days with a shift, each by name. */
export function shiftsByDay<S extends ShiftFacts>(shifts: readonly S[]): { date: string; shifts: S[] }[] {
  const days = new Map<string, S[]>();
  for (const s of shifts) {
    const list = days.get(s.date) ?? [];
    list.push(s);
    days.set(s.date, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      shifts: list.sort(
        (a, b) => a.start.localeCompare(b.start) || a.employeeName.localeCompare(b.employeeName, 'id'),
      ),
    }));
}

/** The hours of a bulk form's shifts. */
export interface ShiftPattern {
  start: string;
  end: string;
  breakMinutes: number;
}

/** A shift to send: one employee, one start date, the pattern's hours. */
export interface PlannedShift extends ShiftPattern {
  employeeId: string;
  date: string;
}

/** One shift per employee per date, day by day (so what is saved first is the earliest days). */
export function planShifts(
  employeeIds: readonly string[],
  dates: readonly string[],
  pattern: ShiftPattern,
): PlannedShift[] {
  return dates.flatMap((date) => employeeIds.map((employeeId) => ({ employeeId, date, ...pattern })));
}

/** A list split into pieces of at most `size` (99, the API's limit), in order. */
export function chunk<T>(items: readonly T[], size = ROSTER_CHUNK): T[][] {
  if (size < 1) throw new RangeError('size must be at least 1');
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}

/** The shift (by its index in the request) and field a path such as `shifts.3.employeeId` names. */
export function shiftAtPath(path: string): { index: number; field: string } | null {
  const m = /^shifts\.(\d+)(?:\.(\w+))?$/.exec(path);
  return m ? { index: Number(m[1]), field: m[2] ?? '' } : null;
}
