import { describe, expect, it } from 'vitest';
import { MIN_YEARS_IN_RANK, orderByMerit, type PromotionInput, promotionEligibility } from './promotion';

const hendra: PromotionInput = {
  id: 'emp-hendra',
  employmentType: 'PNS',
  rank: 'III/b',
  tmtRank: '2022-04-01',
  tmtCpns: '2015-05-01',
  predikats: [
    { year: 2023, predikat: 'KURANG' },
    { year: 2025, predikat: 'SANGAT_BAIK' },
    { year: 2024, predikat: 'BAIK' },
    { year: 2026, predikat: 'SANGAT_KURANG' },
  ],
};

describe('promotionEligibility', () => {
  it('is eligible on the day four years in rank complete', () => {
    expect(MIN_YEARS_IN_RANK).toBe(4);
    expect(promotionEligibility(hendra, '2026-04-01')).toEqual({
      id: 'emp-hendra',
      eligible: true,
      yearsInRank: 4,
      monthsInRank: 48,
      since: '2022-04-01',
      nextRank: 'III/c',
      predikats: [
        { year: 2024, predikat: 'BAIK' },
        { year: 2025, predikat: 'SANGAT_BAIK' },
      ],
      meritScore: 90,
      factors: { yearsInRank: 4, performance: 0.9, rankOrder: 10 },
      detail: '4 years in III/b; eligible for III/c',
    });
  });

  it('is not eligible the day before', () => {
    expect(promotionEligibility(hendra, '2026-03-31')).toMatchObject({
      eligible: false,
      yearsInRank: 3,
      monthsInRank: 47,
      nextRank: 'III/c',
      detail: '3 of 4 years in III/b',
    });
  });

  it('stays eligible past four years and counts total months', () => {
    expect(promotionEligibility(hendra, '2027-09-15')).toMatchObject({
      eligible: true,
      yearsInRank: 5,
      monthsInRank: 65,
    });
  });

  it('falls back to TMT CPNS for a first promotion', () => {
    const r = promotionEligibility({ ...hendra, rank: 'III/a', tmtRank: null }, '2019-05-01');
    expect(r).toMatchObject({ eligible: true, since: '2015-05-01', yearsInRank: 4, nextRank: 'III/b' });
  });

  it('is not eligible without any TMT', () => {
    expect(promotionEligibility({ ...hendra, tmtRank: null, tmtCpns: null }, '2026-04-01')).toMatchObject({
      eligible: false,
      since: null,
      yearsInRank: 0,
      monthsInRank: 0,
      detail: 'Rank TMT not recorded',
    });
  });

  it('counts 0 when the rank TMT is after asOf', () => {
    expect(promotionEligibility({ ...hendra, tmtRank: '2026-10-01' }, '2026-04-01')).toMatchObject({
      eligible: false,
      monthsInRank: 0,
    });
  });

  it('does not promote a CPNS however long the service', () => {
    expect(
      promotionEligibility({ ...hendra, employmentType: 'CPNS', rank: 'III/a' }, '2030-01-01'),
    ).toMatchObject({
      eligible: false,
      yearsInRank: 7,
      nextRank: 'III/b',
      detail: 'CPNS has no regular rank promotion',
    });
  });

  it('does not promote a PPPK', () => {
    const r = promotionEligibility(
      { id: 'emp-pppk', employmentType: 'PPPK', tmtCpns: null, tmtRank: null, predikats: [] },
      '2030-01-01',
    );
    expect(r).toMatchObject({
      eligible: false,
      nextRank: null,
      factors: { yearsInRank: 0, performance: null, rankOrder: 0 },
      detail: 'PPPK has no regular rank promotion',
    });
  });

  it('has no next rank at IV/e', () => {
    expect(
      promotionEligibility({ ...hendra, rank: 'IV/e', tmtRank: '2010-04-01' }, '2026-04-01'),
    ).toMatchObject({
      eligible: false,
      yearsInRank: 16,
      nextRank: null,
      detail: 'IV/e is the highest rank',
    });
    expect(promotionEligibility({ ...hendra, rank: 'IV/d' }, '2026-04-01').nextRank).toBe('IV/e');
  });

  it('is not eligible without a rank', () => {
    expect(promotionEligibility({ ...hendra, rank: null }, '2026-04-01')).toMatchObject({
      eligible: false,
      nextRank: null,
      detail: 'Rank not recorded',
    });
  });

  it('keeps the worst predikat when a year is recorded twice, in any order', () => {
    const twice = [
      { year: 2025, predikat: 'SANGAT_BAIK' as const },
      { year: 2025, predikat: 'BUTUH_PERBAIKAN' as const },
    ];
    for (const predikats of [twice, [...twice].reverse()]) {
      const r = promotionEligibility({ ...hendra, predikats }, '2026-04-01');
      expect(r.predikats).toEqual([{ year: 2025, predikat: 'BUTUH_PERBAIKAN' }]);
      expect(r.factors.performance).toBe(0.4);
      expect(r.meritScore).toBe(40);
    }
  });

  it('reports no performance when no predikat falls in the two preceding years', () => {
    const r = promotionEligibility(
      { ...hendra, predikats: [{ year: 2026, predikat: 'BAIK' }] },
      '2026-04-01',
    );
    expect(r).toMatchObject({ eligible: true, predikats: [], meritScore: 0, factors: { performance: null } });
  });

  it('rejects a malformed date', () => {
    expect(() => promotionEligibility(hendra, '1 April 2026')).toThrow(RangeError);
    expect(() => promotionEligibility({ ...hendra, tmtRank: '2022-4-1' }, '2026-04-01')).toThrow(RangeError);
  });
});

describe('orderByMerit', () => {
  const entry = (id: string, performance: number | null, yearsInRank: number) => ({
    id,
    factors: { yearsInRank, performance, rankOrder: 10 },
  });

  it('orders by performance, then years in rank, then id, with no predikat last', () => {
    const list = [
      entry('emp-e', null, 9),
      entry('emp-d', 0, 4),
      entry('emp-c', 0.9, 4),
      entry('emp-b', 0.9, 6),
      entry('emp-a', 0.9, 4),
      entry('emp-f', 1, 4),
      entry('emp-g', null, 5),
    ];
    expect(orderByMerit(list).map((e) => e.id)).toEqual([
      'emp-f',
      'emp-b',
      'emp-a',
      'emp-c',
      'emp-d',
      'emp-e',
      'emp-g',
    ]);
  });

  it('returns a new array and leaves the input order alone', () => {
    const list = [entry('emp-b', 0.4, 4), entry('emp-a', 0.8, 4)];
    const ordered = orderByMerit(list);
    expect(ordered.map((e) => e.id)).toEqual(['emp-a', 'emp-b']);
    expect(list.map((e) => e.id)).toEqual(['emp-b', 'emp-a']);
  });

  it('orders full promotionEligibility results', () => {
    const asOf = '2026-04-01';
    const results = [
      promotionEligibility({ ...hendra, id: 'emp-2', predikats: [{ year: 2025, predikat: 'BAIK' }] }, asOf),
      promotionEligibility({ ...hendra, id: 'emp-1' }, asOf),
    ];
    expect(orderByMerit(results).map((r) => r.id)).toEqual(['emp-1', 'emp-2']);
  });
});
