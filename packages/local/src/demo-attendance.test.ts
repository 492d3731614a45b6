import { describe, expect, it } from 'vitest';
import { demoAttendanceMonth, previousMonth } from './demo-attendance';

const WIB = 'Asia/Jakarta';
const hm = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: WIB, hour: '2-digit', minute: '2-digit' }).format(d);

describe('previousMonth', () => {
  it('steps back a month, across a year', () => {
    expect(previousMonth('2026-12-06')).toBe('2026-11');
    expect(previousMonth('2027-01-15')).toBe('2026-12');
  });
});

describe('demoAttendanceMonth', () => {
  const staff = Array.from({ length: 40 }, (_, i) => demoAttendanceMonth('2026-12', i, WIB));

  it('punches only on working days: no weekend, no Christmas, no cuti bersama', () => {
    const dates = new Set(staff.flat().map((d) => d.date));
    expect(dates.has('2026-12-05')).toBe(false); // Saturday
    expect(dates.has('2026-12-25')).toBe(false); // Kelahiran Yesus Kristus
    expect(dates.has('2026-12-24')).toBe(false); // cuti bersama
    expect(dates.has('2026-12-07')).toBe(true);
  });

  it('is mostly on time, with some late arrivals, early leaves, missing check-outs and absences', () => {
    const days = staff.flat();
    const late = days.filter((d) => d.in && hm(d.in) > '07:30');
    const noOut = days.filter((d) => !d.out);
    const workingDays = 21; // December 2026: 23 weekdays, less the 24th and the 25th
    const absent = staff.reduce((n, s) => n + (workingDays - s.length), 0);
    expect(late.length / days.length).toBeGreaterThan(0.05);
    expect(late.length / days.length).toBeLessThan(0.3);
    expect(noOut.length).toBeGreaterThan(0);
    expect(absent).toBeGreaterThan(0);
    expect(absent / (staff.length * workingDays)).toBeLessThan(0.1);
    for (const d of days) if (d.in && d.out) expect(d.out > d.in).toBe(true);
  });

  it('leaves out the days on leave, and nothing else', () => {
    const all = demoAttendanceMonth('2026-12', 5, WIB);
    const leave = new Set(all.slice(3, 5).map((d) => d.date));
    expect(demoAttendanceMonth('2026-12', 5, WIB, leave)).toEqual(all.filter((d) => !leave.has(d.date)));
  });

  it('is the same for the same month and employee', () => {
    expect(demoAttendanceMonth('2026-12', 5, WIB)).toEqual(demoAttendanceMonth('2026-12', 5, WIB));
  });
});
