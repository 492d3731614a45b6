import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarWindow,
  localDate,
  localDateTime,
  objectionWindow,
  windowPosition,
  zonedInstant,
} from './calendar';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';
const DEFAULTS = { objectionDays: 3, objectionDecisionDays: 7 };

describe('calendar helpers', () => {
  it('reads the local day of an instant in each zone', () => {
    const at = '2025-01-31T16:30:00Z';
    expect(localDate(at, WIB)).toBe('2025-01-31'); // 23:30 WIB
    expect(localDate(at, WITA)).toBe('2025-02-01'); // 00:30 WITA
    expect(localDate(at, WIT)).toBe('2025-02-01'); // 01:30 WIT
    expect(localDateTime(at, WIT)).toBe('2025-02-01 01:30');
  });
  it('adds days across month, leap-year and year ends', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('turns local wall-clock times into instants', () => {
    expect(zonedInstant('2025-02-01', WIB)).toBe('2025-01-31T17:00:00.000Z');
    expect(zonedInstant('2025-02-01T08:00', WITA)).toBe('2025-02-01T00:00:00.000Z');
    expect(zonedInstant('2025-02-01T08:00:30', WIT)).toBe('2025-01-31T23:00:30.000Z');
    expect(() => zonedInstant('2025-02-01 08:00', WIB)).toThrow(RangeError);
  });
});

describe('objection window: 3 calendar days after the announcement day, in the tenant zone', () => {
  it('runs to the end of the 3rd day after, across a month end (WIB)', () => {
    // Announced Friday 31 January 2025 at 23:30 WIB: day 0 is 31 January, the last day 3 February.
    const w = objectionWindow('2025-01-31T16:30:00Z', DEFAULTS, WIB);
    expect(w).toEqual({
      opensAt: '2025-01-31T16:30:00.000Z',
      firstDay: '2025-01-31',
      lastDay: '2025-02-03',
      closesAt: '2025-02-03T17:00:00.000Z',
      lastDecisionDay: '2025-02-10',
      decisionClosesAt: '2025-02-10T17:00:00.000Z',
    });
    expect(windowPosition('2025-01-31T16:29:59.999Z', w)).toBe('early');
    expect(windowPosition('2025-01-31T16:30:00Z', w)).toBe('open');
    // The window's last moment, 3 February 23:59:59.999 WIB, and one past it.
    expect(windowPosition('2025-02-03T16:59:59.999Z', w)).toBe('open');
    expect(windowPosition('2025-02-03T17:00:00.000Z', w)).toBe('late');
  });

  it('gives the same instant a different day 0 in WITA and WIT', () => {
    // 00:30 WITA / 01:30 WIT on 1 February: day 0 is 1 February, the last day 4 February.
    const wita = objectionWindow('2025-01-31T16:30:00Z', DEFAULTS, WITA);
    expect(wita.lastDay).toBe('2025-02-04');
    expect(wita.closesAt).toBe('2025-02-04T16:00:00.000Z');
    const wit = objectionWindow('2025-01-31T16:30:00Z', DEFAULTS, WIT);
    expect(wit.lastDay).toBe('2025-02-04');
    expect(wit.closesAt).toBe('2025-02-04T15:00:00.000Z');
    expect(windowPosition('2025-02-04T14:59:59.999Z', wit)).toBe('open');
    expect(windowPosition('2025-02-04T15:00:00Z', wit)).toBe('late');
    expect(windowPosition('2025-02-04T15:00:00Z', wita)).toBe('open');
  });

  it('counts 29 February in a leap year and not otherwise', () => {
    expect(calendarWindow('2024-02-27T03:00:00Z', 3, WIB).lastDay).toBe('2024-03-01');
    expect(calendarWindow('2025-02-27T03:00:00Z', 3, WIB).lastDay).toBe('2025-03-02');
  });

  it('crosses a year end, and a later close follows the setting', () => {
    const w = objectionWindow('2025-12-30T02:00:00Z', { objectionDays: 5, objectionDecisionDays: 1 }, WIT);
    expect(w.lastDay).toBe('2026-01-04');
    expect(w.lastDecisionDay).toBe('2026-01-05');
    expect(w.decisionClosesAt).toBe('2026-01-05T15:00:00.000Z');
  });

  it('refuses a window or decision period shorter than a day', () => {
    expect(() => calendarWindow('2025-01-01T00:00:00Z', 0, WIB)).toThrow(RangeError);
    expect(() =>
      objectionWindow('2025-01-01T00:00:00Z', { objectionDays: 3, objectionDecisionDays: 0 }, WIB),
    ).toThrow(RangeError);
    expect(() => calendarWindow('not a date', 3, WIB)).toThrow(RangeError);
  });
});
