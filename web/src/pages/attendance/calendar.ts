/**
 * The month calendar of "Kehadiran saya" as plain data: weeks from Monday, the months around one,
 * and how a day reads at a glance. No Preact here: unit-tested in tests/web.
 */

/** `YYYY-MM-DD` of a day of a month (`YYYY-MM`). */
const dateOf = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

/** Days in a month (`YYYY-MM`). */
export function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** ISO weekday of a date, 1 (Monday) to 7 (Sunday). */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The month as weeks of seven cells, Monday first: each cell a date of the month, or null before the
 * first and after the last day. Four to six weeks.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: isoWeekday(dateOf(month, 1)) - 1 }, () => null);
  for (let day = 1; day <= daysIn(month); day++) {
    week.push(dateOf(month, day));
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** `YYYY-MM` moved by n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** What a day of the month needs to be read: the API's day, in part. */
export interface DayFacts {
  status: 'off' | 'present' | 'absent' | 'leave' | 'duty' | 'pending';
  holiday: { name: string } | null;
  lateMinutes: number | null;
  earlyMinutes: number | null;
  lateBand: string | null;
  earlyBand: string | null;
}

/**
 * How a day is coloured: present and on time, present with late arrival or early leave (TL/PSW, a
 * missing check-out included), absent, a holiday, a day off, leave or off-site duty, or not complete
 * yet (today before its end, or a day to come).
 */
export type DayTone = 'on-time' | 'short' | 'absent' | 'holiday' | 'off' | 'away' | 'pending';

export function dayTone(day: DayFacts): DayTone {
  switch (day.status) {
    case 'present':
      return day.lateMinutes || day.earlyMinutes || day.lateBand || day.earlyBand ? 'short' : 'on-time';
    case 'absent':
      return 'absent';
    case 'off':
      return day.holiday ? 'holiday' : 'off';
    case 'leave':
    case 'duty':
      return 'away';
    case 'pending':
      return 'pending';
  }
}

/**
 * The TL/PSW bands of the month summary in order: the bands by their first minute (`1-30`, `31-60`,
 * `>90`), then the days without a record. The API names them by label, in any order.
 */
export function orderedBands(...sides: Record<string, number>[]): string[] {
  const keys = [...new Set(sides.flatMap((s) => Object.keys(s)))];
  const from = (key: string) => {
    if (key === 'no-record') return Number.POSITIVE_INFINITY;
    const m = /^>?(\d+)/.exec(key);
    return m ? Number(m[1]) + (key.startsWith('>') ? 1 : 0) : Number.MAX_SAFE_INTEGER;
  };
  return keys.sort((a, b) => from(a) - from(b));
}
