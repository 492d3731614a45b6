import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_GRADE,
  DEFAULT_MIN_RANK,
  type EligibilityPosition,
  type MinimumKey,
  minimumKey,
  rankEligibility,
} from './eligibility';
import { FUNCTIONAL_LEVELS, type FunctionalLevel, type Grade, PPPK_GRADES, RANK_CODES } from './vocabulary';

const kabid: EligibilityPosition = { type: 'ADMINISTRATOR', positionClass: 11 };
const ahli = (functionalLevel: FunctionalLevel): EligibilityPosition => ({
  type: 'FUNGSIONAL',
  functionalLevel,
  positionClass: 9,
});
const positionFor = (key: MinimumKey): EligibilityPosition =>
  (FUNCTIONAL_LEVELS as readonly string[]).includes(key)
    ? ahli(key as FunctionalLevel)
    : { type: key as EligibilityPosition['type'], positionClass: 10 };

describe('default tables', () => {
  it('holds the documented minimum ranks', () => {
    expect(DEFAULT_MIN_RANK).toEqual({
      JPT_UTAMA: 'IV/d',
      JPT_MADYA: 'IV/c',
      JPT_PRATAMA: 'IV/b',
      ADMINISTRATOR: 'III/d',
      PENGAWAS: 'III/b',
      PELAKSANA: 'II/a',
      AHLI_PERTAMA: 'III/a',
      AHLI_MUDA: 'III/c',
      AHLI_MADYA: 'IV/a',
      AHLI_UTAMA: 'IV/d',
      PEMULA: 'II/a',
      TERAMPIL: 'II/c',
      MAHIR: 'III/a',
      PENYELIA: 'III/b',
    });
  });

  it('closes JPT and structural positions to PPPK and sets grades for the rest', () => {
    expect(DEFAULT_MIN_GRADE).toEqual({
      JPT_UTAMA: null,
      JPT_MADYA: null,
      JPT_PRATAMA: null,
      ADMINISTRATOR: null,
      PENGAWAS: null,
      PELAKSANA: 'V',
      AHLI_PERTAMA: 'IX',
      AHLI_MUDA: 'XI',
      AHLI_MADYA: 'XIII',
      AHLI_UTAMA: 'XV',
      PEMULA: 'V',
      TERAMPIL: 'VII',
      MAHIR: 'VIII',
      PENYELIA: 'IX',
    });
  });
});

describe('minimumKey', () => {
  it('uses the position type, or the functional level for FUNGSIONAL', () => {
    expect(minimumKey({ type: 'PENGAWAS' })).toBe('PENGAWAS');
    expect(minimumKey({ type: 'FUNGSIONAL', functionalLevel: 'MAHIR' })).toBe('MAHIR');
    expect(minimumKey({ type: 'FUNGSIONAL', functionalLevel: null })).toBeNull();
  });
});

