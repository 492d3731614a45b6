import { describe, expect, it } from 'vitest';
import {
  bandOf,
  type DayInput,
  DEFAULT_DEDUCTION_TABLE,
  evaluateDay,
  monthRecap,
  percentToBp,
  punchMinutes,
  tppDeductionRupiah,
} from './recap';

// Monday 2 March 2026, 07:30-16:00 WIB.
const instance = { start: new Date('2026-03-02T00:30:00Z'), end: new Date('2026-03-02T09:00:00Z') };
const at = (hms: string) => new Date(`2026-03-02T${hms}+07:00`);
const day = (over: Partial<DayInput> = {}): DayInput => ({
  date: '2026-03-02',
  instance,
  complete: true,
  ...over,
});

describe('punchMinutes', () => {
  it('counts whole wall-clock minutes late and early', () => {
    expect(punchMinutes(instance, { firstIn: at('07:30:59'), lastOut: at('16:00:00') })).toEqual({
      lateMinutes: 0,
      earlyMinutes: 0,
    });
    expect(punchMinutes(instance, { firstIn: at('07:31:00'), lastOut: at('15:59:30') })).toEqual({
      lateMinutes: 1,
      earlyMinutes: 1,
    });
    expect(punchMinutes(instance, { firstIn: at('07:00:00'), lastOut: at('17:00:00') })).toEqual({
      lateMinutes: 0,
      earlyMinutes: 0,
    });
    expect(punchMinutes(instance, {})).toEqual({ lateMinutes: null, earlyMinutes: null });
  });
});

describe('TL and PSW bands at their edges', () => {
  it.each([
    [1, '1-30', 50],
    [30, '1-30', 50],
    [31, '31-60', 100],
    [60, '31-60', 100],
    [61, '61-90', 125],
    [90, '61-90', 125],
    [91, '>90', 150],
    [400, '>90', 150],
  ])('%i minutes → %s (%i bp)', (minutes, label, bp) => {
    expect(bandOf(minutes)).toMatchObject({ label, bp });
  });

  it('refuses 0 minutes short', () => {
    expect(() => bandOf(0)).toThrow(RangeError);
  });
});

describe('evaluateDay', () => {
  it('is on time with no deduction', () => {
    expect(evaluateDay(day({ firstIn: at('07:25:00'), lastOut: at('16:05:00') }))).toMatchObject({
      status: 'present',
      deductionBp: 0,
      lateBand: null,
      earlyBand: null,
    });
  });

  it('adds TL and PSW of one day', () => {
    expect(evaluateDay(day({ firstIn: at('08:01:00'), lastOut: at('15:00:00') }))).toMatchObject({
      lateMinutes: 31,
      lateBand: '31-60',
      earlyMinutes: 60,
      earlyBand: '31-60',
      deductionBp: 200,
    });
  });

  it('charges a missing check-out as no record, only once the day is over', () => {
    expect(evaluateDay(day({ firstIn: at('07:00:00') }))).toMatchObject({
      earlyBand: 'no-record',
      deductionBp: 150,
    });
    expect(evaluateDay(day({ firstIn: at('07:00:00'), complete: false }))).toMatchObject({
      status: 'present',
      deductionBp: 0,
    });
    expect(evaluateDay(day({ lastOut: at('16:00:00') }))).toMatchObject({
      lateBand: 'no-record',
      deductionBp: 150,
    });
  });

  it('is absent (5 %) with no punch; pending before the day ends', () => {
    expect(evaluateDay(day())).toMatchObject({ status: 'absent', deductionBp: 500 });
    expect(evaluateDay(day({ complete: false }))).toMatchObject({ status: 'pending', deductionBp: 0 });
  });

  it('does not count leave, official duty or a day off as absence', () => {
    expect(evaluateDay(day({ leaveType: 'SAKIT' }))).toMatchObject({ status: 'leave', deductionBp: 0 });
    expect(evaluateDay(day({ onDuty: true }))).toMatchObject({ status: 'duty', deductionBp: 0 });
    expect(evaluateDay(day({ instance: null }))).toMatchObject({ status: 'off', deductionBp: 0 });
  });

  it('waives a side covered by an approved izin', () => {
    expect(
      evaluateDay(day({ firstIn: at('09:00:00'), lastOut: at('15:00:00'), lateWaived: true })),
    ).toMatchObject({ lateBand: null, earlyBand: '31-60', deductionBp: 100 });
  });
});

describe('monthRecap', () => {
  it('sums exactly in basis points and caps at 100 %', () => {
    // 3 days of 0.5 % + 1.25 % + 1.5 % = 3.25 %, no float drift.
    const days = [
      evaluateDay(day({ firstIn: at('07:40:00'), lastOut: at('16:00:00') })),
      evaluateDay(day({ date: '2026-03-03', firstIn: at('08:45:00'), lastOut: at('16:00:00') })),
      evaluateDay(day({ date: '2026-03-04', firstIn: at('07:30:00') })),
      evaluateDay(day({ date: '2026-03-05', leaveType: 'TAHUNAN' })),
      evaluateDay(day({ date: '2026-03-06', leaveType: 'TAHUNAN' })),
      evaluateDay(day({ date: '2026-03-07', instance: null })),
      evaluateDay(day({ date: '2026-03-09', onDuty: true })),
    ];
    const r = monthRecap(days);
    expect(r).toMatchObject({
      workingDays: 6,
      presentDays: 3,
      absentDays: 0,
      dutyDays: 1,
      leaveDays: { TAHUNAN: 2 },
      deductionBp: 325,
      deductionPercent: 3.25,
    });
    expect(r.late).toEqual({
      count: 2,
      minutes: 85,
      bands: { '1-30': 1, '31-60': 0, '61-90': 1, '>90': 0, 'no-record': 0 },
    });
    expect(r.early.bands['no-record']).toBe(1);
  });

  it('caps 21 absent days (105 %) at 100 %', () => {
    const days = Array.from({ length: 21 }, (_, i) =>
      evaluateDay(day({ date: `2026-03-${String(i + 2).padStart(2, '0')}` })),
    );
    const r = monthRecap(days);
    expect(r.uncappedBp).toBe(10_500);
    expect(r.deductionPercent).toBe(100);
    expect(r.absentDays).toBe(21);
  });

  it('follows a tenant table', () => {
    const table = {
      ...DEFAULT_DEDUCTION_TABLE,
      bands: [
        { upToMinutes: 15, bp: 25 },
        { upToMinutes: null, bp: 100 },
      ],
    };
    const r = monthRecap(
      [evaluateDay(day({ firstIn: at('07:40:00'), lastOut: at('16:00:00') }), table)],
      table,
    );
    expect(r.late.bands).toEqual({ '1-15': 1, '>15': 0, 'no-record': 0 });
    expect(r.deductionBp).toBe(25);
  });
});

describe('exact percentages and the one rounding', () => {
  it('turns percentages of up to 2 decimals into basis points', () => {
    expect([0.5, 1, 1.25, 1.5, 5, 100].map(percentToBp)).toEqual([50, 100, 125, 150, 500, 10_000]);
    expect(percentToBp(0.29)).toBe(29);
    expect(() => percentToBp(0.125)).toThrow(RangeError);
  });

  it('rounds the rupiah amount once, half up', () => {
    expect(tppDeductionRupiah(3_000_000, 325)).toBe(97_500);
    expect(tppDeductionRupiah(1_234_567, 50)).toBe(6173); // 6172.835
    expect(tppDeductionRupiah(100, 50)).toBe(1); // 0.5 → 1
    expect(tppDeductionRupiah(3_000_000, 10_000)).toBe(3_000_000);
  });
});
