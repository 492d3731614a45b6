/**
 * NIP (PNS) and NI PPPK checks (ASN-RULES §1). The NIP layout is `YYYYMMDD YYYYMM G NNN`
 * (Perka BKN 22/2007). Messages name digit positions so an admin can find the typo in the number.
 */

export interface NipParts {
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM */
  tmtCpnsMonth: string;
  gender: 'L' | 'P';
  sequence: number;
}

export interface NipExpectations {
  birthDate?: string;
  gender?: 'L' | 'P';
  /** YYYY-MM-DD; only its year and month are in the NIP. */
  tmtCpns?: string;
  /** YYYY-MM-DD; without it a future TMT CPNS is not flagged, so checks stay deterministic. */
  today?: string;
}

const EIGHTEEN_DIGITS = /^\d{18}$/;
const MIN_APPOINTMENT_AGE = 18;
// Not Date.UTC: it maps years 0-99 to 1900-1999, which would misjudge 29 Feb in year 0000.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]!);
}

const dashedDate = (yyyymmdd: string): string =>
  `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
const undashed = (date: string): string => date.replaceAll('-', '');
const monthIndex = (yyyymm: string): number => Number(yyyymm.slice(0, 4)) * 12 + Number(yyyymm.slice(4, 6));
const GENDER_BY_DIGIT: Record<string, 'L' | 'P'> = { '1': 'L', '2': 'P' };

/** Decodes a NIP whose parts are each well-formed; the cross-checks (e.g. age at appointment) are checkNip's. */
export function parseNip(nip: string): NipParts | null {
  if (!EIGHTEEN_DIGITS.test(nip)) return null;
  const birth = nip.slice(0, 8);
  const tmt = nip.slice(8, 14);
  const tmtMonth = Number(tmt.slice(4, 6));
  const gender = GENDER_BY_DIGIT[nip.charAt(14)];
  const sequence = Number(nip.slice(15, 18));
  if (!isRealDate(birth) || tmtMonth < 1 || tmtMonth > 12 || !gender || sequence < 1) return null;
  return {
    birthDate: dashedDate(birth),
    tmtCpnsMonth: `${tmt.slice(0, 4)}-${tmt.slice(4, 6)}`,
    gender,
    sequence,
  };
}

/** Problems with a NIP, one message per problem; empty when it is valid and agrees with `expected`. */
export function checkNip(nip: string, expected: NipExpectations = {}): string[] {
  if (!EIGHTEEN_DIGITS.test(nip)) return ['must be 18 digits'];
  const problems: string[] = [];
  const birth = nip.slice(0, 8);
  const tmt = nip.slice(8, 14);
  const tmtMonth = tmt.slice(4, 6);
  const genderDigit = nip.charAt(14);
  const sequence = nip.slice(15, 18);

  const birthOk = isRealDate(birth);
  if (!birthOk) problems.push(`digits 1-8 (birth date) ${birth} are not a real date`);
  if (expected.birthDate !== undefined && undashed(expected.birthDate) !== birth) {
    problems.push(`digits 1-8 (birth date) are ${birth} but birthDate is ${expected.birthDate}`);
  }

  const tmtOk = Number(tmtMonth) >= 1 && Number(tmtMonth) <= 12;
  if (!tmtOk) problems.push(`digits 13-14 (TMT CPNS month) are ${tmtMonth}, not 01-12`);
  // Exactly 18 years in the birth month passes: the NIP only records the month of appointment.
  if (birthOk && tmtOk && monthIndex(tmt) < monthIndex(birth) + MIN_APPOINTMENT_AGE * 12) {
    problems.push(
      `digits 9-14 (TMT CPNS) ${tmt} are less than ${MIN_APPOINTMENT_AGE} years after the birth date ${dashedDate(birth)}`,
    );
  }
  if (tmtOk && expected.today !== undefined && tmt > undashed(expected.today).slice(0, 6)) {
    problems.push(`digits 9-14 (TMT CPNS) ${tmt} are in the future (today is ${expected.today})`);
  }
  if (expected.tmtCpns !== undefined && undashed(expected.tmtCpns).slice(0, 6) !== tmt) {
    problems.push(`digits 9-14 (TMT CPNS) are ${tmt} but tmtCpns is ${expected.tmtCpns}`);
  }

  const gender = GENDER_BY_DIGIT[genderDigit];
  if (!gender) problems.push(`digit 15 (gender) is ${genderDigit}, not 1 or 2`);
  else if (expected.gender !== undefined && gender !== expected.gender) {
    problems.push(`digit 15 (gender) is ${genderDigit} but gender is ${expected.gender}`);
  }

  if (sequence === '000') problems.push(`digits 16-18 (sequence) are ${sequence}, not 001-999`);
  return problems;
}

/**
 * Problems with an NI PPPK. Its field widths after the birth date are unconfirmed (ASN-RULES §1), so
 * only the length, the digits and the birth-date prefix are checked.
 */
export function checkNiPppk(ni: string, birthDate?: string): string[] {
  if (!EIGHTEEN_DIGITS.test(ni)) return ['must be 18 digits'];
  const problems: string[] = [];
  const birth = ni.slice(0, 8);
  if (!isRealDate(birth)) problems.push(`digits 1-8 (birth date) ${birth} are not a real date`);
  if (birthDate !== undefined && undashed(birthDate) !== birth) {
    problems.push(`digits 1-8 (birth date) are ${birth} but birthDate is ${birthDate}`);
  }
  return problems;
}

/** Masks a NIP for lists and logs: the birth year and sequence stay readable, the rest is hidden. */
export function maskNip(nip: string): string {
  if (nip.length < 8) return '*'.repeat(nip.length);
  return `${nip.slice(0, 4)}${'*'.repeat(nip.length - 7)}${nip.slice(-3)}`;
}
