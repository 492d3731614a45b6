import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDays,
  datesOfMonth,
  dayNumber,
  type Holiday,
  indexHolidays,
  isWorkingDay,
  lastDayOfPeriod,
  weekdayOf,
  workingDaysBetween,
} from './calendar';

describe('calendar arithmetic', () => {
  it('gives ISO weekdays without the machine time zone', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(weekdayOf('2024-02-29')).toBe(4);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDays('2026-03-02', '2026-03-02')).toBe(1);
  });

  it('adds months, clamping to the shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(lastDayOfPeriod('2026-01-10', 3)).toBe('2026-04-09');
    expect(lastDayOfPeriod('2026-01-10', 1, 15)).toBe('2026-02-24');
  });

  it('refuses malformed dates', () => {
    expect(() => dayNumber('2026-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2026-3-1')).toThrow(RangeError);
  });

  it('lists the days of a month', () => {
    expect(datesOfMonth('2024-02')).toHaveLength(29);
    expect(datesOfMonth('2026-02').at(-1)).toBe('2026-02-28');
  });
});

describe('working days', () => {
  const holidays: Holiday[] = [
    { date: '2026-03-20', name: 'Idul Fitri', kind: 'national' },
    { date: '2026-03-19', name: 'Cuti bersama Idul Fitri', kind: 'cuti-bersama' },
    { date: '2026-03-23', name: 'Hari jadi kota', kind: 'regional' },
  ];
  const idx = indexHolidays(holidays);

  it('excludes weekends and every kind of holiday', () => {
    expect(isWorkingDay('2026-03-18', idx)).toBe(true);
    expect(isWorkingDay('2026-03-19', idx)).toBe(false);
    expect(isWorkingDay('2026-03-21', idx)).toBe(false);
    expect(workingDaysBetween('2026-03-16', '2026-03-27', idx)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });

  it('follows a six-day week when given one', () => {
    expect(isWorkingDay('2026-03-21', idx, { workWeek: [1, 2, 3, 4, 5, 6] })).toBe(true);
  });
});
