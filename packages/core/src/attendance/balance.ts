import { addYears } from '../personnel/retirement';
import type { LeavePolicy } from './leave';

/**
 * The annual-leave balance with carry-over, in three buckets by the year a day was granted: N (this
 * year's right), N-1 and N-2 (carried over). PP 11/2017 art. 312-314 (ASN-RULES §5):
 * - 12 working days a year, once the employee has 1 year of continuous service;
 * - unused days carry into the next year, at most 18 days including the current year's 12 (so at
 *   most 6 from N-1);
 * - after two or more consecutive years with no annual leave taken, at most 24 (6 more from N-2);
 *   older days are lost;
 * - a year's leave deferred by the PYBMC for urgent duty carries in full (up to 12), again up to 24;
 * - no annual leave at all in a year in which cuti besar is taken: that year grants nothing and the
 *   days carried into it lapse.
 *
 * Days are spent oldest first (N-2, then N-1, then N), since carried days lapse first. Cuti bersama
 * days debited from a PPPK's balance count as use, like any annual leave.
 */

export const BUCKETS = ['N-2', 'N-1', 'N'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type Buckets = Record<Bucket, number>;

export interface AnnualYear {
  year: number;
  /** The year grants its right (1 year of service reached by 31 December: `annualEntitledInYear`). */
  entitled: boolean;
  /** A cuti besar was taken in the year. */
  besarTaken?: boolean;
  /** The PYBMC deferred the year's annual leave for urgent duty (penangguhan). */
  deferred?: boolean;
  /** Working days of annual leave spent in the year, cuti bersama debits included for PPPK. */
  used: number;
}

export type BalanceBasis = 'first-year' | 'one-year-carry' | 'two-unused-years' | 'deferred' | 'besar-year';

export interface AnnualBalance {
  year: number;
  /** Days in each bucket at the start of the year. */
  granted: Buckets;
  /** Days spent from each bucket. */
  spent: Buckets;
  remaining: Buckets;
  /** The ceiling that applied (18 or 24; 12 with no carry). */
  cap: number;
  /** Days left to take this year. */
  available: number;
  /** Days used beyond what was granted: a data error, shown rather than a negative balance. */
  overdrawn: number;
  basis: BalanceBasis;
}

const zero = (): Buckets => ({ 'N-2': 0, 'N-1': 0, N: 0 });
const total = (b: Buckets) => b['N-2'] + b['N-1'] + b.N;

/** Whether an employee whose service started on `serviceStartDate` has a right in `year` (1 year reached by 31 December). */
export function annualEntitledInYear(serviceStartDate: string, year: number, minServiceYears = 1): boolean {
  return addYears(serviceStartDate, minServiceYears) <= `${year}-12-31`;
}

/** Spends `days` oldest first; what cannot be covered is returned as `short`. */
export function allocateAnnualDays(available: Buckets, days: number): { take: Buckets; short: number } {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0, got ${days}`);
  const take = zero();
  let left = days;
  for (const b of BUCKETS) {
    const t = Math.min(left, available[b]);
    take[b] = t;
    left -= t;
  }
  return { take, short: left };
}

/**
 * The balance of every year of a history, oldest first. Years missing between the first and the last
 * are taken as granting nothing and spending nothing.
 */
export function annualBalances(
  history: readonly AnnualYear[],
  policy: Pick<LeavePolicy, 'annualDays' | 'carryOver'>,
): AnnualBalance[] {
  if (history.length === 0) return [];
  const byYear = new Map(history.map((h) => [h.year, h]));
  const years = history.map((h) => h.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: AnnualBalance[] = [];
  const facts: AnnualYear[] = [];
  const unused = (y: AnnualYear | undefined) => !!y && y.entitled && !y.besarTaken && y.used === 0;
  for (let year = first; year <= last; year++) {
    const f = byYear.get(year) ?? { year, entitled: false, used: 0 };
    if (!Number.isInteger(f.used) || f.used < 0)
      throw new RangeError(`used days of ${year} must be an integer ≥ 0`);
    const prev = out[out.length - 1];
    const prevFacts = facts[facts.length - 1];
    const prevPrevFacts = facts[facts.length - 2];
    const granted = zero();
    let cap = policy.annualDays;
    let basis: BalanceBasis = 'first-year';
    if (f.besarTaken) {
      basis = 'besar-year';
      cap = 0;
    } else {
      granted.N = f.entitled ? policy.annualDays : 0;
      const rule = policy.carryOver;
      if (rule && prev && prevFacts) {
        const deferred = !!prevFacts.deferred;
        const twoUnused = unused(prevFacts) && unused(prevPrevFacts);
        granted['N-1'] = Math.min(prev.remaining.N, deferred ? rule.deferredMax : rule.perYearMax);
        granted['N-2'] = twoUnused ? Math.min(prev.remaining['N-1'], rule.perYearMax) : 0;
        cap = deferred || twoUnused ? rule.capAfterTwoUnused : rule.cap;
        basis = deferred ? 'deferred' : twoUnused ? 'two-unused-years' : 'one-year-carry';
        // The ceiling trims the oldest days first.
        let excess = total(granted) - cap;
        for (const b of BUCKETS) {
          const cut = Math.max(0, Math.min(excess, granted[b]));
          granted[b] -= cut;
          excess -= cut;
        }
      }
    }
    const { take, short } = allocateAnnualDays(granted, f.used);
    const remaining: Buckets = {
      'N-2': granted['N-2'] - take['N-2'],
      'N-1': granted['N-1'] - take['N-1'],
      N: granted.N - take.N,
    };
    out.push({
      year,
      granted,
      spent: take,
      remaining,
      cap,
      available: total(remaining),
      overdrawn: short,
      basis,
    });
    facts.push(f);
  }
  return out;
}

/** The balance of one year; the history must reach that year. */
export function annualBalance(
  history: readonly AnnualYear[],
  year: number,
  policy: Pick<LeavePolicy, 'annualDays' | 'carryOver'>,
): AnnualBalance {
  const found = annualBalances(history, policy).find((b) => b.year === year);
  if (!found) throw new RangeError(`the history does not reach ${year}`);
  return found;
}
