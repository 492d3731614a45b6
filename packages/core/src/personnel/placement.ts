import * as z from 'zod';
import { rankEligibility } from './eligibility';
import { type PositionLevelInput, stepDownOf } from './position-level';
import {
  type EducationLevel,
  type EmploymentType,
  educationOrder,
  type FunctionalLevel,
  type Grade,
  highestEducation,
  normalizeMajor,
  type PositionType,
  type Rank,
} from './vocabulary';

/** SKP predikat kinerja (ASN-RULES §4), best first. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const predikatSchema = z.enum(PREDIKATS);
export type Predikat = z.infer<typeof predikatSchema>;

/** Predikat on a 0..1 scale. Butuh Perbaikan sits nearer Kurang than Baik: it triggers coaching (§4). */
export const PREDIKAT_SCORE: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 1,
  BAIK: 0.8,
  BUTUH_PERBAIKAN: 0.4,
  KURANG: 0.2,
  SANGAT_KURANG: 0,
};

export const PLACEMENT_WEIGHTS = { education: 25, competency: 40, rank: 20, performance: 15 } as const;
export type PlacementFactor = keyof typeof PLACEMENT_WEIGHTS;

/** Credit lost per education level below the lowest required one. */
export const EDUCATION_STEP_PENALTY = 0.25;
/** Education score multiplier when no major matches: the right level in the wrong field still counts. */
export const MAJOR_MISMATCH_FACTOR = 0.5;

export interface PositionInput {
  id: string;
  type: PositionType;
  functionalLevel?: FunctionalLevel | null;
  positionClass: number;
  requiredEducation: { levels: EducationLevel[]; majors: string[] };
  requiredCompetencies: { code: string; minLevel: number }[];
}

export interface CandidateInput {
  id: string;
  name: string;
  employmentType: EmploymentType;
  rank?: Rank | null;
  grade?: Grade | null;
  education: { level: EducationLevel; major: string }[];
  competencies: { code: string; level: number }[];
  latestPredikat?: Predikat | null;
  /** The position the candidate holds now (type and jenjang), to see a step down; null/absent: none or unknown. */
  currentPosition?: PositionLevelInput | null;
}

export interface FactorScore {
  factor: PlacementFactor;
  weight: number;
  status: 'present' | 'absent';
  score: number | null;
  points: number | null;
  share: number | null;
  detail: string;
}

