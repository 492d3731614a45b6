import { LEAVE_TYPES } from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { attendanceEn } from '../../web/src/pages/attendance/i18n/en';
import { attendanceId } from '../../web/src/pages/attendance/i18n/id';
import {
  bandKeys,
  DEDUCTION_BUCKETS,
  deductionBucket,
  deductionDistribution,
  leaveParts,
  leaveTotal,
  type RecapFacts,
  sideTotals,
} from '../../web/src/pages/attendance/recap';

/** The monthly recap's pure helpers: deduction buckets, TL/PSW totals, leave by type. */

const side = (count: number, minutes: number, bands: Record<string, number> = {}) => ({
  count,
  minutes,
  bands,
});
const row = (over: Partial<RecapFacts> = {}): RecapFacts => ({
  leaveDays: {},
  late: side(0, 0),
  early: side(0, 0),
  deductionPercent: 0,
  ...over,
});

describe('deductionBucket and deductionDistribution', () => {
  it.each([
    [0, '0'],
    [0.5, '0-5'],
    [5, '0-5'],
    [5.01, '5-10'],
    [10, '5-10'],
    [12.5, '10-25'],
    [25, '10-25'],
    [30, '25-50'],
    [50, '25-50'],
    [50.5, '>50'],
    [100, '>50'],
  ])('%s %% falls in %s', (percent, key) => {
    expect(deductionBucket(percent)).toBe(key);
  });

  it('takes anything not above zero as no deduction', () => {
    expect(deductionBucket(-1)).toBe('0');
    expect(deductionBucket(Number.NaN)).toBe('0');
  });

  it('counts every bucket in order, empty ones as zero', () => {
    const rows = [0, 0, 1.5, 7, 100, 100, 100].map((deductionPercent) => row({ deductionPercent }));
    expect(deductionDistribution(rows).map((d) => [d.bucket.key, d.count])).toEqual([
      ['0', 2],
      ['0-5', 1],
      ['5-10', 1],
      ['10-25', 0],
      ['25-50', 0],
      ['>50', 3],
    ]);
    expect(deductionDistribution([]).every((d) => d.count === 0)).toBe(true);
    expect(deductionDistribution([]).length).toBe(DEDUCTION_BUCKETS.length);
  });
});

describe('sideTotals and bandKeys', () => {
  const rows = [
    row({ late: side(3, 95, { '1-30': 1, '31-60': 1, '>90': 1 }), early: side(1, 20, { '1-30': 1 }) }),
    row({ late: side(2, 40, { '1-30': 1, 'no-record': 1 }), early: side(1, 70, { '61-90': 1 }) }),
    row(),
  ];

  it('adds the times, minutes and days per band over the rows, bands in order', () => {
    expect(sideTotals(rows, 'late')).toEqual({
      count: 5,
      minutes: 135,
      bands: [
        { key: '1-30', days: 2 },
        { key: '31-60', days: 1 },
        { key: '>90', days: 1 },
        { key: 'no-record', days: 1 },
      ],
    });
    expect(sideTotals(rows, 'early')).toEqual({
      count: 2,
      minutes: 90,
      bands: [
        { key: '1-30', days: 1 },
        { key: '61-90', days: 1 },
      ],
    });
    expect(sideTotals([], 'late')).toEqual({ count: 0, minutes: 0, bands: [] });
  });

  it('gives one legend for both sides: every band either names, in order', () => {
    expect(bandKeys(sideTotals(rows, 'late'), sideTotals(rows, 'early'))).toEqual([
      '1-30',
      '31-60',
      '61-90',
      '>90',
      'no-record',
    ]);
  });
});

describe('leaveTotal and leaveParts', () => {
  it('adds the days of every type', () => {
    expect(leaveTotal({})).toBe(0);
    expect(leaveTotal({ TAHUNAN: 2, SAKIT: 3 })).toBe(5);
  });

  it("lists the types in the regulation's order, unknown ones after by code, none without a day", () => {
    expect(leaveParts({ SAKIT: 1, TAHUNAN: 2, BERSAMA: 0, ZZZ: 1, AAA: 1 }, LEAVE_TYPES)).toEqual([
      { type: 'TAHUNAN', days: 2 },
      { type: 'SAKIT', days: 1 },
      { type: 'AAA', days: 1 },
      { type: 'ZZZ', days: 1 },
    ]);
  });

  it('names every kind of leave in both languages, and nothing else', () => {
    for (const dict of [attendanceId, attendanceEn]) {
      expect(Object.keys(dict.leaveTypes).sort()).toEqual([...LEAVE_TYPES].sort());
      for (const type of LEAVE_TYPES) expect(dict.leaveTypes[type], type).toBeTruthy();
    }
    expect(attendanceId.leaveTypes.CLTN).toBe('Cuti di luar tanggungan negara');
    expect(attendanceId.leaveTypes.ALASAN_PENTING).toBe('Cuti karena alasan penting');
  });
});
