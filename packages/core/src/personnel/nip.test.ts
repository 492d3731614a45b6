import { describe, expect, it } from 'vitest';
import { checkNiPppk, checkNip, maskNip, parseNip } from './nip';

const EXAMPLE = '198609262015051001';

describe('parseNip', () => {
  it('decodes the reference example (ASN-RULES §1)', () => {
    expect(parseNip(EXAMPLE)).toEqual({
      birthDate: '1986-09-26',
      tmtCpnsMonth: '2015-05',
      gender: 'L',
      sequence: 1,
    });
  });

  it('decodes a female NIP with sequence 999', () => {
    expect(parseNip('199002292015052999')).toBeNull(); // 1990 is not a leap year
    expect(parseNip('199202292015052999')).toEqual({
      birthDate: '1992-02-29',
      tmtCpnsMonth: '2015-05',
      gender: 'P',
      sequence: 999,
    });
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['a letter', '19860926201505100A'],
    ['spaces', '19860926 201505 1 001'],
    ['an empty string', ''],
    ['an impossible birth date', '198602312015051001'],
    ['TMT month 13', '198609262015131001'],
    ['TMT month 00', '198609262015001001'],
    ['gender digit 3', '198609262015053001'],
    ['sequence 000', '198609262015051000'],
  ])('returns null for %s', (_, nip) => {
    expect(parseNip(nip)).toBeNull();
  });

  it('leaves the age-at-appointment rule to checkNip', () => {
    expect(parseNip('198609262000051001')?.tmtCpnsMonth).toBe('2000-05');
  });
});

describe('checkNip', () => {
  it('accepts the reference example with matching employee fields', () => {
    expect(checkNip(EXAMPLE)).toEqual([]);
    expect(
      checkNip(EXAMPLE, { birthDate: '1986-09-26', gender: 'L', tmtCpns: '2015-05-01', today: '2026-01-15' }),
    ).toEqual([]);
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['non-digit characters', '1986-09-26-2015051'],
    ['a trailing space', `${EXAMPLE.slice(0, 17)} `],
  ])('rejects %s with a single length message', (_, nip) => {
    expect(checkNip(nip)).toEqual(['must be 18 digits']);
  });

  it('rejects a birth date that is not on the calendar', () => {
    expect(checkNip('198602312015051001')).toEqual(['digits 1-8 (birth date) 19860231 are not a real date']);
    expect(checkNip('198613012015051001')).toEqual(['digits 1-8 (birth date) 19861301 are not a real date']);
    expect(checkNip('198609002015051001')).toEqual(['digits 1-8 (birth date) 19860900 are not a real date']);
    expect(checkNip('198604312015051001')).toEqual(['digits 1-8 (birth date) 19860431 are not a real date']);
  });

  it('accepts 29 February only in leap years, century rule included', () => {
    expect(checkNip('198802292010011001')).toEqual([]);
    expect(checkNip('200002292020011001')).toEqual([]);
    expect(checkNip('198702292010011001')).toEqual(['digits 1-8 (birth date) 19870229 are not a real date']);
    expect(checkNip('190002292010011001')).toEqual(['digits 1-8 (birth date) 19000229 are not a real date']);
  });

  it('rejects a TMT CPNS month outside 01-12', () => {
    expect(checkNip('198609262015131001')).toEqual(['digits 13-14 (TMT CPNS month) are 13, not 01-12']);
    expect(checkNip('198609262015001001')).toEqual(['digits 13-14 (TMT CPNS month) are 00, not 01-12']);
  });

  it('rejects an appointment less than 18 years after birth', () => {
    expect(checkNip('198609262000051001')).toEqual([
      'digits 9-14 (TMT CPNS) 200005 are less than 18 years after the birth date 1986-09-26',
    ]);
    expect(checkNip('198609262004081001')).toEqual([
      'digits 9-14 (TMT CPNS) 200408 are less than 18 years after the birth date 1986-09-26',
    ]);
  });

  it('accepts an appointment exactly 18 years after birth, in the birth month', () => {
    expect(checkNip('198609262004091001')).toEqual([]);
    expect(checkNip('198612312004121001')).toEqual([]);
    expect(checkNip('198601012004011001')).toEqual([]);
    expect(checkNip('198601012003121001')).toHaveLength(1);
  });

  it('skips the 18-year rule when a part it needs is already wrong', () => {
    expect(checkNip('198602312000051001')).toEqual(['digits 1-8 (birth date) 19860231 are not a real date']);
    expect(checkNip('198609262000131001')).toEqual(['digits 13-14 (TMT CPNS month) are 13, not 01-12']);
  });

  it('rejects a gender digit other than 1 or 2', () => {
    expect(checkNip('198609262015053001')).toEqual(['digit 15 (gender) is 3, not 1 or 2']);
    expect(checkNip('198609262015050001')).toEqual(['digit 15 (gender) is 0, not 1 or 2']);
    expect(checkNip('198609262015053001', { gender: 'L' })).toEqual(['digit 15 (gender) is 3, not 1 or 2']);
  });

  it('rejects sequence 000 and accepts 001 and 999', () => {
    expect(checkNip('198609262015051000')).toEqual(['digits 16-18 (sequence) are 000, not 001-999']);
    expect(checkNip('198609262015051001')).toEqual([]);
    expect(checkNip('198609262015051999')).toEqual([]);
  });

  it('reports a gender that disagrees with the employee', () => {
    expect(checkNip('198609262015052001', { gender: 'L' })).toEqual([
      'digit 15 (gender) is 2 but gender is L',
    ]);
    expect(checkNip(EXAMPLE, { gender: 'P' })).toEqual(['digit 15 (gender) is 1 but gender is P']);
    expect(checkNip('198609262015052001', { gender: 'P' })).toEqual([]);
  });

  it('reports a birth date that disagrees with the employee', () => {
    expect(checkNip(EXAMPLE, { birthDate: '1987-01-01' })).toEqual([
      'digits 1-8 (birth date) are 19860926 but birthDate is 1987-01-01',
    ]);
  });

  it('reports both an impossible birth date and the employee date it was probably meant to be', () => {
    expect(checkNip('198602312015051001', { birthDate: '1986-02-21' })).toEqual([
      'digits 1-8 (birth date) 19860231 are not a real date',
      'digits 1-8 (birth date) are 19860231 but birthDate is 1986-02-21',
    ]);
  });

  it('compares TMT CPNS by year and month only', () => {
    expect(checkNip(EXAMPLE, { tmtCpns: '2015-05-31' })).toEqual([]);
    expect(checkNip(EXAMPLE, { tmtCpns: '2016-03-01' })).toEqual([
      'digits 9-14 (TMT CPNS) are 201505 but tmtCpns is 2016-03-01',
    ]);
    expect(checkNip(EXAMPLE, { tmtCpns: '2015-06-01' })).toEqual([
      'digits 9-14 (TMT CPNS) are 201505 but tmtCpns is 2015-06-01',
    ]);
  });

  it('flags a future TMT CPNS only when today is given', () => {
    const future = '198609262030011001';
    expect(checkNip(future)).toEqual([]);
    expect(checkNip(future, { today: '2026-03-10' })).toEqual([
      'digits 9-14 (TMT CPNS) 203001 are in the future (today is 2026-03-10)',
    ]);
    expect(checkNip('198609262026031001', { today: '2026-03-01' })).toEqual([]);
    expect(checkNip('198609262026041001', { today: '2026-03-31' })).toHaveLength(1);
  });

  it('lists every problem at once', () => {
    expect(
      checkNip('198609262000133000', { birthDate: '1986-09-27', gender: 'P', tmtCpns: '2015-05-01' }),
    ).toEqual([
      'digits 1-8 (birth date) are 19860926 but birthDate is 1986-09-27',
      'digits 13-14 (TMT CPNS month) are 13, not 01-12',
      'digits 9-14 (TMT CPNS) are 200013 but tmtCpns is 2015-05-01',
      'digit 15 (gender) is 3, not 1 or 2',
      'digits 16-18 (sequence) are 000, not 001-999',
    ]);
  });
});

