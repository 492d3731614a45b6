import { describe, expect, it } from 'vitest';
import { checkKkNumber, checkNik, isProvinceCode, PROVINCE_CODES, parseNik } from './nik';

// Bandar Lampung (1871), district 01; a man born 15 August 1990, sequence 0001.
const MAN = '1871011508900001';
// Palembang (1671), district 02; a woman born 31 December 1995: day 31 + 40 = 71.
const WOMAN_31ST = '1671027112950002';

const messages = (nik: string, expected = {}) => checkNik(nik, expected).map((e) => e.message);

describe('province codes', () => {
  it('hold the 38 Kemendagri provinces, Sumatera Selatan and Lampung among them (ASN-RULES §1)', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(38);
    expect(PROVINCE_CODES['16']).toBe('Sumatera Selatan');
    expect(PROVINCE_CODES['18']).toBe('Lampung');
    for (const code of ['91', '92', '93', '94', '95', '96']) expect(isProvinceCode(code)).toBe(true);
    for (const code of ['00', '10', '20', '37', '54', '99', 'toString', '__proto__'])
      expect(isProvinceCode(code)).toBe(false);
  });
});

describe('parseNik', () => {
  it('decodes a man', () => {
    expect(parseNik(MAN)).toEqual({
      provinceCode: '18',
      regencyCode: '1871',
      districtCode: '187101',
      dayField: 15,
      day: 15,
      month: 8,
      yearOfCentury: 90,
      gender: 'L',
      sequence: 1,
    });
  });
  it('decodes a woman born on the 31st as day field 71', () => {
    expect(parseNik(WOMAN_31ST)).toMatchObject({
      dayField: 71,
      day: 31,
      month: 12,
      gender: 'P',
      sequence: 2,
    });
  });
  it('returns null for anything checkNik refuses', () => {
    expect(parseNik('1871011508900000')).toBeNull();
    expect(parseNik('187101150890000')).toBeNull();
  });
});

