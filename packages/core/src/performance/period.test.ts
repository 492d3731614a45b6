import { describe, expect, it } from 'vitest';
import {
  annualPeriod,
  assessmentPeriods,
  DEFAULT_PERIOD_SETTINGS,
  monthIndex,
  performanceYearOf,
  periodContains,
  validatePeriod,
} from './period';

describe('annual and assessment periods', () => {
  it('defaults to the calendar year in quarters', () => {
    expect(DEFAULT_PERIOD_SETTINGS).toEqual({ yearStartMonth: 1, cadence: 'quarterly' });
    expect(annualPeriod(2026)).toEqual({ start: '2026-01', end: '2026-12' });
    expect(assessmentPeriods(2026)).toEqual([
      { start: '2026-01', end: '2026-03' },
      { start: '2026-04', end: '2026-06' },
      { start: '2026-07', end: '2026-09' },
      { start: '2026-10', end: '2026-12' },
    ]);
  });

  it('generates 12 monthly and 2 semester periods', () => {
    const monthly = assessmentPeriods(2026, { yearStartMonth: 1, cadence: 'monthly' });
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toEqual({ start: '2026-01', end: '2026-01' });
    expect(monthly[11]).toEqual({ start: '2026-12', end: '2026-12' });
    expect(assessmentPeriods(2026, { yearStartMonth: 1, cadence: 'semester' })).toEqual([
      { start: '2026-01', end: '2026-06' },
      { start: '2026-07', end: '2026-12' },
    ]);
  });

  it('lets a year start in another month and cross the calendar year', () => {
    const s = { yearStartMonth: 7, cadence: 'semester' as const };
    expect(annualPeriod(2026, s)).toEqual({ start: '2026-07', end: '2027-06' });
    expect(assessmentPeriods(2026, s)).toEqual([
      { start: '2026-07', end: '2026-12' },
      { start: '2027-01', end: '2027-06' },
    ]);
    expect(performanceYearOf('2027-06', s)).toBe(2026);
    expect(performanceYearOf('2027-07', s)).toBe(2027);
    expect(performanceYearOf('2026-06', s)).toBe(2025);
  });

  it('refuses bad settings and years', () => {
    expect(() => annualPeriod(2026, { yearStartMonth: 13, cadence: 'monthly' })).toThrow(RangeError);
    expect(() => annualPeriod(2026, { yearStartMonth: 1, cadence: 'weekly' as never })).toThrow(RangeError);
    expect(() => annualPeriod(1999)).toThrow(RangeError);
  });

  it('compares periods by months', () => {
    expect(monthIndex('2026-13')).toBeNull();
    expect(periodContains({ start: '2026-01', end: '2026-12' }, { start: '2026-04', end: '2026-06' })).toBe(
      true,
    );
    expect(periodContains({ start: '2026-01', end: '2026-12' }, { start: '2026-10', end: '2027-01' })).toBe(
      false,
    );
  });
});

describe('validatePeriod', () => {
  const settings = DEFAULT_PERIOD_SETTINGS;

  it('checks the shape alone without settings', () => {
    expect(validatePeriod({ start: '2026-02', end: '2026-04' })).toEqual([]);
    expect(validatePeriod({ start: '2026-2', end: '2026-13' })).toEqual([
      { path: 'period.start', message: 'must be a month YYYY-MM' },
      { path: 'period.end', message: 'must be a month YYYY-MM' },
    ]);
    expect(validatePeriod({ start: '2026-05', end: '2026-04' }, { path: 'p' })).toEqual([
      { path: 'p.end', message: 'is before the start month' },
    ]);
  });

  it('accepts the cadence periods and the whole year as assessment periods', () => {
    for (const p of [...assessmentPeriods(2026), annualPeriod(2026)])
      expect(validatePeriod(p, { settings, kind: 'assessment' })).toEqual([]);
  });

  it('refuses a misaligned or wrong-length assessment period', () => {
    expect(validatePeriod({ start: '2026-02', end: '2026-04' }, { settings, kind: 'assessment' })).toEqual([
      {
        path: 'period',
        message: 'must be a quarterly assessment period of the year starting 2026-01, or the whole year',
      },
    ]);
    expect(
      validatePeriod({ start: '2026-01', end: '2026-01' }, { settings, kind: 'assessment' }),
    ).toHaveLength(1);
    expect(
      validatePeriod({ start: '2026-10', end: '2027-03' }, { settings, kind: 'assessment' }),
    ).toHaveLength(1);
  });

  it('requires exactly the annual period for an annual SKP', () => {
    expect(validatePeriod({ start: '2026-01', end: '2026-12' }, { settings, kind: 'annual' })).toEqual([]);
    expect(validatePeriod({ start: '2026-01', end: '2026-06' }, { settings, kind: 'annual' })).toEqual([
      { path: 'period', message: 'must be the annual period 2026-01 to 2026-12' },
    ]);
  });

  it('follows a cadence change for new periods only', () => {
    const monthly = { yearStartMonth: 1, cadence: 'monthly' as const };
    const q1 = { start: '2026-01', end: '2026-03' };
    expect(validatePeriod(q1, { settings: monthly, kind: 'assessment' })).toHaveLength(1);
    // A stored quarter stays readable: without settings only its shape is checked.
    expect(validatePeriod(q1)).toEqual([]);
  });
});
