import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  assessmentOutcome,
  DEFAULT_PREDIKAT_MATRIX,
  DEFAULT_UNIT_HEAD_HASIL_KERJA,
  matrixMonotonicityIssues,
  ORG_PREDIKATS,
  type PredikatMatrix,
  predikatOf,
  RATINGS,
  type Rating,
  unitHeadHasilKerja,
} from './predikat';

describe('predikat matrix (ASN-RULES §4)', () => {
  const cells: [Rating, Rating, string][] = [
    ['above', 'above', 'SANGAT_BAIK'],
    ['above', 'meets', 'BAIK'],
    ['above', 'below', 'KURANG'],
    ['meets', 'above', 'BAIK'],
    ['meets', 'meets', 'BAIK'],
    ['meets', 'below', 'KURANG'],
    ['below', 'above', 'BUTUH_PERBAIKAN'],
    ['below', 'meets', 'BUTUH_PERBAIKAN'],
    ['below', 'below', 'SANGAT_KURANG'],
  ];
  it.each(cells)('hasil kerja %s × perilaku %s is %s', (h, p, want) => {
    expect(predikatOf(h, p)).toBe(want);
  });

  it('covers all nine cells and is monotone', () => {
    expect(cells).toHaveLength(RATINGS.length ** 2);
    expect(matrixMonotonicityIssues(DEFAULT_PREDIKAT_MATRIX)).toEqual([]);
  });

  it('uses a tenant matrix when given', () => {
    const strict: PredikatMatrix = {
      ...DEFAULT_PREDIKAT_MATRIX,
      meets: { above: 'BAIK', meets: 'BAIK', below: 'SANGAT_KURANG' },
    };
    expect(predikatOf('meets', 'below', strict)).toBe('SANGAT_KURANG');
  });

  it('finds cells where a better rating gives a worse predikat', () => {
    const bad: PredikatMatrix = {
      ...DEFAULT_PREDIKAT_MATRIX,
      above: { above: 'SANGAT_BAIK', meets: 'BUTUH_PERBAIKAN', below: 'KURANG' },
    };
    // above.meets (Butuh Perbaikan) is worse than meets.meets (Baik), one hasil-kerja rating lower.
    expect(matrixMonotonicityIssues(bad)).toEqual(['above.meets']);
  });
});

describe('unit head hasil kerja from the unit rating', () => {
  it('maps Istimewa above, Baik meets, the rest below', () => {
    expect(ORG_PREDIKATS.map((o) => unitHeadHasilKerja(o))).toEqual([
      'above',
      'meets',
      'below',
      'below',
      'below',
    ]);
    expect(DEFAULT_UNIT_HEAD_HASIL_KERJA.ISTIMEWA).toBe('above');
  });

  it('overrides what the appraiser typed for a unit head', () => {
    expect(
      assessmentOutcome({ hasilKerja: 'below', perilaku: 'above', headOf: { orgPredikat: 'ISTIMEWA' } }),
    ).toEqual({
      hasilKerja: 'above',
      perilaku: 'above',
      predikat: 'SANGAT_BAIK',
      hasilKerjaFrom: 'organisation',
    });
    expect(
      assessmentOutcome({ hasilKerja: 'above', perilaku: 'meets', headOf: { orgPredikat: 'KURANG' } })
        .predikat,
    ).toBe('BUTUH_PERBAIKAN');
  });

  it("keeps the appraiser's rating for staff", () => {
    expect(assessmentOutcome({ hasilKerja: 'meets', perilaku: 'below' })).toEqual({
      hasilKerja: 'meets',
      perilaku: 'below',
      predikat: 'KURANG',
      hasilKerjaFrom: 'appraiser',
    });
  });

  it('refuses a unit head whose unit is not rated yet (409)', () => {
    try {
      assessmentOutcome({ hasilKerja: 'meets', perilaku: 'meets', headOf: { orgPredikat: null } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(409);
    }
  });

  it('uses a tenant mapping', () => {
    const mapping = { ...DEFAULT_UNIT_HEAD_HASIL_KERJA, BAIK: 'above' as const };
    expect(
      assessmentOutcome(
        { hasilKerja: 'meets', perilaku: 'above', headOf: { orgPredikat: 'BAIK' } },
        { unitHeadMapping: mapping },
      ).predikat,
    ).toBe('SANGAT_BAIK');
  });
});