describe('rankEligibility for PNS and CPNS', () => {
  it('is eligible exactly at the minimum', () => {
    expect(rankEligibility(kabid, { employmentType: 'PNS', rank: 'III/d' })).toEqual({
      eligible: true,
      score: 1,
      required: 'III/d',
      actual: 'III/d',
      detail: 'III/d meets minimum rank III/d',
    });
  });

  it('is eligible above the minimum without extra credit', () => {
    const r = rankEligibility(kabid, { employmentType: 'PNS', rank: 'IV/b' });
    expect(r.eligible).toBe(true);
    expect(r.score).toBe(1);
  });

  it('gives 0.25 less credit per step below and is not eligible', () => {
    expect(rankEligibility(kabid, { employmentType: 'PNS', rank: 'III/c' })).toMatchObject({
      eligible: false,
      score: 0.75,
      detail: 'III/c is 1 step below minimum rank III/d',
    });
    expect(rankEligibility(kabid, { employmentType: 'PNS', rank: 'III/b' })).toMatchObject({
      eligible: false,
      score: 0.5,
      detail: 'III/b is 2 steps below minimum rank III/d',
    });
  });

  it('floors the credit at 0 far below the minimum', () => {
    const r = rankEligibility(
      { type: 'JPT_PRATAMA', positionClass: 14 },
      { employmentType: 'PNS', rank: 'II/a' },
    );
    expect(r).toMatchObject({ eligible: false, score: 0, required: 'IV/b', actual: 'II/a' });
    // Four steps below is also exactly 0, not negative.
    expect(rankEligibility(kabid, { employmentType: 'PNS', rank: 'II/d' }).score).toBe(0);
  });

  it('counts a CPNS by rank like a PNS', () => {
    expect(rankEligibility(ahli('AHLI_PERTAMA'), { employmentType: 'CPNS', rank: 'III/a' })).toMatchObject({
      eligible: true,
      score: 1,
      required: 'III/a',
    });
    expect(rankEligibility(ahli('AHLI_MUDA'), { employmentType: 'CPNS', rank: 'III/b' }).score).toBe(0.75);
  });

  it('uses the functional level for FUNGSIONAL positions', () => {
    expect(rankEligibility(ahli('AHLI_MADYA'), { employmentType: 'PNS', rank: 'III/d' })).toMatchObject({
      eligible: false,
      score: 0.75,
      required: 'IV/a',
    });
    expect(rankEligibility(ahli('TERAMPIL'), { employmentType: 'PNS', rank: 'II/c' }).eligible).toBe(true);
  });

  it('is not eligible for a FUNGSIONAL position without a level', () => {
    expect(
      rankEligibility({ type: 'FUNGSIONAL', positionClass: 8 }, { employmentType: 'PNS', rank: 'IV/e' }),
    ).toEqual({
      eligible: false,
      score: 0,
      required: null,
      actual: null,
      detail: 'Functional level not set',
    });
  });

  it('is not eligible without a recorded rank, even with a grade', () => {
    expect(rankEligibility(kabid, { employmentType: 'PNS', grade: 'XV' })).toEqual({
      eligible: false,
      score: 0,
      required: 'III/d',
      actual: null,
      detail: 'Rank not recorded',
    });
  });

  it('accepts every key at its minimum and gives 0.75 one step below', () => {
    for (const [key, min] of Object.entries(DEFAULT_MIN_RANK) as [
      MinimumKey,
      (typeof RANK_CODES)[number],
    ][]) {
      const position = positionFor(key);
      expect(rankEligibility(position, { employmentType: 'PNS', rank: min }).eligible, key).toBe(true);
      const below = RANK_CODES[RANK_CODES.indexOf(min) - 1]!;
      expect(rankEligibility(position, { employmentType: 'PNS', rank: below }).score, key).toBe(0.75);
    }
  });
});

describe('rankEligibility for PPPK', () => {
  it('compares the grade', () => {
    expect(rankEligibility(ahli('AHLI_PERTAMA'), { employmentType: 'PPPK', grade: 'IX' })).toEqual({
      eligible: true,
      score: 1,
      required: 'IX',
      actual: 'IX',
      detail: 'IX meets minimum grade IX',
    });
    expect(rankEligibility(ahli('AHLI_PERTAMA'), { employmentType: 'PPPK', grade: 'VII' })).toMatchObject({
      eligible: false,
      score: 0.5,
      detail: 'VII is 2 steps below minimum grade IX',
    });
  });

  it('is not eligible for positions closed to PPPK, whatever the grade', () => {
    for (const type of ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] as const) {
      expect(rankEligibility({ type, positionClass: 12 }, { employmentType: 'PPPK', grade: 'XVII' })).toEqual(
        {
          eligible: false,
          score: 0,
          required: null,
          actual: 'XVII',
          detail: `${type} is not open to PPPK`,
        },
      );
    }
  });

  it('ignores a rank and needs a grade', () => {
    expect(
      rankEligibility({ type: 'PELAKSANA', positionClass: 5 }, { employmentType: 'PPPK', rank: 'IV/a' }),
    ).toEqual({ eligible: false, score: 0, required: 'V', actual: null, detail: 'Grade not recorded' });
  });

  it('accepts every open key at its minimum grade and gives 0.75 one step below', () => {
    for (const [key, min] of Object.entries(DEFAULT_MIN_GRADE) as [MinimumKey, Grade | null][]) {
      if (!min) continue;
      const position = positionFor(key);
      expect(rankEligibility(position, { employmentType: 'PPPK', grade: min }).eligible, key).toBe(true);
      const below = PPPK_GRADES[PPPK_GRADES.indexOf(min) - 1]!;
      expect(rankEligibility(position, { employmentType: 'PPPK', grade: below }).score, key).toBe(0.75);
    }
  });
});

describe('tenant overrides', () => {
  it('uses the tables passed in place of the defaults', () => {
    const tables = {
      minRank: { ...DEFAULT_MIN_RANK, ADMINISTRATOR: 'III/c' as const },
      minGrade: { ...DEFAULT_MIN_GRADE, ADMINISTRATOR: 'XI' as const },
    };
    expect(rankEligibility(kabid, { employmentType: 'PNS', rank: 'III/c' }, tables).eligible).toBe(true);
    expect(rankEligibility(kabid, { employmentType: 'PPPK', grade: 'XI' }, tables)).toMatchObject({
      eligible: true,
      required: 'XI',
    });
  });
});
