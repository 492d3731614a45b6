import { describe, expect, it } from 'vitest';
import {
  addDays,
  buildRosterGrid,
  chunk,
  compactShift,
  crossesMidnight,
  datesBetween,
  isClock,
  isWeekend,
  monthDates,
  planShifts,
  ROSTER_CHUNK,
  shiftAtPath,
  shiftsByDay,
} from '../../web/src/pages/attendance/roster';

/** The shift roster's pure helpers: dates, the grid, the bulk plan and its split into requests. */

const shift = (employeeId: string, employeeName: string, date: string, start = '07:00', end = '14:00') => ({
  employeeId,
  employeeName,
  date,
  start,
  end,
  breakMinutes: 0,
  crossesMidnight: end <= start,
});

describe('dates', () => {
  it('lists every day of a month, leap years included', () => {
    expect(monthDates('2026-06')).toHaveLength(30);
    expect(monthDates('2028-02').at(-1)).toBe('2028-02-29');
    expect(monthDates('2026-12')[0]).toBe('2026-12-01');
  });

  it('lists a range both ends included, across months and years', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(datesBetween('2026-06-01', '2026-06-01')).toEqual(['2026-06-01']);
  });

  it('gives no dates for a reversed range or one that is not dates', () => {
    expect(datesBetween('2026-06-05', '2026-06-01')).toEqual([]);
    expect(datesBetween('', '2026-06-01')).toEqual([]);
    expect(datesBetween('2026-13-01', '2026-13-02')).toEqual([]);
  });

  it('moves a date and knows the weekend', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(isWeekend('2026-06-06')).toBe(true); // Saturday
    expect(isWeekend('2026-06-07')).toBe(true); // Sunday
    expect(isWeekend('2026-06-08')).toBe(false);
  });
});

describe('shift hours', () => {
  it('ends the next day when the end is at or before the start', () => {
    expect(crossesMidnight('22:00', '06:00')).toBe(true);
    expect(crossesMidnight('21:00', '07:00')).toBe(true);
    expect(crossesMidnight('07:00', '14:00')).toBe(false);
  });

  it('reads compactly in a cell', () => {
    expect(compactShift('22:00', '06:00')).toBe('22–06');
    expect(compactShift('07:30', '14:00')).toBe('07.30–14');
    expect(compactShift('07:30', '14:15', ':')).toBe('07:30–14:15');
  });

  it('checks a clock time', () => {
    expect(isClock('07:00')).toBe(true);
    expect(isClock('24:00')).toBe(false);
    expect(isClock('7:00')).toBe(false);
  });
});

describe('buildRosterGrid', () => {
  const people = [
    { id: 'e2', name: 'Wati' },
    { id: 'e1', name: 'Budi' },
  ];

  it('makes a row per employee by name and a cell per day', () => {
    const rows = buildRosterGrid(people, [shift('e1', 'Budi', '2026-06-03', '22:00', '06:00')], '2026-06');
    expect(rows.map((r) => r.name)).toEqual(['Budi', 'Wati']);
    expect(rows[0]?.cells).toHaveLength(30);
    expect(rows[0]?.cells[2]?.crossesMidnight).toBe(true);
    expect(rows[0]?.cells.filter(Boolean)).toHaveLength(1);
    expect(rows[1]?.cells.every((c) => c === null)).toBe(true);
  });

  it('keeps someone with a shift who has left the unit, and drops shifts outside the month', () => {
    const rows = buildRosterGrid(
      people,
      [shift('e9', 'Andi', '2026-06-10'), shift('e1', 'Budi', '2026-07-01')],
      '2026-06',
    );
    expect(rows.map((r) => r.name)).toEqual(['Andi', 'Budi', 'Wati']);
    expect(rows[1]?.cells.every((c) => c === null)).toBe(true);
  });
});

describe('shiftsByDay', () => {
  it('groups by day in date order, each day by start then name', () => {
    const days = shiftsByDay([
      shift('e2', 'Wati', '2026-06-02', '21:00', '07:00'),
      shift('e1', 'Budi', '2026-06-01'),
      shift('e3', 'Ani', '2026-06-02', '07:00', '14:00'),
      shift('e1', 'Budi', '2026-06-02', '07:00', '14:00'),
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-06-01', '2026-06-02']);
    expect(days[1]?.shifts.map((s) => s.employeeName)).toEqual(['Ani', 'Budi', 'Wati']);
  });
});

describe('planShifts and chunk', () => {
  const pattern = { start: '21:00', end: '07:00', breakMinutes: 30 };

  it('makes one shift per employee per date, day by day', () => {
    const plan = planShifts(['a', 'b'], ['2026-06-01', '2026-06-02'], pattern);
    expect(plan.map((s) => `${s.date}/${s.employeeId}`)).toEqual([
      '2026-06-01/a',
      '2026-06-01/b',
      '2026-06-02/a',
      '2026-06-02/b',
    ]);
    expect(plan[0]).toEqual({ employeeId: 'a', date: '2026-06-01', ...pattern });
  });

  it('splits into requests of at most 99, in order', () => {
    const items = Array.from({ length: 210 }, (_, i) => i);
    const pieces = chunk(items);
    expect(ROSTER_CHUNK).toBe(99);
    expect(pieces.map((p) => p.length)).toEqual([99, 99, 12]);
    expect(pieces.flat()).toEqual(items);
    expect(chunk(Array.from({ length: 99 }))).toHaveLength(1);
    expect(chunk([])).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('shiftAtPath', () => {
  it('reads the shift and field of an error path', () => {
    expect(shiftAtPath('shifts.3.employeeId')).toEqual({ index: 3, field: 'employeeId' });
    expect(shiftAtPath('shifts.0.end')).toEqual({ index: 0, field: 'end' });
    expect(shiftAtPath('shifts.12')).toEqual({ index: 12, field: '' });
    expect(shiftAtPath('scheduleId')).toBeNull();
  });
});