describe('checkNik', () => {
  it('accepts valid NIKs that agree with the stated birth date and gender', () => {
    expect(checkNik(MAN, { birthDate: '1990-08-15', gender: 'L' })).toEqual([]);
    expect(checkNik(WOMAN_31ST, { birthDate: '1995-12-31', gender: 'P' })).toEqual([]);
    expect(checkNik('1871014101000001', { birthDate: '2000-01-01', gender: 'P' })).toEqual([]);
    expect(checkNik('1871010101009999', { birthDate: '2000-01-01', gender: 'L' })).toEqual([]);
  });

  it('puts every error at the path nik (or the path given)', () => {
    expect(checkNik('1871011508900000')).toEqual([
      { path: 'nik', message: 'digits 13-16 (sequence) are 0000, not 0001-9999' },
    ]);
    expect(checkNik('1871011508900000', {}, 'applicant.nik')[0]!.path).toBe('applicant.nik');
  });

  it.each([
    ['15 digits', '187101150890000', 15],
    ['17 digits', '18710115089000011', 17],
    ['a letter', '18710115089O0001', 16],
    ['spaces', '1871 0115 0890 0001', 19],
    ['a dash', '1871-011508900001', 17],
    ['an empty string', '', 0],
  ])('refuses %s with one length message', (_, nik, length) => {
    expect(messages(nik)).toEqual([
      `must be 16 digits (it has ${length} character${length === 1 ? '' : 's'})`,
    ]);
  });

  it('refuses a province code that does not exist', () => {
    expect(messages('9971011508900001')).toEqual([
      'digits 1-2 (province code) are 99, not a Kemendagri province',
    ]);
    expect(messages('5471011508900001')).toEqual([
      'digits 1-2 (province code) are 54, not a Kemendagri province',
    ]);
  });

  it('refuses regency/city or district code 00', () => {
    expect(messages('1800011508900001')).toEqual([
      'digits 3-4 (regency/city code) are 00, which no regency or city has',
    ]);
    expect(messages('1871001508900001')).toEqual([
      'digits 5-6 (district code) are 00, which no district has',
    ]);
  });

  it('takes days 01-31 and 41-71 and nothing between or beyond', () => {
    for (const day of ['01', '31', '41', '71']) expect(messages(`187101${day}01900001`)).toEqual([]);
    for (const day of ['00', '32', '39', '40', '72', '99'])
      expect(messages(`187101${day}01900001`)).toEqual([
        `digits 7-8 (day of birth) are ${day}, not 01-31 (men) or 41-71 (women)`,
      ]);
  });

  it('refuses a month outside 01-12', () => {
    expect(messages('1871011500900001')).toEqual(['digits 9-10 (month of birth) are 00, not 01-12']);
    expect(messages('1871011513900001')).toEqual(['digits 9-10 (month of birth) are 13, not 01-12']);
  });

  it('refuses a date that does not exist, for men and women', () => {
    expect(messages('1871013104900001')).toEqual([
      'digits 7-12 (date of birth) 310490 are not a real date (day 31, month 4)',
    ]);
    expect(messages('1871017104900001')).toEqual([
      'digits 7-12 (date of birth) 710490 are not a real date (day 31, month 4)',
    ]);
    expect(messages('1871013002900001')).toHaveLength(1);
  });

  it('accepts 29 February only in a leap year (00 is 2000, a leap year)', () => {
    expect(messages('1671022902920001', { birthDate: '1992-02-29', gender: 'L' })).toEqual([]);
    expect(messages('1671026902000003', { birthDate: '2000-02-29', gender: 'P' })).toEqual([]);
    expect(messages('1671022902930001')).toEqual([
      'digits 7-12 (date of birth) 290293 are not a real date (day 29, month 2)',
    ]);
    expect(messages('1671026902930001')).toEqual([
      'digits 7-12 (date of birth) 690293 are not a real date (day 29, month 2)',
    ]);
  });

  it('reports a birth date that disagrees, with the digits it expected', () => {
    expect(messages(MAN, { birthDate: '1990-08-16' })).toEqual([
      'digits 7-12 (date of birth) 150890 do not match birthDate 1990-08-16 (expected 160890)',
    ]);
    expect(messages(MAN, { birthDate: '1991-08-15' })).toEqual([
      'digits 7-12 (date of birth) 150890 do not match birthDate 1991-08-15 (expected 150891)',
    ]);
    expect(messages(WOMAN_31ST, { birthDate: '1995-12-30' })).toEqual([
      'digits 7-12 (date of birth) 711295 do not match birthDate 1995-12-30 (expected 701295)',
    ]);
  });

  it('reports a gender that disagrees with the day field', () => {
    expect(messages(MAN, { gender: 'P' })).toEqual([
      'digits 7-8 (day of birth) are 15, which marks a man, but gender is P',
    ]);
    expect(messages(WOMAN_31ST, { gender: 'L' })).toEqual([
      'digits 7-8 (day of birth) are 71, which marks a woman (day + 40), but gender is L',
    ]);
  });

  it('a woman whose NIK shows her real day (31) instead of 71 is told the day marks a man', () => {
    expect(messages('1671023112950002', { birthDate: '1995-12-31', gender: 'P' })).toEqual([
      'digits 7-8 (day of birth) are 31, which marks a man, but gender is P',
    ]);
  });

  it('leaves a stated birth date that itself does not exist to the birthDate field', () => {
    expect(messages('1671022902000001', { birthDate: '1900-02-29' })).toEqual([]);
  });

  it('lists every wrong part at once', () => {
    expect(messages('9900003213900000', { gender: 'P' })).toEqual([
      'digits 1-2 (province code) are 99, not a Kemendagri province',
      'digits 3-4 (regency/city code) are 00, which no regency or city has',
      'digits 5-6 (district code) are 00, which no district has',
      'digits 7-8 (day of birth) are 32, not 01-31 (men) or 41-71 (women)',
      'digits 9-10 (month of birth) are 13, not 01-12',
      'digits 13-16 (sequence) are 0000, not 0001-9999',
    ]);
  });
});

describe('checkKkNumber', () => {
  it('takes 16 digits with a province that exists', () => {
    expect(checkKkNumber('1871010203040005')).toEqual([]);
    expect(checkKkNumber('187101020304000')).toEqual([
      { path: 'kkNumber', message: 'must be 16 digits (it has 15 characters)' },
    ]);
    expect(checkKkNumber('18710102030400051')[0]!.message).toBe('must be 16 digits (it has 17 characters)');
    expect(checkKkNumber('18710102030400O5')[0]!.message).toBe('must be 16 digits (it has 16 characters)');
    expect(checkKkNumber('0071010203040005')).toEqual([
      { path: 'kkNumber', message: 'digits 1-2 (province code) are 00, not a Kemendagri province' },
    ]);
  });
});
