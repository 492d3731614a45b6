/**
 * Survey periods. Counters are kept per calendar month in the tenant's time zone; every longer
 * period is a set of months: `YYYY`, `YYYY-Sn` (semester), `YYYY-Qn` (quarter) or `YYYY-MM`.
 */
export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month';

export const PERIOD_PATTERN = /^(\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** The months it covers, `YYYY-MM`, in order. */
  months: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthRange = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${pad(from + i)}`);

/** Parses a period id; null when it is not one. */
export function parsePeriod(id: string): Period | null {
  const m = PERIOD_PATTERN.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2999) return null;
  const part = m[2];
  if (!part) return { id, kind: 'year', year, months: monthRange(year, 1, 12) };
  if (part.startsWith('S')) {
    const s = Number(part[1]);
    return { id, kind: 'semester', year, months: monthRange(year, s * 6 - 5, s * 6) };
  }
  if (part.startsWith('Q')) {
    const q = Number(part[1]);
    return { id, kind: 'quarter', year, months: monthRange(year, q * 3 - 2, q * 3) };
  }
  return { id, kind: 'month', year, months: [id] };
}

/** The calendar month (`YYYY-MM`) of an instant in a time zone (e.g. `Asia/Jakarta`). */
export function monthIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}`;
}

/** The period of the given kind that contains a month. */
export function periodOfMonth(month: string, kind: PeriodKind): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  switch (kind) {
    case 'year':
      return year;
    case 'semester':
      return `${year}-S${m <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(m / 3)}`;
    case 'month':
      return month;
  }
}

/** The period of the same kind just before this one (2026-Q1 → 2025-Q4). */
export function previousPeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) throw new RangeError(`not a period: ${id}`);
  const first = p.months[0]!;
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  const prevMonth = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  return periodOfMonth(prevMonth, p.kind);
}

/** The months from `from` to `to` inclusive (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${pad(m)}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
