import { describe, expect, it } from 'vitest';
import { POSITION_LEVEL, positionLevel, stepDownOf } from './position-level';
import { FUNCTIONAL_LEVELS, POSITION_TYPES } from './vocabulary';

describe('positionLevel', () => {
  it('places every position type and jenjang on the scale', () => {
    for (const t of POSITION_TYPES.filter((x) => x !== 'FUNGSIONAL'))
      expect(positionLevel({ type: t }), t).toBeGreaterThan(0);
    for (const l of FUNCTIONAL_LEVELS)
      expect(positionLevel({ type: 'FUNGSIONAL', functionalLevel: l }), l).toBe(POSITION_LEVEL[l]);
  });

  it('orders structural positions by eselon and each functional track by jenjang', () => {
    const order = (keys: string[]) => keys.map((k) => POSITION_LEVEL[k as keyof typeof POSITION_LEVEL]);
    const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
    expect(
      ascending(order(['PELAKSANA', 'PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA'])),
    ).toBe(true);
    expect(ascending(order(['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA']))).toBe(true);
    expect(ascending(order(['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA']))).toBe(true);
  });

  it('puts pengawas with ahli muda and administrator with ahli madya (penyetaraan jabatan)', () => {
    expect(POSITION_LEVEL.PENGAWAS).toBe(POSITION_LEVEL.AHLI_MUDA);
    expect(POSITION_LEVEL.ADMINISTRATOR).toBe(POSITION_LEVEL.AHLI_MADYA);
  });

  it('is null for a functional position without a jenjang', () => {
    expect(positionLevel({ type: 'FUNGSIONAL' })).toBeNull();
    expect(positionLevel({ type: 'FUNGSIONAL', functionalLevel: null })).toBeNull();
  });
});

describe('stepDownOf', () => {
  it('a Kepala Dinas (JPT pratama) heading a Puskesmas (pengawas) steps down', () => {
    expect(stepDownOf({ type: 'PENGAWAS' }, { type: 'JPT_PRATAMA' })).toEqual({
      stepDown: true,
      reason: 'step down: current position JPT_PRATAMA is a higher level than PENGAWAS (2 steps lower)',
    });
  });

  it('compares jenjang within a functional track', () => {
    expect(
      stepDownOf(
        { type: 'FUNGSIONAL', functionalLevel: 'AHLI_PERTAMA' },
        { type: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA' },
      ),
    ).toEqual({
      stepDown: true,
      reason: 'step down: current position AHLI_MUDA is a higher jenjang than AHLI_PERTAMA (1 step lower)',
    });
    expect(
      stepDownOf(
        { type: 'FUNGSIONAL', functionalLevel: 'MAHIR' },
        { type: 'FUNGSIONAL', functionalLevel: 'TERAMPIL' },
      ).stepDown,
    ).toBe(false);
  });

  it('an equal level or a step up is not a step down, across types too', () => {
    expect(stepDownOf({ type: 'PENGAWAS' }, { type: 'PENGAWAS' }).stepDown).toBe(false);
    expect(stepDownOf({ type: 'ADMINISTRATOR' }, { type: 'PENGAWAS' }).stepDown).toBe(false);
    expect(stepDownOf({ type: 'PENGAWAS' }, { type: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA' })).toEqual({
      stepDown: false,
      reason: null,
    });
    expect(
      stepDownOf({ type: 'FUNGSIONAL', functionalLevel: 'AHLI_MADYA' }, { type: 'ADMINISTRATOR' }).stepDown,
    ).toBe(false);
  });

  it('across types: an administrator to an ahli muda post, an ahli pertama to a pelaksana post', () => {
    expect(
      stepDownOf({ type: 'FUNGSIONAL', functionalLevel: 'AHLI_MUDA' }, { type: 'ADMINISTRATOR' }).stepDown,
    ).toBe(true);
    expect(
      stepDownOf({ type: 'PELAKSANA' }, { type: 'FUNGSIONAL', functionalLevel: 'AHLI_PERTAMA' }).reason,
    ).toBe('step down: current position AHLI_PERTAMA is a higher level than PELAKSANA (2 steps lower)');
  });

  it('claims nothing without a current position or with an unknown jenjang', () => {
    expect(stepDownOf({ type: 'PELAKSANA' }, null).stepDown).toBe(false);
    expect(stepDownOf({ type: 'PELAKSANA' }, undefined).stepDown).toBe(false);
    expect(stepDownOf({ type: 'PELAKSANA' }, { type: 'FUNGSIONAL' }).stepDown).toBe(false);
    expect(stepDownOf({ type: 'FUNGSIONAL' }, { type: 'JPT_UTAMA' }).stepDown).toBe(false);
  });
});
