import { describe, expect, it } from 'vitest';
import { monthIn, monthsBetween, parsePeriod, periodOfMonth, previousPeriod } from './period';

describe('parsePeriod', () => {
  it('parses a year into its twelve months', () => {
    expect(parsePeriod('2026')).toEqual({
      id: '2026',
      kind: 'year',
      year: 2026,
      months: [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
      ],
    });
  });

  it('parses semesters', () => {
    expect(parsePeriod('2026-S1')).toEqual({
      id: '2026-S1',
      kind: 'semester',
      year: 2026,
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
    });
    expect(parsePeriod('2026-S2')?.months).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });

  it.each([
    ['2026-Q1', ['2026-01', '2026-02', '2026-03']],
    ['2026-Q2', ['2026-04', '2026-05', '2026-06']],
    ['2026-Q3', ['2026-07', '2026-08', '2026-09']],
    ['2026-Q4', ['2026-10', '2026-11', '2026-12']],
  ])('parses the quarter %s', (id, months) => {
    expect(parsePeriod(id)).toEqual({ id, kind: 'quarter', year: 2026, months });
  });

  it.each(['2026-01', '2026-09', '2026-10', '2026-12'])('parses the month %s', (id) => {
    expect(parsePeriod(id)).toEqual({ id, kind: 'month', year: 2026, months: [id] });
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '2026-13',
    '2026-00',
    '2026-S3',
    '2026-S0',
    '26',
    '2026-1',
    '2026-q1',
    '2026-s1',
    ' 2026',
    '2026-',
    '20261',
    '2026-Q1-01',
    '',
  ])('rejects %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });

  it('accepts only the years 2000 to 2999', () => {
    expect(parsePeriod('2000')?.year).toBe(2000);
    expect(parsePeriod('2999-12')?.year).toBe(2999);
    expect(parsePeriod('1999')).toBeNull();
    expect(parsePeriod('3000-Q1')).toBeNull();
  });
});

describe('monthIn', () => {
  // Asia/Jakarta (WIB) = UTC+7, Asia/Makassar (WITA) = UTC+8, Asia/Jayapura (WIT) = UTC+9; none has DST.
  it.each([
    // 17:30Z on 31 Jan = 00:30 on 1 Feb in Jakarta, 01:30 in Makassar, 02:30 in Jayapura.
    ['2026-01-31T17:30:00Z', '2026-01', '2026-02', '2026-02', '2026-02'],
    // 16:59:59Z = 23:59:59 on 31 Jan in Jakarta, but 00:59:59 / 01:59:59 on 1 Feb further east.
    ['2026-01-31T16:59:59Z', '2026-01', '2026-01', '2026-02', '2026-02'],
    // 17:00Z = exactly midnight on 1 Feb in Jakarta.
    ['2026-01-31T17:00:00Z', '2026-01', '2026-02', '2026-02', '2026-02'],
    // 15:30Z = 22:30 (WIB), 23:30 (WITA), 00:30 on 1 Feb (WIT).
    ['2026-01-31T15:30:00Z', '2026-01', '2026-01', '2026-01', '2026-02'],
    // 14:59:59Z = 23:59:59 on 31 Jan in Jayapura: January everywhere.
    ['2026-01-31T14:59:59Z', '2026-01', '2026-01', '2026-01', '2026-01'],
    // New year: 16:00Z on 31 Dec = 23:00 WIB, 00:00 WITA, 01:00 WIT.
    ['2025-12-31T16:00:00Z', '2025-12', '2025-12', '2026-01', '2026-01'],
    // 23:59:59.999 WIB on 31 Dec, then one millisecond later in the new year.
    ['2025-12-31T16:59:59.999Z', '2025-12', '2025-12', '2026-01', '2026-01'],
    ['2025-12-31T17:00:00.000Z', '2025-12', '2026-01', '2026-01', '2026-01'],
    // Leap day: 29 Feb 2028 17:00Z = 1 Mar 00:00 WIB.
    ['2028-02-29T16:59:59Z', '2028-02', '2028-02', '2028-03', '2028-03'],
    ['2028-02-29T17:00:00Z', '2028-02', '2028-03', '2028-03', '2028-03'],
  ])('%s is %s UTC, %s WIB, %s WITA, %s WIT', (iso, utc, wib, wita, wit) => {
    const at = new Date(iso);
    expect(monthIn(at, 'UTC')).toBe(utc);
    expect(monthIn(at, 'Asia/Jakarta')).toBe(wib);
    expect(monthIn(at, 'Asia/Makassar')).toBe(wita);
    expect(monthIn(at, 'Asia/Jayapura')).toBe(wit);
  });

  it('rejects an unknown time zone', () => {
    expect(() => monthIn(new Date('2026-01-01T00:00:00Z'), 'Asia/Nowhere')).toThrow(RangeError);
  });
});

describe('periodOfMonth', () => {
  it.each([
    ['2026-01', '2026', '2026-S1', '2026-Q1'],
    ['2026-03', '2026', '2026-S1', '2026-Q1'],
    ['2026-04', '2026', '2026-S1', '2026-Q2'],
    ['2026-06', '2026', '2026-S1', '2026-Q2'],
    ['2026-07', '2026', '2026-S2', '2026-Q3'],
    ['2026-09', '2026', '2026-S2', '2026-Q3'],
    ['2026-10', '2026', '2026-S2', '2026-Q4'],
    ['2026-12', '2026', '2026-S2', '2026-Q4'],
  ])('%s is in %s, %s and %s', (month, year, semester, quarter) => {
    expect(periodOfMonth(month, 'year')).toBe(year);
    expect(periodOfMonth(month, 'semester')).toBe(semester);
    expect(periodOfMonth(month, 'quarter')).toBe(quarter);
    expect(periodOfMonth(month, 'month')).toBe(month);
  });

  it('agrees with parsePeriod: every month of a period maps back to it', () => {
    for (const id of ['2026', '2026-S1', '2026-S2', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-07']) {
      const p = parsePeriod(id)!;
      for (const m of p.months) expect(periodOfMonth(m, p.kind)).toBe(id);
    }
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2026-Q1', '2025-Q4'],
    ['2026-Q2', '2026-Q1'],
    ['2026-Q4', '2026-Q3'],
    ['2026-S1', '2025-S2'],
    ['2026-S2', '2026-S1'],
    ['2026-01', '2025-12'],
    ['2026-03', '2026-02'],
    ['2026-10', '2026-09'],
    ['2026', '2025'],
  ])('%s → %s', (id, prev) => {
    expect(previousPeriod(id)).toBe(prev);
  });

  it.each(['2026-Q5', '26', 'kemarin'])('rejects %j', (id) => {
    expect(() => previousPeriod(id)).toThrow(RangeError);
  });
});

describe('monthsBetween', () => {
  it('lists the months of the same year inclusive', () => {
    expect(monthsBetween('2026-03', '2026-06')).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
  });

  it('crosses the year boundary', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('covers 24 months from January to December of the next year', () => {
    const months = monthsBetween('2025-01', '2026-12');
    expect(months).toHaveLength(24);
    expect(months[11]).toBe('2025-12');
    expect(months[12]).toBe('2026-01');
    expect(months.at(-1)).toBe('2026-12');
  });

  it('gives one month when from === to, none when from is after to', () => {
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthsBetween('2026-06', '2026-05')).toEqual([]);
    expect(monthsBetween('2026-01', '2025-12')).toEqual([]);
  });
});
