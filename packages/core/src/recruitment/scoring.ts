import type { FieldError } from '../errors';
import {
  type PassingGrade,
  type RecruitmentTrack,
  type RoundRules,
  SKB_COMPONENTS,
  SKD_SUBTESTS,
  type SkbComponent,
  type SkdSubtest,
  type SkdSubtestSpec,
  skdMaxTotal,
} from './round';

/**
 * SKD pass, the SKB shortlist, the final score and the ranking of a formasi (issue 12 §4
 * `computeRanking`, ASN-RULES §7). Scores are exact: SKD scores are integers, SKB component scores
 * and the IPK have at most 2 decimals and are handled as integer hundredths, and the final score is
 * one BigInt fraction rounded once, half up, to 2 decimals (as the IKM in survey/ikm.ts).
 */

export interface SkdScores {
  twk: number;
  tiu: number;
  tkp: number;
}

/** SKB component scores, each 0-100 with at most 2 decimals; a component weighted 0 may be absent. */
export type SkbScores = Partial<Record<SkbComponent, number>>;

/** Problems with SKD scores (for the score import): whole numbers from 0 to each subtest's maximum. */
export function checkSkdScores(
  scores: Partial<Record<SkdSubtest, unknown>>,
  subtests: Readonly<Record<SkdSubtest, SkdSubtestSpec>>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const s of SKD_SUBTESTS) {
    const v = scores[s];
    const max = subtests[s].maxScore;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
      errors.push({ path: s, message: `must be a whole number from 0 to ${max}` });
  }
  return errors;
}

export const skdTotal = (s: SkdScores): number => s.twk + s.tiu + s.tkp;

export type SkdFailure = SkdSubtest | 'total';

/**
 * Whether SKD scores meet a track's passing grade (each subtest, and the cumulative total where the
 * track sets one). PPPK rounds have no passing grade (ASN-RULES §7: "applicants pass by ranking").
 */
export function skdPass(
  scores: SkdScores,
  grade: PassingGrade,
  kind: RoundRules['kind'],
): { passed: boolean; failed: SkdFailure[] } {
  if (kind === 'PPPK') return { passed: true, failed: [] };
  const failed: SkdFailure[] = SKD_SUBTESTS.filter((s) => grade[s] !== undefined && scores[s] < grade[s]!);
  if (grade.total !== undefined && skdTotal(scores) < grade.total) failed.push('total');
  return { passed: failed.length === 0, failed };
}

/** A 0-100 score with at most 2 decimals as integer hundredths; anything else is a caller bug. */
function hundredths(value: number, what: string, max = 100): bigint {
  const h = Math.round(value * 100);
  if (!Number.isFinite(value) || value < 0 || value > max || Math.abs(h - value * 100) > 1e-6)
    throw new RangeError(`${what} must be from 0 to ${max} with at most 2 decimals, got ${value}`);
  return BigInt(h);
}

/** round(n / d) half up, for n ≥ 0, d > 0. */
const roundDiv = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

/** Σ weight × score in hundredths, i.e. 100 × the SKB score in hundredths. */
function weightedSkb(scores: SkbScores, weights: Readonly<Record<SkbComponent, number>>): bigint {
  let sum = 0n;
  let weight = 0;
  for (const c of SKB_COMPONENTS) {
    const w = weights[c];
    if (!Number.isInteger(w) || w < 0) throw new RangeError(`weight of ${c} must be a whole percentage`);
    weight += w;
    if (w === 0) continue;
    const v = scores[c];
    if (v === undefined) throw new RangeError(`the SKB component ${c} (weight ${w}%) has no score`);
    sum += BigInt(w) * hundredths(v, `SKB ${c}`);
  }
  if (weight !== 100) throw new RangeError(`SKB component weights must add up to 100, not ${weight}`);
  return sum;
}

export interface FinalScore {
  /** SKD ÷ max (550) × 100, rounded to 2 decimals for display. */
  skdNormalised: number;
  /** The weighted SKB score (0-100), rounded to 2 decimals for display. */
  skb: number;
  /** 40% × SKD normalised + 60% × SKB, computed exactly and rounded once to 2 decimals. */
  final: number;
}

/**
 * The final score, ASN-RULES §7: skdWeight% × (SKD ÷ 550 × 100) + skbWeight% × SKB, where SKB is
 * the components' weighted mean. In hundredths, with S the SKD total, M its maximum, w the weights in
 * percent and h the component scores in hundredths:
 *   100·wS·S/M + wB·Σ(w·h)/10⁴ = (10⁶·wS·S + wB·M·Σ(w·h)) / (10⁴·M),
 * one fraction, rounded half up once. The displayed parts are rounded separately and are not used
 * to compute the final value.
 */