export interface PlacementScore {
  total: number;
  factors: FactorScore[];
  /** The placement would lower the candidate's eselon or jenjang (see stepDownOf); ranked after the others. */
  stepDown: boolean;
  stepDownReason: string | null;
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Education = levelFit × majorFit.
 * - levelFit: 1 when the highest level reaches the lowest required level (no required levels = 1), else
 *   1 - 0.25 per level below it, floored at 0; no education recorded = 0.
 * - majorFit: 1 when any recorded major equals a required major after normalizeMajor (no required majors
 *   = 1), else 0.5.
 */
function educationScore(
  position: PositionInput,
  candidate: CandidateInput,
): { score: number; detail: string } {
  const { levels, majors } = position.requiredEducation;
  const highest = highestEducation(candidate.education);
  let levelFit = 1;
  let levelText = 'no level required';
  if (levels.length > 0) {
    const lowest = levels.reduce((a, b) => (educationOrder(b) < educationOrder(a) ? b : a));
    if (!highest) {
      levelFit = 0;
      levelText = `no education recorded (requires ${lowest})`;
    } else {
      const below = educationOrder(lowest) - educationOrder(highest);
      levelFit = Math.max(0, 1 - EDUCATION_STEP_PENALTY * Math.max(0, below));
      levelText = below <= 0 ? `${highest} meets ${lowest}` : `${highest} is ${below} below ${lowest}`;
    }
  }
  let majorFit = 1;
  let majorText = 'any major';
  if (majors.length > 0) {
    const wanted = new Set(majors.map(normalizeMajor));
    const match = candidate.education
      .map((e) => e.major)
      .filter((m) => wanted.has(normalizeMajor(m)))
      .sort(byString)[0];
    majorFit = match ? 1 : MAJOR_MISMATCH_FACTOR;
    majorText = match ? `major ${match} matches` : 'no matching major';
  }
  return { score: levelFit * majorFit, detail: `${levelText}; ${majorText}` };
}

/** Mean over required competencies of min(level / minLevel, 1); a missing competency counts as level 0. */
function competencyScore(
  position: PositionInput,
  candidate: CandidateInput,
): { score: number; detail: string } {
  const required = [...position.requiredCompetencies].sort((a, b) => byString(a.code, b.code));
  if (required.length === 0) return { score: 1, detail: 'no competencies required' };
  const held = new Map<string, number>();
  for (const c of candidate.competencies) held.set(c.code, Math.max(held.get(c.code) ?? 0, c.level));
  const met: string[] = [];
  const missing: string[] = [];
  let sum = 0;
  for (const r of required) {
    const level = held.get(r.code) ?? 0;
    // A non-positive minimum is satisfied by anyone, and would divide by zero.
    const fit = r.minLevel <= 0 ? 1 : Math.min(level / r.minLevel, 1);
    sum += fit;
    if (fit >= 1) met.push(r.code);
    else missing.push(`${r.code} (${level}/${r.minLevel})`);
  }
  const parts = [`${met.length}/${required.length} met`];
  if (met.length > 0) parts.push(`met: ${met.join(', ')}`);
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  return { score: sum / required.length, detail: parts.join('; ') };
}

/**
 * The transparent placement score: each factor's 0..1 score times its weight. A missing predikat makes
 * performance 'absent' and the total is renormalised over the present weights (100 / 85), so a newcomer
 * without an SKP is neither punished with a zero nor rewarded with a free score. Points are on that
 * renormalised scale, so they add up to the total; share is points as a percentage of the total.
 */
export function scoreCandidate(position: PositionInput, candidate: CandidateInput): PlacementScore {
  const edu = educationScore(position, candidate);
  const comp = competencyScore(position, candidate);
  const rank = rankEligibility(position, candidate);
  const predikat = candidate.latestPredikat ?? null;
  const raw: { factor: PlacementFactor; score: number | null; detail: string }[] = [
    { factor: 'education', ...edu },
    { factor: 'competency', ...comp },
    { factor: 'rank', score: rank.score, detail: rank.detail },
    predikat
      ? { factor: 'performance', score: PREDIKAT_SCORE[predikat], detail: `latest predikat ${predikat}` }
      : { factor: 'performance', score: null, detail: 'no predikat recorded; excluded from the total' },
  ];
  const presentWeight = raw.reduce((s, f) => s + (f.score === null ? 0 : PLACEMENT_WEIGHTS[f.factor]), 0);
  const scale = 100 / presentWeight;
  const exact = raw.map((f) => (f.score === null ? null : f.score * PLACEMENT_WEIGHTS[f.factor] * scale));
  const exactTotal = exact.reduce<number>((s, p) => s + (p ?? 0), 0);
  const factors = raw.map((f, i): FactorScore => {
    const points = exact[i] ?? null;
    return {
      factor: f.factor,
      weight: PLACEMENT_WEIGHTS[f.factor],
      status: f.score === null ? 'absent' : 'present',
      score: f.score === null ? null : round(f.score, 4),
      points: points === null ? null : round(points, 2),
      share: points === null ? null : exactTotal === 0 ? 0 : round((points / exactTotal) * 100, 1),
      detail: f.detail,
    };
  });
  const down = stepDownOf(position, candidate.currentPosition);
  return { total: round(exactTotal, 1), factors, stepDown: down.stepDown, stepDownReason: down.reason };
}

const competencyPoints = (s: PlacementScore): number =>
  s.factors.find((f) => f.factor === 'competency')?.points ?? 0;

/**
 * Step-downs last, then total desc, then competency points desc (the heaviest factor), then id asc
 * for a stable order.
 *
 * A step down is ranked after every candidate for whom the post is not one, rather than given a
 * score penalty: moving a Kepala Dinas to head a Puskesmas is a demotion (penurunan jabatan, which
 * PP 94/2021 lists among the disciplinary penalties), not a better or worse fit, and no penalty
 * size could be justified. Its score stays as computed, so the breakdown still shows how well the
 * person fits; only the order says "not a recommendation". Placing one outside the top 5 then
 * needs a justification like any other (isOutsideRecommendation).
 */
function compareScored(a: PlacementScore & { key: string }, b: PlacementScore & { key: string }): number {
  return (
    Number(a.stepDown) - Number(b.stepDown) ||
    b.total - a.total ||
    competencyPoints(b) - competencyPoints(a) ||
    byString(a.key, b.key)
  );
}

export type RankedCandidate = PlacementScore & { candidateId: string; rank: number };

export function rankCandidates(
  position: PositionInput,
  candidates: readonly CandidateInput[],
): RankedCandidate[] {
  return candidates
    .map((c) => ({ ...scoreCandidate(position, c), key: c.id }))
    .sort(compareScored)
    .map(({ key, ...score }, i) => ({ ...score, candidateId: key, rank: i + 1 }));
}

export type SuggestedPosition = PlacementScore & { positionId: string; vacancies: number; rank: number };

/** Positions with at least one vacancy, scored for one employee and ordered like rankCandidates. */
export function suggestPositions(
  employee: CandidateInput,
  positions: readonly (PositionInput & { vacancies: number })[],
): SuggestedPosition[] {
  return positions
    .filter((p) => p.vacancies > 0)
    .map((p) => ({ ...scoreCandidate(p, employee), key: p.id, vacancies: p.vacancies }))
    .sort(compareScored)
    .map(({ key, ...score }, i) => ({ ...score, positionId: key, rank: i + 1 }));
}

export const TOP_RECOMMENDATIONS = 5;

/** True when the candidate is not among the first TOP_RECOMMENDATIONS ids, e.g. to ask for a justification. */
export function isOutsideRecommendation(rankedIds: readonly string[], candidateId: string): boolean {
  return !rankedIds.slice(0, TOP_RECOMMENDATIONS).includes(candidateId);
}
