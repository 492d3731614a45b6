import type { PersonnelDashboard } from '../schemas/careers';
import { AGE_BANDS, ageBand } from './retirement';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, PPPK_GRADES, RANK_CODES } from './vocabulary';

/**
 * The headcount dashboard from the per-agency stats items (`employeeStats`), which hold one ADDed
 * counter per attribute: `total`, `type#PNS`, `gender#L`, `rank#III/a`, `grade#IX`, `edu#S1`,
 * `birth#YYYY-MM`, `retire#YYYY-MM`. Reading them is O(number of agencies), never O(employees).
 *
 * Precision: ages come from the birth month alone, as if everyone were born on the 1st. Someone
 * whose birthday falls later in asOf's month is one year older here for the rest of that month, so
 * they may cross into the next age band up to a month early. Retirements are exact: a retirement
 * date is always the 1st of a month, so its month says whether it is before asOf.
 */

export interface StatsItem {
  agencyId: string;
  [attribute: string]: unknown;
}

export interface DashboardAgency {
  id: string;
  name: string;
}

export const RETIREMENT_YEARS = 5;

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Sums `prefix#<x>` counters across items, keyed by `<x>`. */
function sumByPrefix(items: readonly StatsItem[], prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items)
    for (const [attr, v] of Object.entries(item)) {
      if (!attr.startsWith(`${prefix}#`)) continue;
      const k = attr.slice(prefix.length + 1);
      out.set(k, (out.get(k) ?? 0) + num(v));
    }
  return out;
}

/** Every value of a vocabulary, in its order, zero when absent, so charts keep a stable axis. */
function countsOf<const V extends string>(values: readonly V[], sums: Map<string, number>) {
  return values.map((value) => ({ value, count: sums.get(value) ?? 0 }));
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone such as `Asia/Jakarta`. */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function buildDashboard(
  stats: readonly StatsItem[],
  agencies: readonly DashboardAgency[],
  opts: { asOf: string; agencyId?: string },
): PersonnelDashboard {
  const only = <T extends { agencyId: string }>(list: readonly T[]) =>
    opts.agencyId ? list.filter((i) => i.agencyId === opts.agencyId) : list;
  const items = only(stats);

  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const totals = new Map<string, number>(
    only(agencies.map((a) => ({ agencyId: a.id }))).map((a) => [a.agencyId, 0]),
  );
  for (const i of items) totals.set(i.agencyId, (totals.get(i.agencyId) ?? 0) + num(i.total));
  const byAgency = [...totals]
    .map(([agencyId, total]) => ({ agencyId, agencyName: names.get(agencyId) ?? agencyId, total }))
    .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'id') || a.agencyId.localeCompare(b.agencyId));

  const ages = new Map<string, number>();
  for (const [month, n] of sumByPrefix(items, 'birth')) {
    const band = ageBand(`${month}-01`, opts.asOf);
    ages.set(band, (ages.get(band) ?? 0) + n);
  }

  const firstYear = Number(opts.asOf.slice(0, 4));
  const perYear = new Map<number, number>();
  let overdue = 0;
  for (const [month, n] of sumByPrefix(items, 'retire')) {
    if (`${month}-01` < opts.asOf) overdue += n;
    else perYear.set(Number(month.slice(0, 4)), (perYear.get(Number(month.slice(0, 4))) ?? 0) + n);
  }

  return {
    asOf: opts.asOf,
    agencyId: opts.agencyId ?? null,
    total: items.reduce((s, i) => s + num(i.total), 0),
    byAgency,
    byEmploymentType: countsOf(EMPLOYMENT_TYPES, sumByPrefix(items, 'type')).map(({ value, count }) => ({
      employmentType: value,
      count,
    })),
    byRank: countsOf(RANK_CODES, sumByPrefix(items, 'rank')).map(({ value, count }) => ({
      rank: value,
      count,
    })),
    byGrade: countsOf(PPPK_GRADES, sumByPrefix(items, 'grade')).map(({ value, count }) => ({
      grade: value,
      count,
    })),
    byEducation: countsOf([...EDUCATION_LEVELS, 'NONE'] as const, sumByPrefix(items, 'edu')).map(
      ({ value, count }) => ({ level: value, count }),
    ),
    byGender: countsOf(['L', 'P'] as const, sumByPrefix(items, 'gender')).map(({ value, count }) => ({
      gender: value,
      count,
    })),
    byAgeBand: countsOf(AGE_BANDS, ages).map(({ value, count }) => ({ band: value, count })),
    retirementsByYear: Array.from({ length: RETIREMENT_YEARS }, (_, i) => ({
      year: firstYear + i,
      count: perYear.get(firstYear + i) ?? 0,
    })),
    retirementOverdue: overdue,
  };
}