export function finalScore(skd: SkdScores, skb: SkbScores, rules: RoundRules): FinalScore {
  if (rules.skdWeight + rules.skbWeight !== 100)
    throw new RangeError(
      `skdWeight and skbWeight must add up to 100, not ${rules.skdWeight + rules.skbWeight}`,
    );
  const m = BigInt(skdMaxTotal(rules.skdSubtests));
  const s = BigInt(skdTotal(skd));
  const weighted = weightedSkb(skb, rules.skbComponents);
  const num = 1_000_000n * BigInt(rules.skdWeight) * s + BigInt(rules.skbWeight) * m * weighted;
  return {
    skdNormalised: Number(roundDiv(10_000n * s, m)) / 100,
    skb: Number(roundDiv(weighted, 100n)) / 100,
    final: Number(roundDiv(num, 10_000n * m)) / 100,
  };
}

// ---- ranking ----

export interface RankingCandidate {
  /** The application id. */
  id: string;
  /** Null when the applicant did not sit the SKD. */
  skd: SkdScores | null;
  /** Null or absent until the SKB scores are imported (or when the applicant missed the SKB). */
  skb?: SkbScores | null;
  /** IPK (GPA, 0.00-4.00); null where the formasi's education has none (SMA, say). */
  ipk: number | null;
  /** YYYY-MM-DD. */
  birthDate: string;
}

/** The factor that put an entry below the one ranked just above it. */
export type RankFactor = 'final' | 'skdTotal' | 'tkp' | 'tiu' | 'twk' | 'ipk' | 'age';

export interface RankedEntry {
  id: string;
  skd: SkdScores | null;
  skdTotal: number | null;
  ipk: number | null;
  birthDate: string;
  skdPassed: boolean;
  /** The subtests (or total) below the track's passing grade. */
  skdFailed: SkdFailure[];
  /** Rank among those who passed the SKD, by SKD and the tie-breakers; equal entries share a rank. */
  skdRank: number | null;
  skdDecidedBy: RankFactor | 'tie' | null;
  shortlisted: boolean;
  skdNormalised: number | null;
  skbScore: number | null;
  finalScore: number | null;
  finalRank: number | null;
  finalDecidedBy: RankFactor | 'tie' | null;
  /** Ranked within the formasi's openings. */
  withinOpenings: boolean;
}

export interface FormationRanking {
  track: RecruitmentTrack;
  passingGradeApplied: boolean;
  /** skbMultiplier × openings. */
  shortlistLimit: number;
  /** Set when applicants tied on every factor straddle the shortlist line and all went on. */
  tieAtShortlistLine: boolean;
  /** Set when applicants tied on every factor straddle the openings line: the admin must decide. */
  tieAtOpeningsLine: boolean;
  /** Ranked by final score, then the SKD-only ranks, then those who failed or did not sit the SKD. */
  entries: RankedEntry[];
}

interface Keyed {
  entry: RankedEntry;
  total: bigint;
  ipkH: bigint | null;
  finalH: bigint | null;
}

const desc = (a: bigint, b: bigint) => (a > b ? -1 : a < b ? 1 : 0);
const byId = (a: Keyed, b: Keyed) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/**
 * The tie-breakers of ASN-RULES §7, in order: total SKD, TKP, TIU, TWK, IPK, then the older applicant
 * first (the earlier birth date). A missing IPK ranks below any IPK (issue and rules are silent; in
 * a formasi that asks for a diploma every applicant has one, and in one that does not, nobody has).
 */
function compareSkd(a: Keyed, b: Keyed): { order: number; factor: RankFactor | 'tie' } {
  const sa = a.entry.skd!;
  const sb = b.entry.skd!;
  const steps: [RankFactor, number][] = [
    ['skdTotal', desc(a.total, b.total)],
    ['tkp', sb.tkp - sa.tkp],
    ['tiu', sb.tiu - sa.tiu],
    ['twk', sb.twk - sa.twk],
    ['ipk', a.ipkH === b.ipkH ? 0 : a.ipkH === null ? 1 : b.ipkH === null ? -1 : desc(a.ipkH, b.ipkH)],
    ['age', a.entry.birthDate < b.entry.birthDate ? -1 : a.entry.birthDate > b.entry.birthDate ? 1 : 0],
  ];
  for (const [factor, order] of steps) if (order !== 0) return { order: Math.sign(order), factor };
  return { order: 0, factor: 'tie' };
}

/**
 * The final order compares the final score as stored and shown (rounded to 2 decimals), so every
 * place in the ranking is explained by a factor the applicants can see; equal shown scores go to the
 * tie-breakers.
 */
function compareFinal(a: Keyed, b: Keyed): { order: number; factor: RankFactor | 'tie' } {
  const order = desc(a.finalH!, b.finalH!);
  return order !== 0 ? { order, factor: 'final' } : compareSkd(a, b);
}

