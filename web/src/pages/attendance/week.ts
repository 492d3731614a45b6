/**
 * A work week in words ("Sen–Kam 07.30–16.00 (istirahat 60 mnt), Jum 07.30–16.30 (90 mnt)") and its
 * net minutes, for the schedule list and form. No Preact here: unit-tested in tests/web.
 */

export interface DayHours {
  start: string;
  end: string;
  breakMinutes: number;
}

/** A fixed week: ISO weekday keys "1" (Monday) to "7" (Sunday); a missing day is off. */
export type Week = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', DayHours>>;

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

/** The words a week is told in, in the reader's language. */
export interface WeekWords {
  /** Short weekday names, Monday first. */
  days: readonly string[];
  /** `HH:MM` as the reader writes a time ("07.30" in Indonesian). */
  time: (hm: string) => string;
  /** The break of the first group, in full ("istirahat 60 mnt"). */
  firstBreak: (minutes: number) => string;
  /** The break of the later groups, short ("90 mnt"). */
  laterBreak: (minutes: number) => string;
  /** A week with no working day. */
  none: string;
}

const minutesOf = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));

/** Net working minutes of a day: end minus start minus the break. */
export const netMinutes = (d: DayHours): number => minutesOf(d.end) - minutesOf(d.start) - d.breakMinutes;

/** Net working minutes of the week (Perpres 21/2023: 2,250, 37.5 hours). */
export const weekNetMinutes = (week: Week): number =>
  WEEKDAYS.reduce((sum, k) => sum + (week[k] ? netMinutes(week[k]) : 0), 0);

const sameHours = (a: DayHours, b: DayHours) =>
  a.start === b.start && a.end === b.end && a.breakMinutes === b.breakMinutes;

/** Runs of consecutive working days with the same hours, Monday first. */
export function weekGroups(week: Week): { from: number; to: number; hours: DayHours }[] {
  const groups: { from: number; to: number; hours: DayHours }[] = [];
  WEEKDAYS.forEach((key, i) => {
    const hours = week[key];
    if (!hours) return;
    const last = groups[groups.length - 1];
    if (last && last.to === i && sameHours(last.hours, hours)) last.to = i + 1;
    else groups.push({ from: i + 1, to: i + 1, hours });
  });
  return groups;
}

/** The week in one line, days grouped where the hours repeat. */
export function formatWeek(week: Week, words: WeekWords): string {
  const groups = weekGroups(week);
  if (groups.length === 0) return words.none;
  return groups
    .map((g, i) => {
      const days =
        g.from === g.to ? words.days[g.from - 1] : `${words.days[g.from - 1]}–${words.days[g.to - 1]}`;
      const hours = `${words.time(g.hours.start)}–${words.time(g.hours.end)}`;
      const pause = i === 0 ? words.firstBreak(g.hours.breakMinutes) : words.laterBreak(g.hours.breakMinutes);
      return `${days} ${hours} (${pause})`;
    })
    .join(', ');
}
