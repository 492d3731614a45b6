import { dayNumber } from './calendar';

/**
 * The server clock read in a tenant's (or a work location's) time zone. An attendance never uses the
 * device's clock (ASN-RULES §6): the caller passes the server's instant, and this module turns it into
 * the local date and minute, the way the office wall clock shows it.
 *
 * Indonesia's three zones have had fixed offsets and no daylight saving since 1988 (WIB +07:00, WITA
 * +08:00, WIT +09:00), but the offset is still read from the time-zone database through `Intl`, so an
 * instant is never turned into a date with UTC arithmetic (the "UTC midnight" bug).
 */
export const ATTENDANCE_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type AttendanceTimeZone = (typeof ATTENDANCE_TIME_ZONES)[number];

/** The Indonesian abbreviation of each zone. */
export const ZONE_ABBREVIATIONS: Record<AttendanceTimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export interface LocalTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** Minutes since local midnight, 0-1439. */
  minute: number;
  /** Seconds within the minute, 0-59. */
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime()))
    throw new RangeError('not a valid instant');
}

/** The local date, minute and second of an instant in a time zone. */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  assertInstant(instant);
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const date = `${String(get('year')).padStart(4, '0')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
  return { date, minute: get('hour') * 60 + get('minute'), second: get('second') };
}

/** The local date (`YYYY-MM-DD`) of an instant. */
export const localDateOf = (instant: Date, timeZone: string): string => localTimeOf(instant, timeZone).date;

/** The local month (`YYYY-MM`) of an instant. */
export const localMonthOf = (instant: Date, timeZone: string): string =>
  localTimeOf(instant, timeZone).date.slice(0, 7);

/** The zone's offset from UTC at an instant, in minutes (WIB 420, WITA 480, WIT 540). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const { date, minute, second } = localTimeOf(instant, timeZone);
  const localMs = (dayNumber(date) * 1440 + minute) * 60_000 + second * 1000;
  const utcMs = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((localMs - utcMs) / 60_000);
}

/**
 * The instant at which the local wall clock shows `minute` on `date`. `minute` may run past 1440 (a
 * shift ending at 06:00 the next day is minute 1800 of its start date). Two passes settle an offset
 * that would differ across the target (not the case in Indonesia, kept for correctness).
 */
export function instantAt(date: string, minute: number, timeZone: string): Date {
  if (!Number.isInteger(minute)) throw new RangeError(`minute must be an integer, got ${minute}`);
  const wallMs = (dayNumber(date) * 1440 + minute) * 60_000;
  let guess = new Date(wallMs);
  for (let i = 0; i < 2; i++) guess = new Date(wallMs - zoneOffsetMinutes(guess, timeZone) * 60_000);
  return guess;
}

/** `HH:MM` → minutes since midnight; `24:00` is allowed as the end of a day. */
export function parseHm(hm: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hm);
  if (!m || (m[1] === '24' && m[2] !== '00')) throw new RangeError(`not an HH:MM time: ${hm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes since midnight → `HH:MM` (modulo a day). */
export function formatHm(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
