import { describe, expect, it } from 'vitest';
import {
  isLeadershipTraining,
  JP_TARGET_PER_YEAR,
  jpProgress,
  mergeCompetencies,
  TRAINING_TYPES,
  trainingTypeSchema,
} from './training';

describe('mergeCompetencies', () => {
  const current = [
    { code: 'TEK-ANALISIS-DATA', level: 2 },
    { code: 'MNJ-KEPEMIMPINAN', level: 3 },
  ];

  it('raises levels, adds new codes and sorts by code', () => {
    expect(
      mergeCompetencies(current, [
        { code: 'TEK-KEAMANAN-INFORMASI', level: 2 },
        { code: 'TEK-ANALISIS-DATA', level: 3 },
      ]),
    ).toEqual({
      merged: [
        { code: 'MNJ-KEPEMIMPINAN', level: 3 },
        { code: 'TEK-ANALISIS-DATA', level: 3 },
        { code: 'TEK-KEAMANAN-INFORMASI', level: 2 },
      ],
      raised: [
        { code: 'TEK-ANALISIS-DATA', from: 2, to: 3 },
        { code: 'TEK-KEAMANAN-INFORMASI', from: null, to: 2 },
      ],
    });
  });

  it('never lowers a level and does not report an equal one', () => {
    expect(
      mergeCompetencies(current, [
        { code: 'MNJ-KEPEMIMPINAN', level: 1 },
        { code: 'TEK-ANALISIS-DATA', level: 2 },
      ]),
    ).toEqual({
      merged: [
        { code: 'MNJ-KEPEMIMPINAN', level: 3 },
        { code: 'TEK-ANALISIS-DATA', level: 2 },
      ],
      raised: [],
    });
  });

  it('collapses duplicates to their highest level', () => {
    expect(
      mergeCompetencies(
        [
          { code: 'TEK-ANALISIS-DATA', level: 3 },
          { code: 'TEK-ANALISIS-DATA', level: 1 },
        ],
        [
          { code: 'TEK-ANALISIS-DATA', level: 4 },
          { code: 'TEK-ANALISIS-DATA', level: 2 },
        ],
      ),
    ).toEqual({
      merged: [{ code: 'TEK-ANALISIS-DATA', level: 4 }],
      raised: [{ code: 'TEK-ANALISIS-DATA', from: 3, to: 4 }],
    });
  });

  it('handles empty lists and does not mutate its input', () => {
    const snapshot = structuredClone(current);
    expect(mergeCompetencies([], [])).toEqual({ merged: [], raised: [] });
    expect(mergeCompetencies(current, []).merged).toEqual([
      { code: 'MNJ-KEPEMIMPINAN', level: 3 },
      { code: 'TEK-ANALISIS-DATA', level: 2 },
    ]);
    mergeCompetencies(current, [{ code: 'TEK-ANALISIS-DATA', level: 5 }]);
    expect(current).toEqual(snapshot);
  });
});

describe('jpProgress', () => {
  it('defaults to the 20 JP target', () => {
    expect(JP_TARGET_PER_YEAR).toBe(20);
    expect(jpProgress(12)).toEqual({ total: 12, target: 20, remaining: 8, percent: 60, met: false });
  });

  it('is met exactly at the target and caps the percent above it', () => {
    expect(jpProgress(20)).toEqual({ total: 20, target: 20, remaining: 0, percent: 100, met: true });
    expect(jpProgress(56)).toEqual({ total: 56, target: 20, remaining: 0, percent: 100, met: true });
  });

  it('rounds the percent down so it never shows 100 before the target is met', () => {
    expect(jpProgress(19.9).percent).toBe(99);
    expect(jpProgress(19.9).met).toBe(false);
    // 5.8 / 20 in floating point is 0.28999…, which must still read 29.
    expect(jpProgress(5.8).percent).toBe(29);
    expect(jpProgress(7, 24).percent).toBe(29);
  });

  it('takes a tenant target, including none at all', () => {
    expect(jpProgress(30, 40)).toEqual({ total: 30, target: 40, remaining: 10, percent: 75, met: false });
    expect(jpProgress(0, 0)).toEqual({ total: 0, target: 0, remaining: 0, percent: 100, met: true });
    expect(jpProgress(0)).toEqual({ total: 0, target: 20, remaining: 20, percent: 0, met: false });
  });

  it('rejects negative or non-finite values', () => {
    expect(() => jpProgress(-1)).toThrow(RangeError);
    expect(() => jpProgress(Number.NaN)).toThrow(RangeError);
    expect(() => jpProgress(10, -20)).toThrow(RangeError);
    expect(() => jpProgress(10, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('training types', () => {
  it('parses the known types and rejects others', () => {
    expect(TRAINING_TYPES).toEqual(['PKA', 'PKP', 'PIM', 'TEKNIS', 'FUNGSIONAL', 'TI', 'LAINNYA']);
    expect(trainingTypeSchema.parse('TEKNIS')).toBe('TEKNIS');
    expect(trainingTypeSchema.safeParse('DIKLATPIM').success).toBe(false);
  });

  it('marks PKA, PKP and PIM as leadership training', () => {
    expect(TRAINING_TYPES.filter(isLeadershipTraining)).toEqual(['PKA', 'PKP', 'PIM']);
  });
});
