import { PREDIKAT_SCORE, PREDIKATS, type Predikat } from './placement';
import { type EmploymentType, RANK_CODES, type Rank, rankOrder } from './vocabulary';

/** Regular promotion needs at least 4 completed years in the current rank (ASN-RULES §2). */
export const MIN_YEARS_IN_RANK = 4;
/** How many calendar years before asOf's year the predikats are taken from. */
export const PREDIKAT_YEARS = 2;

export interface PromotionInput {
  id: string;
  employmentType: EmploymentType;
  rank?: Rank | null;
  tmtRank?: string | null;
  tmtCpns?: string | null;
  predikats: { year: number; predikat: Predikat }[];
}

export interface PromotionEligibility {
  id: string;
  eligible: boolean;
  /** Completed years in rank on asOf. */
  yearsInRank: number;
  /** Completed months in rank on asOf, in total (not the remainder after yearsInRank). */
  monthsInRank: number;
  since: string | null;
  nextRank: Rank | null;
  predikats: { year: number; predikat: Predikat }[];
  /** Mean predikat value × 100 (1 decimal); 0 when no predikat, which factors.performance tells apart. */
  meritScore: number;
  factors: { yearsInRank: number; performance: number | null; rankOrder: number };
  detail: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string): [number, number, number] {
  const m = DATE.exec(value);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whole months from `from` to `to` (0 when `to` is earlier); a month completes on the same day. */
function completedMonths(from: string, to: string): number {
  const [fy, fm, fd] = parseDate(from);
  const [ty, tm, td] = parseDate(to);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export function nextRankOf(rank: Rank): Rank | null {
  return RANK_CODES[RANK_CODES.indexOf(rank) + 1] ?? null;
}

/** One predikat per year, the worst when a year is recorded twice, so input order cannot matter. */
function recentPredikats(list: PromotionInput['predikats'], asOfYear: number): PromotionInput['predikats'] {
  const byYear = new Map<number, Predikat>();
  for (const { year, predikat } of list) {
    if (year < asOfYear - PREDIKAT_YEARS || year >= asOfYear) continue;
    const prev = byYear.get(year);
    if (!prev || PREDIKATS.indexOf(predikat) > PREDIKATS.indexOf(prev)) byYear.set(year, predikat);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, predikat]) => ({ year, predikat }));
}

/**
 * Regular promotion eligibility on asOf: a PNS (CPNS and PPPK have no regular promotion) below IV/e with
 * at least 4 completed years since the rank TMT, falling back to TMT CPNS for a first promotion. The
 * performance requirement is a tenant setting, so the predikats of the two preceding years are reported
 * for it, not enforced here.
 */
export function promotionEligibility(e: PromotionInput, asOf: string): PromotionEligibility {
  const [asOfYear] = parseDate(asOf);
  const since = e.tmtRank ?? e.tmtCpns ?? null;
  const monthsInRank = since ? completedMonths(since, asOf) : 0;
  const yearsInRank = Math.floor(monthsInRank / 12);
  const rank = e.rank ?? null;
  const nextRank = rank ? nextRankOf(rank) : null;
  const predikats = recentPredikats(e.predikats, asOfYear);
  const performance =
    predikats.length === 0
      ? null
      : predikats.reduce((s, p) => s + PREDIKAT_SCORE[p.predikat], 0) / predikats.length;

  let detail: string;
  if (e.employmentType !== 'PNS') detail = `${e.employmentType} has no regular rank promotion`;
  else if (!rank) detail = 'Rank not recorded';
  else if (!nextRank) detail = `${rank} is the highest rank`;
  else if (!since) detail = 'Rank TMT not recorded';
  else if (yearsInRank < MIN_YEARS_IN_RANK)
    detail = `${yearsInRank} of ${MIN_YEARS_IN_RANK} years in ${rank}`;
  else detail = `${yearsInRank} years in ${rank}; eligible for ${nextRank}`;

  return {
    id: e.id,
    eligible: e.employmentType === 'PNS' && !!nextRank && !!since && yearsInRank >= MIN_YEARS_IN_RANK,
    yearsInRank,
    monthsInRank,
    since,
    nextRank,
    predikats,
    meritScore: performance === null ? 0 : Math.round(performance * 1000) / 10,
    factors: { yearsInRank, performance, rankOrder: rank ? rankOrder(rank) : 0 },
    detail,
  };
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merit order for a promotion list: mean predikat value desc (no predikat last, below even Sangat Kurang,
 * because it is unknown rather than bad), then years in rank desc, then id asc. Returns a new array.
 */
export function orderByMerit<T extends Pick<PromotionEligibility, 'id' | 'factors'>>(
  list: readonly T[],
): T[] {
  return [...list].sort((a, b) => {
    const pa = a.factors.performance;
    const pb = b.factors.performance;
    if (pa !== pb) {
      if (pa === null) return 1;
      if (pb === null) return -1;
      return pb - pa;
    }
    return b.factors.yearsInRank - a.factors.yearsInRank || byString(a.id, b.id);
  });
}
