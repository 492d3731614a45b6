import type { FieldError } from '../errors';

/**
 * NIK (Nomor Induk Kependudukan, the resident number on the KTP) and KK number checks, ASN-RULES §1.
 * Layout `PP KK CC DDMMYY SSSS`: province (digits 1-2), regency/city (3-4), district (5-6), date of
 * birth DDMMYY with 40 added to the day for women (7-12), sequence 0001-9999 (13-16). Source:
 * dukcapil.klaten.go.id, "arti 16 digit NIK". Messages name the digits and the part, so an applicant
 * finds the typo on their KTP.
 */

/**
 * Province codes of the Kemendagri (Dukcapil) area codes: Permendagri 72/2019 (34 provinces) plus the
 * four Papua provinces created in 2022 (UU 14, 15, 16 and 29/2022), coded 93-96 in Kepmendagri
 * 100.1.1-6117/2022. NIKs issued before the split keep 91/92, so all six Papua codes are accepted.
 * These are Kemendagri codes, not BPS codes (BPS numbers Papua and Papua Barat differently).
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

export const isProvinceCode = (code: string): boolean => Object.hasOwn(PROVINCE_CODES, code);

export type NikGender = 'L' | 'P';

export interface NikParts {
  provinceCode: string;
  /** Province + regency/city, e.g. `1871` (Bandar Lampung; unconfirmed per ASN-RULES §1). */
  regencyCode: string;
  /** Province + regency/city + district. */
  districtCode: string;
  /** Day of birth as written (01-31, or 41-71 for women). */
  dayField: number;
  /** Real day of the month (the field minus 40 for women). */
  day: number;
  month: number;
  /** Two-digit year: the NIK does not hold the century. */
  yearOfCentury: number;
  gender: NikGender;
  sequence: number;
}

const SIXTEEN_DIGITS = /^\d{16}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether DD-MM-YY exists in 19YY or 20YY. Only 29 February depends on the year: YY divisible by 4
 * is a leap year in both centuries except 1900, and 2000 is one, so `00` passes too.
 */
function existsInSomeCentury(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return yy % 4 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

function existsIn(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2) return day <= (leap ? 29 : 28);
  return day <= DAYS_IN_MONTH[month - 1]!;
}

/** Decodes a NIK whose parts are each well-formed; null otherwise (checkNik says why). */
export function parseNik(nik: string): NikParts | null {
  if (!SIXTEEN_DIGITS.test(nik)) return null;
  if (checkNik(nik).length > 0) return null;
  const dayField = Number(nik.slice(6, 8));
  const gender: NikGender = dayField > 40 ? 'P' : 'L';
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    dayField,
    day: gender === 'P' ? dayField - 40 : dayField,
    month: Number(nik.slice(8, 10)),
    yearOfCentury: Number(nik.slice(10, 12)),
    gender,
    sequence: Number(nik.slice(12, 16)),
  };
}

export interface NikExpectations {
  /** YYYY-MM-DD, as on the KTP. */
  birthDate?: string;
  gender?: NikGender;
}

/**
 * Problems with a NIK, each a field error at `path` (default `nik`) whose message names the wrong
 * part; empty when it is valid and agrees with the stated birth date and gender. Regency/city and
 * district code `00` are refused too: Kemendagri numbers both from 01.
 */
export function checkNik(nik: string, expected: NikExpectations = {}, path = 'nik'): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (message: string) => errors.push({ path, message });
  if (!SIXTEEN_DIGITS.test(nik)) {
    fail(`must be 16 digits (it has ${nik.length} character${nik.length === 1 ? '' : 's'})`);
    return errors;
  }
  const province = nik.slice(0, 2);
  if (!isProvinceCode(province))
    fail(`digits 1-2 (province code) are ${province}, not a Kemendagri province`);
  if (nik.slice(2, 4) === '00') fail('digits 3-4 (regency/city code) are 00, which no regency or city has');
  if (nik.slice(4, 6) === '00') fail('digits 5-6 (district code) are 00, which no district has');

  const dayField = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const dayOk = (dayField >= 1 && dayField <= 31) || (dayField >= 41 && dayField <= 71);
  const monthOk = month >= 1 && month <= 12;
  if (!dayOk) fail(`digits 7-8 (day of birth) are ${nik.slice(6, 8)}, not 01-31 (men) or 41-71 (women)`);
  if (!monthOk) fail(`digits 9-10 (month of birth) are ${nik.slice(8, 10)}, not 01-12`);
  const female = dayField > 40;
  const day = female ? dayField - 40 : dayField;
  const dateOk = dayOk && monthOk && existsInSomeCentury(day, month, yy);
  if (dayOk && monthOk && !dateOk) {
    fail(`digits 7-12 (date of birth) ${nik.slice(6, 12)} are not a real date (day ${day}, month ${month})`);
  }

  const birth = expected.birthDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(expected.birthDate) : null;
  if (birth && dateOk) {
    const [by, bm, bd] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
    if (!existsIn(by, bm, bd)) {
      // The stated date itself is wrong (29 February 1900, say); the schema reports it at birthDate.
    } else if (bd !== day || bm !== month || by % 100 !== yy) {
      fail(
        `digits 7-12 (date of birth) ${nik.slice(6, 12)} do not match birthDate ${expected.birthDate}` +
          ` (expected ${String(bd + (female ? 40 : 0)).padStart(2, '0')}${String(bm).padStart(2, '0')}${String(by % 100).padStart(2, '0')})`,
      );
    }
  }
  if (expected.gender && dayOk) {
    const nikGender: NikGender = female ? 'P' : 'L';
    if (nikGender !== expected.gender) {
      fail(
        `digits 7-8 (day of birth) are ${nik.slice(6, 8)}, which marks a ${female ? 'woman (day + 40)' : 'man'}, but gender is ${expected.gender}`,
      );
    }
  }
  if (nik.slice(12, 16) === '0000') fail('digits 13-16 (sequence) are 0000, not 0001-9999');
  return errors;
}

/** Problems with a KK (Kartu Keluarga, family card) number: 16 digits with a province code that exists. */
export function checkKkNumber(kk: string, path = 'kkNumber'): FieldError[] {
  if (!SIXTEEN_DIGITS.test(kk)) {
    return [
      { path, message: `must be 16 digits (it has ${kk.length} character${kk.length === 1 ? '' : 's'})` },
    ];
  }
  const province = kk.slice(0, 2);
  if (!isProvinceCode(province)) {
    return [{ path, message: `digits 1-2 (province code) are ${province}, not a Kemendagri province` }];
  }
  return [];
}
