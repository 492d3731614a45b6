import { createShiftRosterSchema, datesOfMonth, weekdayOf } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from './demo-data';
import { demoStaff, isDemoWorkingDay } from './demo-leave';
import { demoPersonnel } from './demo-personnel';
import { demoRoster, SHIFTS } from './demo-shifts';

const MONTHS = ['2026-12', '2027-02'];
const cases = MONTHS.flatMap((month) =>
  DEMO_TENANTS.map((t) => {
    const staff = demoStaff(demoPersonnel(t, `${month}-10`), t.shiftService.agencyCode);
    return { t, month, staff, roster: demoRoster(t, staff, month) };
  }),
);

describe('demoRoster', () => {
  it('covers every day of the month with a day, an evening and a night shift, the night ending the next morning', () => {
    for (const { t, month, roster } of cases) {
      expect(roster.fromDate).toBe(`${month}-01`);
      for (const date of datesOfMonth(month)) {
        const day = roster.shifts.filter((s) => s.date === date);
        for (const shift of Object.values(SHIFTS))
          expect(
            day.filter((s) => s.start === shift.start && s.end === shift.end).length,
            `${t.slug} ${date} ${shift.start}`,
          ).toBeGreaterThanOrEqual(1);
        expect(new Set(day.map((s) => s.employee)).size, `${t.slug} ${date}`).toBe(day.length);
      }
      expect(SHIFTS.malam.end <= SHIFTS.malam.start).toBe(true);
    }
  });

  it('rotates four clinical staff two days per shift with two days off; the others work days on working days', () => {
    for (const { t, staff, roster } of cases) {
      const unit = staff.filter((s) => s.unitName === t.shiftService.unitName);
      const rostered = new Set(roster.shifts.map((s) => s.employee));
      expect(rostered.size, t.slug).toBe(unit.length);
      const nights = new Set(
        roster.shifts.filter((s) => s.start === SHIFTS.malam.start).map((s) => s.employee),
      );
      expect(nights.size, t.slug).toBe(4);
      for (const key of nights) {
        const s = unit.find((x) => x.key === key)!;
        expect(s.positionType).not.toMatch(/^(JPT|ADMINISTRATOR|PENGAWAS)/);
      }
      for (const s of roster.shifts)
        if (!nights.has(s.employee)) {
          expect(isDemoWorkingDay(s.date), `${t.slug} ${s.date}`).toBe(true);
          expect(weekdayOf(s.date)).toBeLessThanOrEqual(5);
          expect([s.start, s.end]).toEqual([SHIFTS.pagi.start, SHIFTS.pagi.end]);
        }
    }
  });

  it('goes out in requests the route takes', () => {
    for (const { roster } of cases) {
      const ids = new Map<string, string>();
      const idOf = (key: string) => {
        if (!ids.has(key)) ids.set(key, `01ARZ3NDEKTSV4RRFFQ69${String(ids.size).padStart(5, '0')}`);
        return ids.get(key)!;
      };
      for (let i = 0; i < roster.shifts.length; i += 99) {
        const shifts = roster.shifts
          .slice(i, i + 99)
          .map(({ employee, ...s }) => ({ employeeId: idOf(employee), ...s }));
        const body = { scheduleId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', shifts };
        expect(createShiftRosterSchema.safeParse(body).success).toBe(true);
      }
    }
  });
});
