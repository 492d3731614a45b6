/**
 * The IKM (Indeks Kepuasan Masyarakat) of PermenPANRB 14/2017, ASN-RULES §3.
 *
 * NRR of an element = sum of its scores ÷ number of respondents who answered it.
 * IKM = mean of the nine NRR × 25, from 25 to 100. The weight is exactly 1/9: the arithmetic is
 * done on integers (BigInt fractions) and only the final value is rounded, half up, to 2 decimals.
 */
export const ELEMENT_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type ElementCode = (typeof ELEMENT_CODES)[number];

export type Grade = 'A' | 'B' | 'C' | 'D';
export type GradeLabel = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** Lower bounds of the bands on the converted value (25-100), in hundredths, best first. */
const BANDS: readonly { min: number; grade: Grade; label: GradeLabel }[] = [
  { min: 8831, grade: 'A', label: 'Sangat Baik' },
  { min: 7661, grade: 'B', label: 'Baik' },
  { min: 6500, grade: 'C', label: 'Kurang Baik' },
  { min: 2500, grade: 'D', label: 'Tidak Baik' },
];

/** The grade of an IKM already rounded to 2 decimals (88.31 is A, 88.30 is B). */
export function gradeOf(ikm: number): { grade: Grade; label: GradeLabel } {
  if (!Number.isFinite(ikm) || ikm < 25 || ikm > 100) throw new RangeError('an IKM runs from 25 to 100');
  const hundredths = Math.round(ikm * 100);
  const band = BANDS.find((b) => hundredths >= b.min)!;
  return { grade: band.grade, label: band.label };
}

export interface ElementTally {
  /** Sum of the scores (1-4) given to the element. */
  sum: number;
  /** Respondents who answered it. */
  count: number;
}

export interface IkmResult {
  respondents: number;
  elements: Record<ElementCode, { nrr: number | null; respondents: number }>;
  /** Null when no element has an answer. */
  ikm: number | null;
  grade: Grade | null;
  label: GradeLabel | null;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b) [a, b] = [b, a % b];
  return a;
};

/** round(n / d) half up, for n, d > 0. */
const roundDiv = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

/**
 * The IKM from per-element tallies. `respondents` is reported as given (the response count). When
 * some element has no answers at all the IKM is null: the mean of nine NRR needs all nine.
 */
export function computeIkm(respondents: number, tallies: Record<ElementCode, ElementTally>): IkmResult {
  const elements = {} as IkmResult['elements'];
  let num = 0n;
  let den = 1n;
  let complete = true;
  for (const code of ELEMENT_CODES) {
    const { sum, count } = tallies[code] ?? { sum: 0, count: 0 };
    if (!Number.isInteger(sum) || !Number.isInteger(count) || sum < 0 || count < 0) {
      throw new RangeError(`tally of ${code} must be non-negative integers`);
    }
    // With count 0 this still rejects a positive sum: scores without answers mean a corrupt counter.
    if (sum < count || sum > 4 * count) {
      throw new RangeError(`tally of ${code} is impossible: ${sum} over ${count} answers of 1-4`);
    }
    elements[code] = {
      nrr: count === 0 ? null : Number(roundDiv(BigInt(sum) * 10_000n, BigInt(count))) / 10_000,
      respondents: count,
    };
    if (count === 0) {
      complete = false;
      continue;
    }
    // num/den += sum/count, kept reduced.
    const s = BigInt(sum);
    const c = BigInt(count);
    num = num * c + s * den;
    den = den * c;
    const g = gcd(num, den);
    num /= g;
    den /= g;
  }
  if (!complete || respondents === 0) return { respondents, elements, ikm: null, grade: null, label: null };
  // IKM = 25 × (num/den) / 9, in hundredths: 2500·num / (9·den).
  const hundredths = roundDiv(2500n * num, 9n * den);
  const ikm = Number(hundredths) / 100;
  return { respondents, elements, ikm, ...gradeOf(ikm) };
}

/** The three elements with the lowest NRR (where to improve), lowest first; ties by code. */
export function weakestElements(result: IkmResult, n = 3): ElementCode[] {
  return ELEMENT_CODES.filter((c) => result.elements[c].nrr !== null)
    .sort((a, b) => result.elements[a].nrr! - result.elements[b].nrr! || a.localeCompare(b))
    .slice(0, n);
}

/**
 * Krejcie-Morgan minimum sample for a population N: s = X²·N·P(1-P) / (d²·(N-1) + X²·P(1-P)),
 * X² = 3.841, P = 0.5, d = 0.05.
 *
 * ASN-RULES §3 says "rounded up", but its reference pairs (the published table: 50→44, 500→217,
 * 2000→322, where the formula gives 44.34, 217.47 and 322.35) round to the nearest integer. We
 * follow the table, which is what reports are checked against. In integers, with X²·P(1-P) =
 * 3841/4000 and d² = 1/400: s = 3841·N / (10·(N-1) + 3841), rounded half up.
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isInteger(population) || population < 0)
    throw new RangeError('population must be an integer ≥ 0');
  if (population === 0) return 0;
  const n = BigInt(population);
  return Number(roundDiv(3841n * n, 10n * (n - 1n) + 3841n));
}
