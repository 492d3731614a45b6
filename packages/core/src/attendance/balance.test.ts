import { describe, expect, it } from 'vitest';
import {
  type AnnualYear,
  allocateAnnualDays,
  annualBalance,
  annualBalances,
  annualEntitledInYear,
} from './balance';
import { DEFAULT_LEAVE_POLICIES } from './leave';

const PNS = DEFAULT_LEAVE_POLICIES.PNS;
const y = (year: number, used: number, more: Partial<AnnualYear> = {}): AnnualYear => ({
  year,
  entitled: true,
  used,
  ...more,
});

describe('annual balance with carry-over', () => {
  it('grants 12 in the first year, and nothing before a year of service', () => {
    expect(annualEntitledInYear('2025-03-16', 2025)).toBe(false);
    expect(annualEntitledInYear('2025-03-16', 2026)).toBe(true);
    expect(annualEntitledInYear('2025-12-31', 2026)).toBe(true);
    expect(annualEntitledInYear('2026-01-01', 2026)).toBe(false);
    expect(annualBalance([y(2026, 0)], 2026, PNS)).toMatchObject({
      available: 12,
      cap: 12,
      basis: 'first-year',
    });
  });

  it('carries at most 6 days into the next year (18 in all)', () => {
    const b = annualBalance([y(2024, 2), y(2025, 0)], 2025, PNS);
    expect(b).toMatchObject({
      granted: { 'N-2': 0, 'N-1': 6, N: 12 },
      available: 18,
      cap: 18,
      basis: 'one-year-carry',
    });
    expect(annualBalance([y(2024, 9), y(2025, 0)], 2025, PNS).granted['N-1']).toBe(3);
  });

  it('reaches 24 after two unused years, over three years, and never more', () => {
    const all = annualBalances([y(2023, 0), y(2024, 0), y(2025, 0), y(2026, 0)], PNS);
    expect(all.map((b) => b.available)).toEqual([12, 18, 24, 24]);
    expect(all[2]).toMatchObject({
      granted: { 'N-2': 6, 'N-1': 6, N: 12 },
      cap: 24,
      basis: 'two-unused-years',
    });
  });

  it('falls back to 18 after a year with any leave taken', () => {
    const all = annualBalances([y(2023, 0), y(2024, 0), y(2025, 1), y(2026, 0)], PNS);
    expect(all.map((b) => b.available)).toEqual([12, 18, 23, 18]);
    expect(all[2]!.spent).toEqual({ 'N-2': 1, 'N-1': 0, N: 0 });
  });

  it('spends the oldest days first', () => {
    const b = annualBalance([y(2024, 0), y(2025, 0), y(2026, 10)], 2026, PNS);
    expect(b.spent).toEqual({ 'N-2': 6, 'N-1': 4, N: 0 });
    expect(b.remaining).toEqual({ 'N-2': 0, 'N-1': 2, N: 12 });
    expect(b.available).toBe(14);
  });

  it('gives nothing in a year of cuti besar, and the carried days lapse', () => {
    const all = annualBalances([y(2024, 0), y(2025, 0, { besarTaken: true }), y(2026, 0)], PNS);
    expect(all[1]).toMatchObject({ available: 0, basis: 'besar-year' });
    expect(all[2]).toMatchObject({ available: 12, granted: { 'N-2': 0, 'N-1': 0, N: 12 } });
  });

  it('carries a year deferred by the PYBMC in full, up to 24', () => {
    const b = annualBalance([y(2025, 0, { deferred: true }), y(2026, 0)], 2026, PNS);
    expect(b).toMatchObject({ granted: { 'N-2': 0, 'N-1': 12, N: 12 }, available: 24, basis: 'deferred' });
  });

  it('trims to the cap when a deferral follows two unused years', () => {
    const b = annualBalance([y(2023, 0), y(2024, 0), y(2025, 0, { deferred: true }), y(2026, 0)], 2026, PNS);
    expect(b.available).toBe(24);
    expect(b.granted).toEqual({ 'N-2': 0, 'N-1': 12, N: 12 });
  });

  it('loses unused days under a policy without carry-over', () => {
    const none = { ...PNS, carryOver: null };
    expect(annualBalance([y(2025, 0), y(2026, 0)], 2026, none).available).toBe(12);
  });

  it('reports overdrawing rather than a negative balance, and fills missing years', () => {
    expect(annualBalance([y(2026, 14)], 2026, PNS)).toMatchObject({ available: 0, overdrawn: 2 });
    const gap = annualBalances([y(2024, 0), y(2026, 0)], PNS);
    expect(gap.map((b) => [b.year, b.available])).toEqual([
      [2024, 12],
      [2025, 6],
      [2026, 12],
    ]);
    expect(() => annualBalance([y(2026, 0)], 2027, PNS)).toThrow(RangeError);
  });

  it('counts PPPK cuti bersama debits as use', () => {
    // Two years with cuti bersama debited are not "unused": 18, not 24.
    const all = annualBalances([y(2024, 3), y(2025, 3), y(2026, 0)], DEFAULT_LEAVE_POLICIES.PPPK);
    expect(all[2]!.available).toBe(18);
  });
});

describe('allocateAnnualDays', () => {
  it('takes the oldest bucket first and reports what it cannot cover', () => {
    expect(allocateAnnualDays({ 'N-2': 1, 'N-1': 2, N: 12 }, 5)).toEqual({
      take: { 'N-2': 1, 'N-1': 2, N: 2 },
      short: 0,
    });
    expect(allocateAnnualDays({ 'N-2': 0, 'N-1': 0, N: 3 }, 5)).toEqual({
      take: { 'N-2': 0, 'N-1': 0, N: 3 },
      short: 2,
    });
    expect(() => allocateAnnualDays({ 'N-2': 0, 'N-1': 0, N: 3 }, -1)).toThrow(RangeError);
  });
});
