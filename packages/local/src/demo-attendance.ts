import { datesOfMonth, instantAt, nationalHolidaysOf, seededRandom, weekdayOf } from '@pamong/core';

/**
 * Last month's punches for the demo agency's staff (issue 13 §7), so the month calendar, the team
 * view and the recap have something to show from the first start: most days on time, some late,
 * some leaving early, a few without a check-out, a few absent, none on a day of their leave
 * (demo-leave.ts). Deterministic for a month and an employee's place in the plan. Working days are
 * Monday to Friday without the SKB's national holidays and cuti bersama (the demo tenants add no
 * regional days), on Perpres 21/2023 hours.
 */
export interface DemoHistoryDay {
  date: string;
  in?: Date;
  out?: Date;
}

/** The month before the one `today` (`YYYY-MM-DD`) is in. */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const at = (date: string, hm: number, timeZone: string) => instantAt(date, hm, timeZone);

export function demoAttendanceMonth(
  month: string,
  employeeIndex: number,
  timeZone: string,
  /** Days on leave: no punch (the rest of the month is as without them). */
  onLeave: ReadonlySet<string> = new Set(),
): DemoHistoryDay[] {
  const year = Number(month.slice(0, 4));
  const off = new Set(nationalHolidaysOf(year).map((h) => h.date));
  const rand = seededRandom(Number(month.replace('-', '')) * 1000 + employeeIndex + 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  // A few people are habitually late; most are not.
  const lateProne = employeeIndex % 7 === 3;
  const days: DemoHistoryDay[] = [];
  for (const date of datesOfMonth(month)) {
    const weekday = weekdayOf(date);
    if (weekday > 5 || off.has(date)) continue;
    const end = weekday === 5 ? 16 * 60 + 30 : 16 * 60;
    const roll = rand();
    if (roll < 0.03) continue; // absent without a record
    const late = roll < (lateProne ? 0.35 : 0.1);
    const inMinute = late ? 7 * 60 + 30 + int(1, 95) : 7 * 60 + int(0, 29);
    const noOut = rand() < 0.03;
    const early = !noOut && rand() < 0.05;
    const outMinute = early ? end - int(5, 70) : end + int(0, 45);
    if (onLeave.has(date)) continue;
    days.push({
      date,
      in: at(date, inMinute, timeZone),
      ...(noOut ? {} : { out: at(date, outMinute, timeZone) }),
    });
  }
  return days;
}
