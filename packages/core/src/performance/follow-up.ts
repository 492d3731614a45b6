import { PREDIKATS, type Predikat } from '../personnel/placement';

/**
 * Follow-up of the annual predikat (issue 14 §4; ASN-RULES §4 "Butuh Perbaikan or worse leads to
 * coaching and, where it persists, to sanctions"):
 * - Sangat Baik in the year and each of the years before it, `talentPoolYears` in all (default 2,
 *   the "two years running"): the talent pool, with priority on the promotion list and in
 *   training.
 * - Butuh Perbaikan or worse: coaching (a coaching plan with goals and dated check-ins).
 * - Kurang or Sangat Kurang: referral to the discipline process under PP 94/2021, recorded with
 *   its outcome; Pamong does not run that process.
 * - Butuh Perbaikan or worse persisting, in the year and each of the `persistYears - 1` years
 *   before it (default 2): also a referral, as the sanction route. The issue does not say how long
 *   "persists" is; two consecutive years mirrors the talent-pool rule and is a setting. Neither
 *   figure could be checked against PP 30/2019 or PP 94/2021 from here.
 * Only annual predikats count; periodic ones are for coaching conversations, not follow-up.
 */
export const FOLLOW_UP_KINDS = ['talent-pool', 'coaching', 'discipline-referral'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export type FollowUpReason =
  | 'sangat-baik-consecutive'
  | 'butuh-perbaikan-or-worse'
  | 'kurang-or-sangat-kurang'
  | 'persistent-low-predikat';

export interface FollowUpSettings {
  talentPoolYears: number;
  persistYears: number;
}

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = { talentPoolYears: 2, persistYears: 2 };

export interface FollowUp {
  kind: FollowUpKind;
  reasons: FollowUpReason[];
  /** The years whose predikats led to it, oldest first. */
  years: number[];
}

export interface PredikatHistoryEntry {
  year: number;
  predikat: Predikat;
}

const rank = (p: Predikat) => PREDIKATS.indexOf(p);

/** One predikat per year, the worst when a year is recorded twice (as promotion.ts does). */
function byYear(history: readonly PredikatHistoryEntry[]): Map<number, Predikat> {
  const map = new Map<number, Predikat>();
  for (const { year, predikat } of history) {
    const prev = map.get(year);
    if (!prev || rank(predikat) > rank(prev)) map.set(year, predikat);
  }
  return map;
}

const yearsBack = (year: number, n: number) => Array.from({ length: n }, (_, i) => year - n + 1 + i);

/** What a year's predikat, read with the years before it, leads to; empty for none or no predikat. */
export function followUpsFor(
  history: readonly PredikatHistoryEntry[],
  year: number,
  settings: FollowUpSettings = DEFAULT_FOLLOW_UP_SETTINGS,
): FollowUp[] {
  const years = byYear(history);
  const now = years.get(year);
  if (!now) return [];
  const out: FollowUp[] = [];
  const run = (n: number, test: (p: Predikat) => boolean) => {
    const span = yearsBack(year, n);
    return span.every((y) => {
      const p = years.get(y);
      return !!p && test(p);
    })
      ? span
      : null;
  };
  const talent = run(settings.talentPoolYears, (p) => p === 'SANGAT_BAIK');
  if (talent) out.push({ kind: 'talent-pool', reasons: ['sangat-baik-consecutive'], years: talent });
  const low = (p: Predikat) => rank(p) >= rank('BUTUH_PERBAIKAN');
  if (low(now)) out.push({ kind: 'coaching', reasons: ['butuh-perbaikan-or-worse'], years: [year] });
  const reasons: FollowUpReason[] = [];
  let referralYears = [year];
  if (rank(now) >= rank('KURANG')) reasons.push('kurang-or-sangat-kurang');
  const persistent = low(now) ? run(settings.persistYears, low) : null;
  if (persistent) {
    reasons.push('persistent-low-predikat');
    referralYears = persistent;
  }
  if (reasons.length > 0) out.push({ kind: 'discipline-referral', reasons, years: referralYears });
  return out;
}

export interface FollowUpRow extends FollowUp {
  employeeId: string;
  predikat: Predikat;
}

/**
 * The follow-up register of a year: one row per employee per follow-up, referrals first, then
 * coaching, then the talent pool; by employee id within a kind.
 */
export function followUpRegister(
  employees: readonly { employeeId: string; history: readonly PredikatHistoryEntry[] }[],
  year: number,
  settings: FollowUpSettings = DEFAULT_FOLLOW_UP_SETTINGS,
): FollowUpRow[] {
  const order: Record<FollowUpKind, number> = { 'discipline-referral': 0, coaching: 1, 'talent-pool': 2 };
  return employees
    .flatMap((e) => {
      const predikat = byYear(e.history).get(year);
      return predikat
        ? followUpsFor(e.history, year, settings).map((f) => ({ ...f, employeeId: e.employeeId, predikat }))
        : [];
    })
    .sort(
      (a, b) =>
        order[a.kind] - order[b.kind] ||
        (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
    );
}