/** Sorts and gives competition ranks (1, 2, 2, 4): entries equal on every factor share a rank. */
function rankBy(
  list: Keyed[],
  compare: (a: Keyed, b: Keyed) => { order: number; factor: RankFactor | 'tie' },
  set: (k: Keyed, rank: number, by: RankFactor | 'tie' | null) => void,
): Keyed[] {
  // Entries equal on every factor share a rank; the id orders them only so the list is stable.
  const sorted = [...list].sort((a, b) => compare(a, b).order || byId(a, b));
  let rank = 0;
  sorted.forEach((k, i) => {
    const prev = sorted[i - 1];
    const c = prev ? compare(prev, k) : null;
    if (c?.order !== 0) rank = i + 1;
    set(k, rank, c ? c.factor : null);
  });
  return sorted;
}

/**
 * Ranks one formasi:
 * 1. SKD pass against the passing grade of the formasi's track (none for PPPK);
 * 2. those who passed are ranked by SKD and the tie-breakers; up to skbMultiplier × openings go on
 *    to the SKB. Where applicants equal on every factor (SKD, TKP, TIU, TWK, IPK and birth date)
 *    straddle that line, the issue is silent: all of them go on, so nobody is dropped by the order
 *    of a list, and `tieAtShortlistLine` says so;
 * 3. the shortlisted with SKB scores are ranked by final score, then the same tie-breakers; those
 *    ranked within the openings are marked. A full tie across the openings line cannot be resolved
 *    by the rules: all are marked and `tieAtOpeningsLine` is set for the admin to decide.
 */
export function rankFormation(
  candidates: readonly RankingCandidate[],
  formation: { openings: number; track: RecruitmentTrack },
  rules: RoundRules,
): FormationRanking {
  if (!Number.isInteger(formation.openings) || formation.openings < 1)
    throw new RangeError('a formasi has at least one opening');
  const grade = rules.passingGrades[formation.track];
  const keyed: Keyed[] = candidates.map((c) => {
    if (c.skd && checkSkdScores(c.skd, rules.skdSubtests).length > 0)
      throw new RangeError(`SKD scores of ${c.id} are out of range`);
    const ipkH = c.ipk === null ? null : hundredths(c.ipk, `IPK of ${c.id}`, 4);
    const pass = c.skd ? skdPass(c.skd, grade, rules.kind) : { passed: false, failed: [] };
    const scored = c.skd && pass.passed && c.skb ? finalScore(c.skd, c.skb, rules) : null;
    return {
      entry: {
        id: c.id,
        skd: c.skd,
        skdTotal: c.skd ? skdTotal(c.skd) : null,
        ipk: c.ipk,
        birthDate: c.birthDate,
        skdPassed: pass.passed,
        skdFailed: pass.failed,
        skdRank: null,
        skdDecidedBy: null,
        shortlisted: false,
        skdNormalised: scored?.skdNormalised ?? null,
        skbScore: scored?.skb ?? null,
        finalScore: scored?.final ?? null,
        finalRank: null,
        finalDecidedBy: null,
        withinOpenings: false,
      },
      total: BigInt(c.skd ? skdTotal(c.skd) : 0),
      ipkH,
      finalH: scored ? BigInt(Math.round(scored.final * 100)) : null,
    };
  });

  const limit = rules.skbMultiplier * formation.openings;
  const passed = rankBy(
    keyed.filter((k) => k.entry.skdPassed),
    compareSkd,
    (k, rank, by) => {
      k.entry.skdRank = rank;
      k.entry.skdDecidedBy = by;
      k.entry.shortlisted = rank <= limit;
    },
  );
  const shortlisted = passed.filter((k) => k.entry.shortlisted);
  for (const k of keyed) if (!k.entry.shortlisted) k.finalH = null;
  for (const k of keyed)
    if (k.finalH === null) Object.assign(k.entry, { skdNormalised: null, skbScore: null, finalScore: null });

  const finals = rankBy(
    shortlisted.filter((k) => k.finalH !== null),
    compareFinal,
    (k, rank, by) => {
      k.entry.finalRank = rank;
      k.entry.finalDecidedBy = by;
      k.entry.withinOpenings = rank <= formation.openings;
    },
  );

  const rest = keyed.filter((k) => !k.entry.skdPassed);
  const failedSorted = rest.filter((k) => k.entry.skd).sort((a, b) => compareSkd(a, b).order || byId(a, b));
  const absent = rest.filter((k) => !k.entry.skd).sort(byId);
  const entries = [
    ...finals,
    ...passed.filter((k) => k.entry.finalRank === null),
    ...failedSorted,
    ...absent,
  ].map((k) => k.entry);

  return {
    track: formation.track,
    passingGradeApplied: rules.kind !== 'PPPK',
    shortlistLimit: limit,
    tieAtShortlistLine: shortlisted.length > limit,
    tieAtOpeningsLine: finals.filter((k) => k.entry.withinOpenings).length > formation.openings,
    entries,
  };
}
