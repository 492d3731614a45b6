import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import type { Predikat } from '../personnel/placement';
import {
  assertDistribution,
  checkDistribution,
  DEFAULT_DISTRIBUTION_TABLE,
  type DistributionTable,
  distributionLimits,
  distributionTableIssues,
  type PredikatCounts,
} from './distribution';
import { ORG_PREDIKATS, type OrgPredikat } from './predikat';

const broken = (org: OrgPredikat, counts: PredikatCounts) =>
  checkDistribution(org, counts).violations.map((v) => `${v.label}; ${v.given} given`);

describe('Istimewa: at most 70% Sangat Baik', () => {
  it('allows 7 of 10 and refuses 8', () => {
    expect(broken('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 })).toEqual([]);
    expect(broken('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 })).toEqual([
      'at most 7 of 10 may be Sangat Baik (70%); 8 given',
    ]);
  });

  it('rounds 70% of 7 (4.9) down to 4: 5 of 7 would be 71.4%', () => {
    expect(broken('ISTIMEWA', { SANGAT_BAIK: 4, BAIK: 3 })).toEqual([]);
    expect(broken('ISTIMEWA', { SANGAT_BAIK: 5, BAIK: 2 })).toEqual([
      'at most 4 of 7 may be Sangat Baik (70%); 5 given',
    ]);
  });

  it('allows anything else, even all Sangat Kurang', () => {
    expect(broken('ISTIMEWA', { SANGAT_KURANG: 10 })).toEqual([]);
  });

  it('gives no Sangat Baik to a unit of one: 1 of 1 is 100%', () => {
    expect(broken('ISTIMEWA', { SANGAT_BAIK: 1 })).toEqual([
      'at most 0 of 1 may be Sangat Baik (70%); 1 given',
    ]);
  });
});

describe('Baik: at most 70% Baik, and some Butuh Perbaikan or Kurang', () => {
  it('accepts 7 Baik, 1 Butuh Perbaikan and 2 Sangat Baik of 10', () => {
    expect(broken('BAIK', { BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 })).toEqual([]);
    expect(broken('BAIK', { BAIK: 7, KURANG: 1, SANGAT_KURANG: 2 })).toEqual([]);
  });

  it('reports both caps at once, with the numbers', () => {
    expect(broken('BAIK', { BAIK: 8, SANGAT_BAIK: 2 })).toEqual([
      'at most 7 of 10 may be Baik (70%); 8 given',
      'at least 1 of 10 must be Butuh Perbaikan or Kurang/Misconduct (at least one); 0 given',
    ]);
  });

  it('rounds 70% of 7 down to 4', () => {
    expect(broken('BAIK', { BAIK: 4, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 })).toEqual([]);
    expect(broken('BAIK', { BAIK: 5, BUTUH_PERBAIKAN: 2 })).toEqual([
      'at most 4 of 7 may be Baik (70%); 5 given',
    ]);
  });
});

describe('Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik', () => {
  it('is met at its edges for 10', () => {
    expect(broken('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 })).toEqual([]);
  });

  it('is broken one past each edge', () => {
    expect(broken('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 5, SANGAT_BAIK: 2, BAIK: 3 })).toEqual([
      'at least 6 of 10 must be Butuh Perbaikan (60%); 5 given',
      'at most 1 of 10 may be Sangat Baik (10%); 2 given',
    ]);
  });

  it('rounds 60% of 7 (4.2) up to 5: 4 of 7 would be 57.1%', () => {
    expect(broken('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 5, BAIK: 2 })).toEqual([]);
    expect(broken('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 4, BAIK: 3 })).toEqual([
      'at least 5 of 7 must be Butuh Perbaikan (60%); 4 given',
    ]);
    // 10% of 7 is 0.7: no Sangat Baik at all.
    expect(broken('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1 })).toEqual([
      'at most 0 of 7 may be Sangat Baik (10%); 1 given',
    ]);
  });
});

describe('Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik', () => {
  it('is met at its edges for 10', () => {
    expect(broken('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 })).toEqual([]);
  });

  it('is broken one past each edge', () => {
    expect(broken('KURANG', { KURANG: 5, BUTUH_PERBAIKAN: 0, SANGAT_BAIK: 2, BAIK: 3 })).toEqual([
      'at least 6 of 10 must be Kurang/Misconduct (60%); 5 given',
      'at least 1 of 10 must be Butuh Perbaikan (10%); 0 given',
      'at most 1 of 10 may be Sangat Baik (10%); 2 given',
    ]);
  });
});

describe('Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang or Butuh Perbaikan, no Sangat Baik', () => {
  it('is met at its edges for 10', () => {
    expect(broken('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
    expect(broken('SANGAT_KURANG', { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).toEqual([]);
  });

  it('refuses a single Sangat Baik', () => {
    expect(broken('SANGAT_KURANG', { SANGAT_KURANG: 8, KURANG: 1, SANGAT_BAIK: 1 })).toEqual([
      'at most 0 of 10 may be Sangat Baik (0%); 1 given',
    ]);
  });

  it('is broken one below each minimum', () => {
    expect(broken('SANGAT_KURANG', { SANGAT_KURANG: 5, BAIK: 5 })).toEqual([
      'at least 6 of 10 must be Sangat Kurang (60%); 5 given',
      'at least 1 of 10 must be Kurang/Misconduct or Butuh Perbaikan (10%); 0 given',
    ]);
  });

  it('caps the minimums of a tiny unit at the people there are', () => {
    // 60% of 1 needs 1, 10% of 1 would need another: it asks for nobody.
    expect(broken('SANGAT_KURANG', { SANGAT_KURANG: 1 })).toEqual([]);
    expect(distributionLimits('SANGAT_KURANG', { SANGAT_KURANG: 2 }).map((l) => l.count)).toEqual([2, 0, 0]);
    expect(distributionLimits('SANGAT_KURANG', { SANGAT_KURANG: 5 }).map((l) => l.count)).toEqual([3, 1, 0]);
  });
});

describe('every organisation predikat and group size has an allowed distribution', () => {
  const filler: Record<OrgPredikat, Predikat> = {
    ISTIMEWA: 'BAIK',
    BAIK: 'BUTUH_PERBAIKAN',
    BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
    KURANG: 'KURANG',
    SANGAT_KURANG: 'SANGAT_KURANG',
  };
  it.each(ORG_PREDIKATS)('%s, 1 to 60 employees', (org) => {
    for (let n = 1; n <= 60; n++) {
      const counts: PredikatCounts = {};
      let left = n;
      for (const l of distributionLimits(org, { [filler[org]]: n })) {
        if (l.bound !== 'at-least') continue;
        const p = l.rule.predikats[0]!;
        counts[p] = (counts[p] ?? 0) + l.count;
        left -= l.count;
      }
      counts[filler[org]] = (counts[filler[org]] ?? 0) + left;
      expect(checkDistribution(org, counts).violations, `${org} n=${n}`).toEqual([]);
    }
  });
});

describe('checkDistribution edges', () => {
  it('has nothing to check in an empty group', () => {
    expect(checkDistribution('BAIK', {})).toMatchObject({ total: 0, violations: [] });
  });

  it('refuses counts that are not whole and non-negative, and unknown predikats', () => {
    expect(() => checkDistribution('BAIK', { BAIK: -1 })).toThrow(RangeError);
    expect(() => checkDistribution('BAIK', { BAIK: 1.5 })).toThrow(RangeError);
    expect(() => checkDistribution('BAIK', { HEBAT: 1 } as never)).toThrow(RangeError);
  });

  it('uses a tenant table', () => {
    const table: DistributionTable = {
      ...DEFAULT_DISTRIBUTION_TABLE,
      ISTIMEWA: [{ kind: 'max', predikats: ['SANGAT_BAIK'], percent: 50 }],
    };
    expect(checkDistribution('ISTIMEWA', { SANGAT_BAIK: 6, BAIK: 4 }, table).violations).toHaveLength(1);
  });
});

describe('assertDistribution', () => {
  it('answers 409 naming each cap, the count allowed and the count given', () => {
    try {
      assertDistribution(checkDistribution('BAIK', { BAIK: 8, SANGAT_BAIK: 2 }));
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.status).toBe(409);
      expect(err.type).toBe('conflict');
      expect(err.errors).toEqual([
        { path: 'distribution.0', message: 'at most 7 of 10 may be Baik (70%); 8 given' },
        {
          path: 'distribution.1',
          message: 'at least 1 of 10 must be Butuh Perbaikan or Kurang/Misconduct (at least one); 0 given',
        },
      ]);
      expect(err.detail).toContain('organisation rated Baik');
      expect(err.detail).toContain('Nothing was finalised');
    }
  });

  it('passes a distribution within its caps', () => {
    expect(() => assertDistribution(checkDistribution('BAIK', { BAIK: 7, KURANG: 3 }))).not.toThrow();
  });
});

describe('distributionTableIssues', () => {
  it('finds nothing wrong with the default table', () => {
    expect(distributionTableIssues(DEFAULT_DISTRIBUTION_TABLE)).toEqual([]);
  });

  it('finds a missing row, bad percentages, minimums over 100% and a max below a min', () => {
    const { KURANG: _k, ...rest } = DEFAULT_DISTRIBUTION_TABLE;
    const table = {
      ...rest,
      ISTIMEWA: [{ kind: 'max', predikats: [], percent: 120 }],
      BUTUH_PERBAIKAN: [
        { kind: 'min', predikats: ['BUTUH_PERBAIKAN'], percent: 80 },
        { kind: 'min', predikats: ['KURANG'], percent: 30 },
        { kind: 'max', predikats: ['BUTUH_PERBAIKAN'], percent: 50 },
      ],
    } as unknown as DistributionTable;
    expect(distributionTableIssues(table)).toEqual([
      { path: 'ISTIMEWA.0.predikats', message: 'names no predikat' },
      { path: 'ISTIMEWA.0.percent', message: 'must be 0-100' },
      { path: 'BUTUH_PERBAIKAN', message: 'its minimums add up to 110%, over 100%' },
      { path: 'BUTUH_PERBAIKAN.2.percent', message: 'is below a minimum over the same predikats' },
      { path: 'KURANG', message: 'is missing' },
    ]);
  });
});
