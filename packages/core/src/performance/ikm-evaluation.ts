import { conflict, type FieldError } from '../errors';
import { type Grade, gradeOf, krejcieMorgan } from '../survey/ikm';
import { parsePeriod, periodOfMonth } from '../survey/period';
import type { OrgPredikat } from './predikat';
import type { SkpItem } from './skp';

/**
 * The unit's citizen IKM in its evaluation (issue 14 §5; ASN-RULES §3 and §4):
 * - the organisation rating shows the unit's IKM for the period, its grade and its respondents
 *   against the Krejcie-Morgan minimum for the period's service users;
 * - it suggests an organisation predikat from the grade through a tenant mapping (default A →
 *   Istimewa, B → Baik, C → Butuh Perbaikan, D → Kurang, the issue's);
 * - below the minimum sample, or when the number of service users is not known (so the minimum
 *   cannot be checked), the IKM is indicative and suggests nothing;
 * - the appraiser may choose another predikat only with a written reason (audited by the service);
 * - the unit head's SKP carries an automatic item "IKM unit ≥ target" whose realisation is filled
 *   from the survey counters and is never typed.
 */
export type IkmPredikatMapping = Readonly<Record<Grade, OrgPredikat>>;

export const DEFAULT_IKM_PREDIKAT_MAPPING: IkmPredikatMapping = {
  A: 'ISTIMEWA',
  B: 'BAIK',
  C: 'BUTUH_PERBAIKAN',
  D: 'KURANG',
};

/**
 * The IKM target of a service unit head's automatic item: the lower bound of grade B ("Baik",
 * PermenPANRB 14/2017 annex: 76.61-88.30), a tenant setting.
 */
export const DEFAULT_IKM_TARGET = 76.61;

/**
 * The survey period (`2026`, `2026-S1`, `2026-Q2`, `2026-05`) that covers exactly the months of a
 * performance period, or null when none does (a year starting in April, say). The survey's
 * population, and so its minimum sample, is kept per survey period: without an exact match the
 * minimum is unknown and the IKM stays indicative.
 */
export function surveyPeriodIdOf(period: { start: string; end: string }): string | null {
  for (const kind of ['year', 'semester', 'quarter', 'month'] as const) {
    const id = periodOfMonth(period.start, kind);
    const months = parsePeriod(id)?.months;
    if (months && months[0] === period.start && months[months.length - 1] === period.end) return id;
  }
  return null;
}

export interface UnitIkmInput {
  /** The period's IKM (25-100, 2 decimals) from the counters; null when it cannot be computed. */
  ikm: number | null;
  respondents: number;
  /** Service users in the period (N of Krejcie-Morgan); null when unknown. */
  population: number | null;
}

export interface UnitIkmEvaluation {
  ikm: number | null;
  grade: Grade | null;
  respondents: number;
  minimumSample: number | null;
  /** True when the sample is below the minimum, or the minimum is unknown, or there is no IKM. */
  indicative: boolean;
  suggestedPredikat: OrgPredikat | null;
}

export function evaluateUnitIkm(
  input: UnitIkmInput,
  mapping: IkmPredikatMapping = DEFAULT_IKM_PREDIKAT_MAPPING,
): UnitIkmEvaluation {
  const grade = input.ikm === null ? null : gradeOf(input.ikm).grade;
  const minimumSample = input.population === null ? null : krejcieMorgan(input.population);
  const indicative = grade === null || minimumSample === null || input.respondents < minimumSample;
  return {
    ikm: input.ikm,
    grade,
    respondents: input.respondents,
    minimumSample,
    indicative,
    suggestedPredikat: indicative || grade === null ? null : mapping[grade],
  };
}

/**
 * A chosen organisation predikat against the suggestion: a choice that differs needs a written
 * reason. Without a suggestion (indicative IKM) there is nothing to differ from, so none is needed.
 */
export function orgRatingChoiceIssues(input: {
  suggested: OrgPredikat | null;
  chosen: OrgPredikat;
  reason?: string | null;
}): FieldError[] {
  if (input.suggested === null || input.suggested === input.chosen) return [];
  if (input.reason?.trim()) return [];
  return [{ path: 'reason', message: 'is required when the predikat differs from the one the IKM suggests' }];
}

/** The automatic hasil-kerja item of a service unit's head. */
export function ikmHasilKerjaItem(input: {
  id: string;
  target: number;
  parentItemId?: string | null;
}): SkpItem {
  if (!Number.isFinite(input.target) || input.target < 25 || input.target > 100)
    throw new RangeError('an IKM target runs from 25 to 100');
  return {
    id: input.id,
    text: `IKM unit ≥ ${input.target}`,
    indicators: [
      {
        text: 'Indeks Kepuasan Masyarakat unit layanan',
        target: { kind: 'quality', value: input.target, unit: 'IKM' },
      },
    ],
    parentItemId: input.parentItemId ?? null,
    expectation: null,
    source: 'ikm',
  };
}

/** The IKM item's realisation for a period, from the counters' evaluation. */
export function ikmRealisation(item: SkpItem, evaluation: UnitIkmEvaluation) {
  if (item.source !== 'ikm') throw new RangeError('not the IKM item');
  const target = item.indicators[0]!.target.value;
  return {
    itemId: item.id,
    value: evaluation.ikm,
    grade: evaluation.grade,
    indicative: evaluation.indicative,
    /** Null when there is no IKM yet. */
    met: evaluation.ikm === null ? null : evaluation.ikm >= target,
  };
}

/** recordSkpRealisation refuses the IKM item: its realisation comes from the counters. */
export function assertRealisationTypable(item: Pick<SkpItem, 'source'>): void {
  if (item.source === 'ikm')
    throw conflict("The IKM item's realisation is filled from the survey counters and cannot be typed.");
}
