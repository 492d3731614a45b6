import { describe, expect, it } from 'vitest';
import { AGE_BANDS, addYears, ageBand, ageOn, bupAge, fullYearsBetween, retirementDate } from './retirement';
import { FUNCTIONAL_LEVELS, type FunctionalLevel, type PositionType } from './vocabulary';

describe('bupAge (PP 11/2017)', () => {
  it.each<[PositionType, number]>([
    ['ADMINISTRATOR', 58],
    ['PENGAWAS', 58],
    ['PELAKSANA', 58],
    ['JPT_UTAMA', 60],
    ['JPT_MADYA', 60],
    ['JPT_PRATAMA', 60],
  ])('%s retires at %i', (positionType, age) => {
    expect(bupAge(positionType)).toBe(age);
    expect(bupAge(positionType, null)).toBe(age);
  });

  it.each<[FunctionalLevel, number]>([
    ['AHLI_PERTAMA', 58],
    ['AHLI_MUDA', 58],
    ['AHLI_MADYA', 60],
    ['AHLI_UTAMA', 65],
    ['PEMULA', 58],
    ['TERAMPIL', 58],
    ['MAHIR', 58],
    ['PENYELIA', 58],
  ])('FUNGSIONAL %s retires at %i', (level, age) => {
    expect(bupAge('FUNGSIONAL', level)).toBe(age);
  });

  it('defaults to 58 without a position, or FUNGSIONAL without a level', () => {
    expect(bupAge()).toBe(58);
    expect(bupAge(null, null)).toBe(58);
    expect(bupAge('FUNGSIONAL')).toBe(58);
    expect(bupAge('FUNGSIONAL', null)).toBe(58);
  });

  it('ignores a functional level on a structural position or without a position', () => {
    expect(bupAge('PELAKSANA', 'AHLI_UTAMA')).toBe(58);
    expect(bupAge('JPT_PRATAMA', 'AHLI_UTAMA')).toBe(60);
    for (const level of FUNCTIONAL_LEVELS) expect(bupAge(null, level)).toBe(58);
  });
});

describe('retirementDate', () => {
  it('is the first day of the month after the BUP birthday', () => {
    expect(retirementDate('1966-05-15', 58)).toBe('2024-06-01');
    expect(retirementDate('1966-05-31', 58)).toBe('2024-06-01');
    expect(retirementDate('1960-03-10', 65)).toBe('2025-04-01');
  });

  it('rolls over the year for a December birthday', () => {
    expect(retirementDate('1966-12-20', 58)).toBe('2025-01-01');
    expect(retirementDate('1966-12-31', 60)).toBe('2027-01-01');
  });

  it('is the next month even for someone born on the 1st', () => {
    expect(retirementDate('1966-05-01', 58)).toBe('2024-06-01');
    expect(retirementDate('1966-01-01', 58)).toBe('2024-02-01');
  });

  it('handles a 29 February birth in leap and non-leap BUP years', () => {
    expect(retirementDate('1964-02-29', 60)).toBe('2024-03-01'); // birthday 2024-02-29
    expect(retirementDate('1964-02-29', 58)).toBe('2022-03-01'); // birthday 2022-02-28
    expect(retirementDate('1965-02-28', 58)).toBe('2023-03-01');
  });

  it('refuses malformed input', () => {
    expect(() => retirementDate('1965-02-29', 58)).toThrow(RangeError);
    expect(() => retirementDate('1966/05/15', 58)).toThrow(RangeError);
    expect(() => retirementDate('1966-05-15', 58.5)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('adds whole years', () => {
    expect(addYears('2015-05-01', 4)).toBe('2019-05-01');
    expect(addYears('2015-05-01', -4)).toBe('2011-05-01');
    expect(addYears('2015-05-01', 0)).toBe('2015-05-01');
  });

  it('turns 29 February into 28 February in a non-leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('1996-02-29', 4)).toBe('2000-02-29');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
  });

  it('refuses malformed dates and fractional years', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-4-1', '', 'x']) {
      expect(() => addYears(bad, 1)).toThrow(RangeError);
    }
    expect(() => addYears('2023-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('fullYearsBetween', () => {
  it('counts completed years', () => {
    expect(fullYearsBetween('2015-05-01', '2019-04-30')).toBe(3);
    expect(fullYearsBetween('2015-05-01', '2019-05-01')).toBe(4);
    expect(fullYearsBetween('2015-05-01', '2019-12-31')).toBe(4);
    expect(fullYearsBetween('2015-05-01', '2015-05-01')).toBe(0);
  });

  it('is 0, never negative, when to is before from', () => {
    expect(fullYearsBetween('2019-05-01', '2015-05-01')).toBe(0);
    expect(fullYearsBetween('2019-05-01', '2019-04-30')).toBe(0);
  });

  it('completes a year from 29 February on 28 February of a non-leap year', () => {
    expect(fullYearsBetween('2020-02-29', '2021-02-27')).toBe(0);
    expect(fullYearsBetween('2020-02-29', '2021-02-28')).toBe(1);
    expect(fullYearsBetween('2020-02-29', '2024-02-28')).toBe(3);
    expect(fullYearsBetween('2020-02-29', '2024-02-29')).toBe(4);
  });
});

describe('ageOn', () => {
  it('is the age in completed years', () => {
    expect(ageOn('1986-09-26', '2026-09-25')).toBe(39);
    expect(ageOn('1986-09-26', '2026-09-26')).toBe(40);
    expect(ageOn('1986-09-26', '2026-01-01')).toBe(39);
  });

  it('ages a 29 February birth on 28 February in a non-leap year', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
  });

  it('is 0 before birth', () => {
    expect(ageOn('2000-01-01', '1999-12-31')).toBe(0);
  });
});

describe('ageBand', () => {
  it.each([
    ['2001-06-16', '<25'], // 24 on the day before the 25th birthday
    ['2001-06-15', '25-34'],
    ['1991-06-16', '25-34'],
    ['1991-06-15', '35-44'],
    ['1981-06-15', '45-54'],
    ['1971-06-16', '45-54'],
    ['1971-06-15', '55+'],
    ['1950-01-01', '55+'],
  ])('born %s is %s on 2026-06-15', (birthDate, band) => {
    expect(ageBand(birthDate, '2026-06-15')).toBe(band);
  });

  it('only returns listed bands', () => {
    expect(AGE_BANDS).toEqual(['<25', '25-34', '35-44', '45-54', '55+']);
    expect(AGE_BANDS).toContain(ageBand('2026-06-15', '2026-06-15'));
  });
});
