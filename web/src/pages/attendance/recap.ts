/**
 * The monthly recap's numbers as plain data: employees by deduction bucket, TL/PSW totals by band
 * over the rows loaded, a row's leave days. No Preact here: unit-tested in tests/web.
 */
import { orderedBands } from './calendar';

/** What the recap needs of a row: the API's row, in part. */
export interface RecapFacts {
  leaveDays: Record<string, number>;
  late: SideFacts;
  early: SideFacts;
  deductionPercent: number;
}

export interface SideFacts {
  count: number;
  minutes: number;
  bands: Record<string, number>;
}

/**
 * The buckets of the deduction chart: none at all, then up to 5, 10, 25 and 50 % (each holding its
 * upper bound: 5 % is in "0–5"), then more than 50 %. `to` null is open-ended.
 */
export const DEDUCTION_BUCKETS = [
  { key: '0', from: 0, to: 0 },
  { key: '0-5', from: 0, to: 5 },
  { key: '5-10', from: 5, to: 10 },
  { key: '10-25', from: 10, to: 25 },
  { key: '25-50', from: 25, to: 50 },
  { key: '>50', from: 50, to: null },
] as const;

export type DeductionBucket = (typeof DEDUCTION_BUCKETS)[number];
export type DeductionBucketKey = DeductionBucket['key'];

/** The bucket of a deduction: 0 % alone, then each bucket from above its `from` up to its `to`. */
export function deductionBucket(percent: number): DeductionBucketKey {
  if (!(percent > 0)) return '0';
  for (const b of DEDUCTION_BUCKETS) {
    if (b.to !== null && b.to > 0 && percent <= b.to) return b.key;
  }
  return '>50';
}

/** How many rows fall in each bucket, every bucket in order (zero included). */
export function deductionDistribution(
  rows: readonly Pick<RecapFacts, 'deductionPercent'>[],
): { bucket: DeductionBucket; count: number }[] {
  const counts = new Map<DeductionBucketKey, number>();
  for (const r of rows) {
    const key = deductionBucket(r.deductionPercent);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return DEDUCTION_BUCKETS.map((bucket) => ({ bucket, count: counts.get(bucket.key) ?? 0 }));
}

/** TL or PSW over many rows: how often, how many minutes, and the days per band in band order. */
export interface SideTotals {
  count: number;
  minutes: number;
  bands: { key: string; days: number }[];
}

/**
 * One side (TL: `late`, PSW: `early`) added up over the rows: the bands in order (`1-30` … `>90`,
 * then `no-record`), every band any row names, zero or not.
 */
export function sideTotals(
  rows: readonly Pick<RecapFacts, 'late' | 'early'>[],
  side: 'late' | 'early',
): SideTotals {
  const days = new Map<string, number>();
  let count = 0;
  let minutes = 0;
  for (const r of rows) {
    const s = r[side];
    count += s.count;
    minutes += s.minutes;
    for (const [key, n] of Object.entries(s.bands)) days.set(key, (days.get(key) ?? 0) + n);
  }
  const bands = orderedBands(Object.fromEntries(days)).map((key) => ({ key, days: days.get(key) ?? 0 }));
  return { count, minutes, bands };
}

/** The bands of both sides, in order: one legend for the two bars. */
export function bandKeys(...sides: SideTotals[]): string[] {
  return orderedBands(...sides.map((s) => Object.fromEntries(s.bands.map((b) => [b.key, b.days]))));
}

/** A row's days of leave, all types together. */
export function leaveTotal(leaveDays: Record<string, number>): number {
  return Object.values(leaveDays).reduce((a, b) => a + b, 0);
}

/**
 * A row's leave by type, in the regulation's order (`order`, the codes of LEAVE_TYPES); a type not
 * in it comes after, by code. Types without a day are left out.
 */
export function leaveParts(
  leaveDays: Record<string, number>,
  order: readonly string[],
): { type: string; days: number }[] {
  const rank = (type: string) => {
    const i = order.indexOf(type);
    return i < 0 ? order.length : i;
  };
  return Object.entries(leaveDays)
    .filter(([, days]) => days > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, days]) => ({ type, days }));
}
