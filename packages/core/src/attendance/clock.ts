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

/**
 * The zone's offset (ms) over 15 minutes of UTC. Every time-zone transition since the 1970s falls
 * on a multiple of 15 minutes of UTC, so the offset at the start of such a span holds for all of it;
 * reading it once per span instead of formatting every instant saved a check-in about 0.1 ms
 * (Intl's formatToParts was 1.5 % of the morning peak's CPU).
 */
const OFFSET_SPAN_MS = 15 * 60_000;
const offsets = new Map<string, number>();

function offsetMs(instant: Date, timeZone: string): number {
  const span = Math.floor(instant.getTime() / OFFSET_SPAN_MS);
  const key = `${timeZone}|${span}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = new Date(span * OFFSET_SPAN_MS);
    const parts = formatter(timeZone).formatToParts(start);
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    const wall = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    offset = wall - start.getTime();
    // A long-running process sees few zones and spans; keep the memo bounded anyway.
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The local date, minute and second of an instant in a time zone. */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  assertInstant(instant);
  const wall = new Date(instant.getTime() + offsetMs(instant, timeZone));
  const date = `${String(wall.getUTCFullYear()).padStart(4, '0')}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}-${String(wall.getUTCDate()).padStart(2, '0')}`;
  return { date, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(), second: wall.getUTCSeconds() };
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
