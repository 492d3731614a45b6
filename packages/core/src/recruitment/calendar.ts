/**
 * Calendar-day windows in the tenant's time zone (ASN-RULES §6 lists the three: Asia/Jakarta,
 * Asia/Makassar, Asia/Jayapura). Instants are ISO strings or Dates; calendar days are `YYYY-MM-DD`.
 * Only `Intl` is used, so this runs in the browser bundle as well as in Lambda.
 */

export type Instant = string | Date;

const toMs = (at: Instant): number => {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return ms;
};
export const instantMs = toMs;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(ms: number, timeZone: string) {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (+7 h for Asia/Jakarta). */
function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(at: Instant, timeZone: string): string {
  const w = wallClock(toMs(at), timeZone);
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

/** `YYYY-MM-DD` plus whole days (negative goes back); month and year ends roll over. */
export function addCalendarDays(date: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !Number.isInteger(days)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm[:ss]` or a date, meaning its midnight) happens in
 * a time zone, as an ISO string. Indonesian zones have no daylight saving, but the second pass keeps
 * this right for zones that do.
 */
export function zonedInstant(local: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local);
  if (!m) throw new RangeError(`not a local date-time: ${local}`);
  const guess = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  let t = guess - offsetMs(guess, timeZone);
  const second = offsetMs(t, timeZone);
  if (guess - second !== t) t = guess - second;
  return new Date(t).toISOString();
}

/**
 * A window that opens at an instant and stays open through the end of the `days`-th calendar day
 * after the day it opened on, in the tenant's time zone.
 *
 * The day of the event is day 0 and is not counted: "within 3 calendar days of the announcement"
 * published on 30 October (any hour) runs to 2 November 23:59:59.999 local. This matches SSCASN
 * practice, where the masa sanggah starts after the announcement day, and means an announcement
 * published late in the evening does not lose the applicants a day. An objection on the 4th day
 * after the announcement day is late.
 */
export interface CalendarWindow {
  opensAt: string;
  /** Exclusive: the first instant after the window, local midnight after `lastDay`. */
  closesAt: string;
  /** The event's own calendar day (day 0). */
  firstDay: string;
  /** The last calendar day inside the window. */
  lastDay: string;
}

export function calendarWindow(opensAt: Instant, days: number, timeZone: string): CalendarWindow {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('a window lasts at least 1 calendar day');
  const opens = toMs(opensAt);
  const firstDay = localDate(new Date(opens), timeZone);
  const lastDay = addCalendarDays(firstDay, days);
  return {
    opensAt: new Date(opens).toISOString(),
    closesAt: zonedInstant(addCalendarDays(lastDay, 1), timeZone),
    firstDay,
    lastDay,
  };
}

/** Where an instant falls against a window: before it opens, inside, or after it closes. */
export function windowPosition(at: Instant, w: Pick<CalendarWindow, 'opensAt' | 'closesAt'>) {
  const t = toMs(at);
  if (t < toMs(w.opensAt)) return 'early' as const;
  if (t >= toMs(w.closesAt)) return 'late' as const;
  return 'open' as const;
}

/**
 * The objection window of an announcement stage (ASN-RULES §7: within 3 calendar days of the
 * announcement) and the decision deadline after it (the agency answers within 7 days of the window
 * closing): the decision period runs from the window's opening through the end of the
 * `decisionDays`-th calendar day after the window's last day.
 */
export function objectionWindow(
  announcedAt: Instant,
  settings: { objectionDays: number; objectionDecisionDays: number },
  timeZone: string,
): CalendarWindow & { decisionClosesAt: string; lastDecisionDay: string } {
  const w = calendarWindow(announcedAt, settings.objectionDays, timeZone);
  if (!Number.isInteger(settings.objectionDecisionDays) || settings.objectionDecisionDays < 1)
    throw new RangeError('the decision period lasts at least 1 calendar day');
  const lastDecisionDay = addCalendarDays(w.lastDay, settings.objectionDecisionDays);
  return {
    ...w,
    lastDecisionDay,
    decisionClosesAt: zonedInstant(addCalendarDays(lastDecisionDay, 1), timeZone),
  };
}

/** Local wall-clock text of an instant (`YYYY-MM-DD HH:mm`), for messages. */
export function localDateTime(at: Instant, timeZone: string): string {
  const w = wallClock(toMs(at), timeZone);
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}`;
}
