import type { FieldError } from '../errors';

/**
 * Performance periods (ASN-RULES §4): a tenant has an annual period and an assessment cadence.
 * Every period is stored as a start month and an end month (`YYYY-MM`, both inclusive), never as a
 * cadence code, so a period written under one cadence stays readable after the tenant changes it.
 *
 * PermenPANRB 6/2022 has an annual assessment plus periodic ones whose frequency the agency sets
 * (monthly, quarterly or per semester). The regulation's year is the calendar year; the start
 * month is still a setting (default January) so a tenant that must follow another year can.
 */
export const CADENCES = ['monthly', 'quarterly', 'semester'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_MONTHS: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, semester: 6 };

export interface PerformancePeriodSettings {
  /** The month (1-12) the annual period starts in; 1 is the calendar year. */
  yearStartMonth: number;
  cadence: Cadence;
}

/**
 * Default: calendar year, quarterly assessments. The cadence is the agency's choice under the
 * regulation; quarterly is what most regional governments use, not a value the regulation fixes.
 */
export const DEFAULT_PERIOD_SETTINGS: PerformancePeriodSettings = { yearStartMonth: 1, cadence: 'quarterly' };

export interface PerformancePeriod {
  /** First month, `YYYY-MM`. */
  start: string;
  /** Last month, `YYYY-MM`, inclusive. */
  end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 of a `YYYY-MM`, or null when it is not one. */
export function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

const monthOf = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

const checkSettings = (s: PerformancePeriodSettings) => {
  if (!Number.isInteger(s.yearStartMonth) || s.yearStartMonth < 1 || s.yearStartMonth > 12)
    throw new RangeError('yearStartMonth runs from 1 to 12');
  if (!(CADENCES as readonly string[]).includes(s.cadence))
    throw new RangeError(`unknown cadence ${s.cadence}`);
};

/** The annual period named by `year`: it starts in that year's start month and runs 12 months. */
export function annualPeriod(year: number, settings: PerformancePeriodSettings = DEFAULT_PERIOD_SETTINGS) {
  checkSettings(settings);
  if (!Number.isInteger(year) || year < 2000 || year > 2999)
    throw new RangeError('year runs from 2000 to 2999');
  const first = year * 12 + settings.yearStartMonth - 1;
  return { start: monthOf(first), end: monthOf(first + 11) };
}

/** The assessment periods of an annual period, in order: 12, 4 or 2 of them. */
export function assessmentPeriods(
  year: number,
  settings: PerformancePeriodSettings = DEFAULT_PERIOD_SETTINGS,
): PerformancePeriod[] {
  const first = monthIndex(annualPeriod(year, settings).start)!;
  const size = CADENCE_MONTHS[settings.cadence];
  return Array.from({ length: 12 / size }, (_, i) => ({
    start: monthOf(first + i * size),
    end: monthOf(first + i * size + size - 1),
  }));
}

/** The year (as `annualPeriod` names it) whose annual period holds a month. */
export function performanceYearOf(
  month: string,
  settings: PerformancePeriodSettings = DEFAULT_PERIOD_SETTINGS,
) {
  checkSettings(settings);
  const index = monthIndex(month);
  if (index === null) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return Math.floor((index - (settings.yearStartMonth - 1)) / 12);
}

/** Whether `inner` lies wholly within `outer`. */
export function periodContains(outer: PerformancePeriod, inner: PerformancePeriod): boolean {
  const [os, oe, is, ie] = [outer.start, outer.end, inner.start, inner.end].map(monthIndex);
  if (os == null || oe == null || is == null || ie == null) return false;
  return os <= is && ie <= oe;
}

export const samePeriod = (a: PerformancePeriod, b: PerformancePeriod) =>
  a.start === b.start && a.end === b.end;

export type PerformancePeriodKind = 'annual' | 'assessment';

/**
 * What is wrong with a period, as field errors under `path`:
 * - both months well formed, start not after end;
 * - `annual`: exactly the tenant's annual period of its year;
 * - `assessment`: one of the assessment periods of the current cadence (aligned to the year start,
 *   cadence-long), or the whole annual period, since the annual assessment is one too.
 * Without settings only the shape is checked (a stored period from an older cadence stays valid).
 */
export function validatePeriod(
  period: PerformancePeriod,
  options: { settings?: PerformancePeriodSettings; kind?: PerformancePeriodKind; path?: string } = {},
): FieldError[] {
  const path = options.path ?? 'period';
  const errors: FieldError[] = [];
  const start = monthIndex(period.start);
  const end = monthIndex(period.end);
  if (start === null) errors.push({ path: `${path}.start`, message: 'must be a month YYYY-MM' });
  if (end === null) errors.push({ path: `${path}.end`, message: 'must be a month YYYY-MM' });
  if (start === null || end === null) return errors;
  if (start > end) return [{ path: `${path}.end`, message: 'is before the start month' }];
  const { settings, kind } = options;
  if (!settings || !kind) return errors;
  const year = performanceYearOf(period.start, settings);
  if (year < 2000 || year > 2999)
    return [{ path: `${path}.start`, message: 'is outside the years 2000-2999' }];
  const annual = annualPeriod(year, settings);
  if (samePeriod(period, annual)) return errors;
  if (kind === 'annual')
    return [{ path, message: `must be the annual period ${annual.start} to ${annual.end}` }];
  if (!assessmentPeriods(year, settings).some((p) => samePeriod(p, period)))
    return [
      {
        path,
        message: `must be a ${settings.cadence} assessment period of the year starting ${annual.start}, or the whole year`,
      },
    ];
  return errors;
}
