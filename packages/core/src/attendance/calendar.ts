/**
 * Calendar arithmetic for attendance and leave. Dates are plain `YYYY-MM-DD` strings turned into a
 * day number (days since 1970-01-01, proleptic Gregorian) with integers only, so no time zone can
 * shift a day and a weekday never depends on the machine's zone.
 */

export const HOLIDAY_KINDS = ['national', 'cuti-bersama', 'regional'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/**
 * A tenant holiday. National holidays and cuti bersama come from the yearly joint decree (SKB 3
 * Menteri); regional ones are the tenant's own.
 */
export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The default working week: Monday to Friday (Perpres 21/2023: five working days a week). */
export const DEFAULT_WORK_WEEK: readonly Weekday[] = [1, 2, 3, 4, 5];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** The day number of a `YYYY-MM-DD` date. Malformed dates are a caller bug (schemas run first), so they throw. */
export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  return daysFromCivil(y, m, d);
}

export function dateOfDayNumber(n: number): string {
  const { y, m, d } = civilFromDays(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export const addDays = (date: string, days: number): string => dateOfDayNumber(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Calendar days of an inclusive range: 2026-03-02..2026-03-02 is 1. */
export const calendarDays = (startDate: string, endDate: string): number =>
  daysBetween(startDate, endDate) + 1;

/** ISO weekday of a date (1970-01-01 was a Thursday). */
export function weekdayOf(date: string): Weekday {
  const n = dayNumber(date);
  return (((((n + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  dayNumber(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

/**
 * The last day of a period of `months` (and `days`) starting on `startDate`: 3 months from
 * 2026-01-10 end on 2026-04-09. Used for the leave limits that the regulation states in months.
 */
export const lastDayOfPeriod = (startDate: string, months: number, days = 0): string =>
  addDays(addMonths(startDate, months), days - 1);

/** Every date of a month `YYYY-MM`, in order. */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  dayNumber(first);
  const n = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return Array.from({ length: n }, (_, i) => addDays(first, i));
}

/** Every date of an inclusive range, in order. */
export function datesBetween(startDate: string, endDate: string): string[] {
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => dateOfDayNumber(start + i));
}

/** A holiday calendar indexed by date; two entries on one date keep the first. */
export type HolidayIndex = ReadonlyMap<string, Holiday>;

export function indexHolidays(holidays: readonly Holiday[]): HolidayIndex {
  const map = new Map<string, Holiday>();
  for (const h of holidays) if (!map.has(h.date)) map.set(h.date, h);
  return map;
}

export interface WorkingDayOptions {
  /** Weekdays that are worked; Monday to Friday by default. */
  workWeek?: readonly Weekday[];
}

/**
 * Whether a date is a working day: a worked weekday that is no holiday of any kind. Cuti bersama is a
 * day off for every employee; whether it costs annual leave is a separate rule (`leave.ts`).
 */
export function isWorkingDay(date: string, holidays: HolidayIndex, opts: WorkingDayOptions = {}): boolean {
  const week = opts.workWeek ?? DEFAULT_WORK_WEEK;
  return week.includes(weekdayOf(date)) && !holidays.has(date);
}

/** The working days of an inclusive range. */
export function workingDaysBetween(
  startDate: string,
  endDate: string,
  holidays: HolidayIndex,
  opts: WorkingDayOptions = {},
): string[] {
  return datesBetween(startDate, endDate).filter((d) => isWorkingDay(d, holidays, opts));
}

/** Holidays of a year, in date order. */
export const holidaysOfYear = (holidays: readonly Holiday[], year: number): Holiday[] =>
  holidays.filter((h) => h.date.startsWith(`${pad(year, 4)}-`)).sort((a, b) => (a.date < b.date ? -1 : 1));