describe('checkNiPppk', () => {
  it('accepts 18 digits starting with a real birth date', () => {
    expect(checkNiPppk('199001012022121001')).toEqual([]);
    expect(checkNiPppk('199001012022121001', '1990-01-01')).toEqual([]);
  });

  it('does not apply the NIP layout after the birth date, whose widths are unconfirmed', () => {
    expect(checkNiPppk('199001019999999000')).toEqual([]);
  });

  it.each([
    ['17 digits', '19900101202212100'],
    ['19 digits', '1990010120221210011'],
    ['a letter', '19900101202212100X'],
  ])('rejects %s', (_, ni) => {
    expect(checkNiPppk(ni)).toEqual(['must be 18 digits']);
  });

  it('rejects a birth date that is not on the calendar', () => {
    expect(checkNiPppk('199102292022121001')).toEqual([
      'digits 1-8 (birth date) 19910229 are not a real date',
    ]);
    expect(checkNiPppk('199202292022121001')).toEqual([]);
  });

  it('reports a birth date that disagrees with the employee', () => {
    expect(checkNiPppk('199001012022121001', '1990-01-02')).toEqual([
      'digits 1-8 (birth date) are 19900101 but birthDate is 1990-01-02',
    ]);
  });
});

describe('maskNip', () => {
  it('keeps the first 4 and last 3 characters', () => {
    expect(maskNip(EXAMPLE)).toBe('1986***********001');
    expect(maskNip(EXAMPLE)).toHaveLength(18);
  });

  it('works for any length of at least 8', () => {
    expect(maskNip('12345678')).toBe('1234*678');
    expect(maskNip('1234567890')).toBe('1234***890');
  });

  it('hides shorter strings entirely', () => {
    expect(maskNip('1234567')).toBe('*******');
    expect(maskNip('12')).toBe('**');
    expect(maskNip('')).toBe('');
  });
});
