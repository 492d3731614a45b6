import { describe, expect, it } from 'vitest';
import { gradeOf } from '../survey/ikm';
import {
  assertRealisationTypable,
  DEFAULT_IKM_PREDIKAT_MAPPING,
  DEFAULT_IKM_TARGET,
  evaluateUnitIkm,
  ikmHasilKerjaItem,
  ikmRealisation,
  orgRatingChoiceIssues,
  surveyPeriodIdOf,
} from './ikm-evaluation';

describe('IKM grade to organisation predikat', () => {
  it.each([
    [88.31, 'A', 'ISTIMEWA'],
    [88.3, 'B', 'BAIK'],
    [76.61, 'B', 'BAIK'],
    [76.6, 'C', 'BUTUH_PERBAIKAN'],
    [65, 'C', 'BUTUH_PERBAIKAN'],
    [64.99, 'D', 'KURANG'],
  ])('IKM %s (grade %s) suggests %s with a full sample', (ikm, grade, predikat) => {
    expect(evaluateUnitIkm({ ikm, respondents: 400, population: 5000 })).toEqual({
      ikm,
      grade,
      respondents: 400,
      minimumSample: 357,
      indicative: false,
      suggestedPredikat: predikat,
    });
  });

  it('suggests nothing below the Krejcie-Morgan minimum (indicative)', () => {
    // 1000 service users need 278 respondents.
    expect(evaluateUnitIkm({ ikm: 90, respondents: 277, population: 1000 })).toMatchObject({
      grade: 'A',
      minimumSample: 278,
      indicative: true,
      suggestedPredikat: null,
    });
    expect(evaluateUnitIkm({ ikm: 90, respondents: 278, population: 1000 }).suggestedPredikat).toBe(
      'ISTIMEWA',
    );
  });

  it('treats an unknown population or a missing IKM as indicative', () => {
    expect(evaluateUnitIkm({ ikm: 90, respondents: 500, population: null })).toMatchObject({
      minimumSample: null,
      indicative: true,
      suggestedPredikat: null,
    });
    expect(evaluateUnitIkm({ ikm: null, respondents: 0, population: 100 })).toMatchObject({
      grade: null,
      indicative: true,
      suggestedPredikat: null,
    });
  });

  it('uses the tenant mapping', () => {
    const mapping = { ...DEFAULT_IKM_PREDIKAT_MAPPING, D: 'SANGAT_KURANG' as const };
    expect(evaluateUnitIkm({ ikm: 50, respondents: 10, population: 10 }, mapping).suggestedPredikat).toBe(
      'SANGAT_KURANG',
    );
  });
});

describe('choosing another predikat than the suggestion', () => {
  it('needs a written reason', () => {
    expect(orgRatingChoiceIssues({ suggested: 'BAIK', chosen: 'ISTIMEWA' })).toEqual([
      { path: 'reason', message: 'is required when the predikat differs from the one the IKM suggests' },
    ]);
    expect(orgRatingChoiceIssues({ suggested: 'BAIK', chosen: 'ISTIMEWA', reason: '  ' })).toHaveLength(1);
    expect(
      orgRatingChoiceIssues({ suggested: 'BAIK', chosen: 'ISTIMEWA', reason: 'Capaian PK 120%' }),
    ).toEqual([]);
  });
  it('needs none when following it or when there is none', () => {
    expect(orgRatingChoiceIssues({ suggested: 'BAIK', chosen: 'BAIK' })).toEqual([]);
    expect(orgRatingChoiceIssues({ suggested: null, chosen: 'KURANG' })).toEqual([]);
  });
});

describe("the unit head's IKM item", () => {
  const item = ikmHasilKerjaItem({ id: 'ikm-1', target: 82.5 });

  it('is an automatic item with the IKM as its target', () => {
    expect(item).toEqual({
      id: 'ikm-1',
      text: 'IKM unit ≥ 82.5',
      indicators: [
        {
          text: 'Indeks Kepuasan Masyarakat unit layanan',
          target: { kind: 'quality', value: 82.5, unit: 'IKM' },
        },
      ],
      parentItemId: null,
      expectation: null,
      source: 'ikm',
    });
    expect(() => ikmHasilKerjaItem({ id: 'x', target: 20 })).toThrow(RangeError);
  });

  it('takes its realisation from the counters, met at the target exactly', () => {
    expect(ikmRealisation(item, evaluateUnitIkm({ ikm: 82.5, respondents: 300, population: 1000 }))).toEqual({
      itemId: 'ikm-1',
      value: 82.5,
      grade: 'B',
      indicative: false,
      met: true,
    });
    expect(
      ikmRealisation(item, evaluateUnitIkm({ ikm: 82.49, respondents: 10, population: 1000 })),
    ).toMatchObject({
      met: false,
      indicative: true,
    });
    expect(
      ikmRealisation(item, evaluateUnitIkm({ ikm: null, respondents: 0, population: 1000 })).met,
    ).toBeNull();
  });

  it('is never typed', () => {
    expect(() => assertRealisationTypable(item)).toThrow(/survey counters/);
    expect(() => assertRealisationTypable({ source: 'cascade' })).not.toThrow();
    expect(() =>
      ikmRealisation(
        { ...item, source: 'manual' },
        evaluateUnitIkm({ ikm: 80, respondents: 1, population: 1 }),
      ),
    ).toThrow();
  });
});

describe('surveyPeriodIdOf', () => {
  it('names the survey period that covers exactly the months of a performance period', () => {
    expect(surveyPeriodIdOf({ start: '2026-01', end: '2026-12' })).toBe('2026');
    expect(surveyPeriodIdOf({ start: '2026-07', end: '2026-12' })).toBe('2026-S2');
    expect(surveyPeriodIdOf({ start: '2026-04', end: '2026-06' })).toBe('2026-Q2');
    expect(surveyPeriodIdOf({ start: '2026-05', end: '2026-05' })).toBe('2026-05');
  });

  it('is null when no survey period matches, so the minimum sample is unknown', () => {
    // A performance year that starts in April, and periods that straddle a quarter or a year.
    expect(surveyPeriodIdOf({ start: '2026-04', end: '2027-03' })).toBeNull();
    expect(surveyPeriodIdOf({ start: '2026-02', end: '2026-04' })).toBeNull();
    expect(surveyPeriodIdOf({ start: '2026-01', end: '2026-05' })).toBeNull();
  });

  it('keeps the default IKM target at the lower bound of grade B', () => {
    expect(gradeOf(DEFAULT_IKM_TARGET).grade).toBe('B');
    expect(gradeOf(DEFAULT_IKM_TARGET - 0.01).grade).toBe('C');
  });
});
