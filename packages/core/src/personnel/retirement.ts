import type { FunctionalLevel, PositionType } from './vocabulary';

/**
 * Retirement age (BUP, PP 11/2017) and the calendar arithmetic personnel rules need. Dates are plain
 * `YYYY-MM-DD` strings handled as integers, so no time zone can shift a day.
 */

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);

// Malformed dates are a caller bug (inputs are schema-validated upstream), so they throw.
function parse(date: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  return { y, m, d };
}

function format({ y, m, d }: Ymd): string {
  if (y < 0 || y > 9999) throw new RangeError(`year ${y} is out of range`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function assertInteger(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

/** BUP per PP 11/2017: a functional level only counts on a FUNGSIONAL position. */
export function bupAge(
  positionType?: PositionType | null,
  functionalLevel?: FunctionalLevel | null,
): 58 | 60 | 65 {
  switch (positionType) {
    case 'JPT_UTAMA':
    case 'JPT_MADYA':
    case 'JPT_PRATAMA':
      return 60;
    case 'FUNGSIONAL':
      if (functionalLevel === 'AHLI_UTAMA') return 65;
      if (functionalLevel === 'AHLI_MADYA') return 60;
      return 58;
    default:
      return 58;
  }
}

/** Adds whole years; 29 February becomes 28 February in a non-leap year. */
export function addYears(date: string, years: number): string {
  assertInteger('years', years);
  const { y, m, d } = parse(date);
  const year = y + years;
  return format({ y: year, m, d: Math.min(d, daysInMonth(year, m)) });
}

/**
 * Retirement takes effect on the first day of the month after the BUP birthday, even for someone born
 * on the 1st. Only the birthday's month matters, so a 29 February birth needs no special case.
 */
export function retirementDate(birthDate: string, bup: number): string {
  assertInteger('bup', bup);
  const { y, m } = parse(birthDate);
  return m === 12 ? format({ y: y + bup + 1, m: 1, d: 1 }) : format({ y: y + bup, m: m + 1, d: 1 });
}

/** Completed years from `from` to `to`, never negative; anniversaries follow addYears. */
export function fullYearsBetween(from: string, to: string): number {
  const start = parse(from);
  const end = parse(to);
  let years = end.y - start.y;
  if (years > 0 && addYears(from, years) > to) years -= 1;
  return Math.max(0, years);
}

/** Age in completed years; 0 for a date before birth. A 29 February birth ages on 28 February. */
export const ageOn = (birthDate: string, on: string): number => fullYearsBetween(birthDate, on);

export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55+'] as const;

export function ageBand(birthDate: string, on: string): (typeof AGE_BANDS)[number] {
  const age = ageOn(birthDate, on);
  if (age < 25) return '<25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}
