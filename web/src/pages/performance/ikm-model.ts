/**
 * Pure helpers of survey-driven evaluation (issue 14 §5) on the web: what an organisation's IKM
 * says (a suggestion, or why it is only indicative), when a rating needs a written reason and the
 * words for the API's 400 at `reason`, the monthly trend as points, the SKM realisation's note and
 * the IKM target of the performance settings. No preact here:
 * tests/web checks these against the API's rules.
 */
import { ApiError } from '../../api/client';
import type { IkmGrade, OrgIkmEvaluation, OrgIkmMonth } from './ikm-api';

export const IKM_GRADES = ['A', 'B', 'C', 'D'] as const satisfies readonly IkmGrade[];

/** The lower bound of each grade (PermenPANRB 14/2017): A from 88,31, B from 76,61, C from 65. */
export const GRADE_FLOORS: Readonly<Record<Exclude<IkmGrade, 'D'>, number>> = { A: 88.31, B: 76.61, C: 65 };

type OrgPredikat = NonNullable<OrgIkmEvaluation['suggestedPredikat']>;

/**
 * What the IKM of a period amounts to:
 * - `suggested`: enough respondents against a known population, so the API suggests a predikat;
 * - `no-responses`: nobody answered in the period (no IKM at all);
 * - `no-population`: the population of the period is not recorded, so the minimum is unknown;
 * - `below-minimum`: fewer respondents than the Krejcie-Morgan minimum.
 */
export type IkmStanding = 'suggested' | 'no-responses' | 'no-population' | 'below-minimum';

export function ikmStanding(e: OrgIkmEvaluation): IkmStanding {
  if (e.ikm === null || e.respondents === 0) return 'no-responses';
  if (!e.indicative && e.suggestedPredikat) return 'suggested';
  if (e.population === null || e.minimumSample === null) return 'no-population';
  return 'below-minimum';
}

/** Respondents still missing to reach the minimum sample (0 when reached or unknown). */
export const missingRespondents = (e: OrgIkmEvaluation): number =>
  e.minimumSample === null ? 0 : Math.max(0, e.minimumSample - e.respondents);

/** The predikat the IKM suggests, or null while it is indicative (or there is no IKM). */
export const suggestionOf = (e: OrgIkmEvaluation | null | undefined): OrgPredikat | null =>
  e && !e.indicative ? (e.suggestedPredikat ?? null) : null;

/**
 * The predikat the rating form starts on: the one already chosen (or stored), else the IKM's
 * suggestion once it is known; never over the reader's own choice.
 */
export function preselectedPredikat(
  current: OrgPredikat | null,
  touched: boolean,
  evaluation: OrgIkmEvaluation | null | undefined,
): OrgPredikat | null {
  if (current !== null || touched) return current;
  return suggestionOf(evaluation);
}

/** Whether the chosen predikat departs from the IKM's suggestion, so a written reason is required. */
export const reasonRequired = (suggested: OrgPredikat | null, chosen: OrgPredikat | null): boolean =>
  suggested !== null && chosen !== null && chosen !== suggested;

/**
 * The predikat the API says the IKM suggests, read from its 400's detail ("… IKM suggests
 * ISTIMEWA: give the reason for BAIK."): the server's reading may be newer than the tile's.
 */
export function suggestedFromDetail(detail: string | undefined): OrgPredikat | null {
  const m = /IKM suggests (ISTIMEWA|BAIK|BUTUH_PERBAIKAN|KURANG|SANGAT_KURANG)\b/.exec(detail ?? '');
  return (m?.[1] as OrgPredikat | undefined) ?? null;
}

/** Whether an error is the API's 400 at `reason` (a departure from the suggestion without a reason). */
export const isReasonRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status === 400 &&
  error.errors.some((e) => e.path === 'reason' && /required|suggest/.test(e.message));

// ---- the trend ----

export interface TrendPoint {
  month: string;
  ikm: number | null;
  grade: IkmGrade | null;
  respondents: number;
}

export interface TrendSummary {
  /** Months with an IKM. */
  rated: number;
  best: TrendPoint | null;
  worst: TrendPoint | null;
  /** The latest month with an IKM. */
  last: TrendPoint | null;
}

export function trendSummary(months: readonly OrgIkmMonth[]): TrendSummary {
  const rated = months.filter((m) => m.ikm !== null);
  const by = (pick: (a: number, b: number) => boolean) =>
    rated.reduce<TrendPoint | null>((acc, m) => (acc === null || pick(m.ikm!, acc.ikm!) ? m : acc), null);
  return {
    rated: rated.length,
    best: by((a, b) => a > b),
    worst: by((a, b) => a < b),
    last: rated.at(-1) ?? null,
  };
}

/** The value axis of the trend: from a round number at or below the lowest value (and 65) up to 100. */
export function trendFloor(months: readonly OrgIkmMonth[], target?: number): number {
  const values = months.flatMap((m) => (m.ikm === null ? [] : [m.ikm]));
  const lowest = Math.min(65, ...values, ...(target === undefined ? [] : [target]));
  return Math.max(25, Math.floor((lowest - 5) / 10) * 10);
}

export interface TrendGeometry {
  width: number;
  height: number;
  floor: number;
  /** x of each month (centre of its slot), y of each IKM (null without one). */
  points: { x: number; y: number | null; point: TrendPoint }[];
  /** The polyline's segments: runs of consecutive months with an IKM (a month without is a gap). */
  segments: string[];
  y: (value: number) => number;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Where the trend's months sit in an SVG of `width` × `height` (room kept for the axis labels). */
export function trendGeometry(
  months: readonly OrgIkmMonth[],
  opts: { width: number; height: number; target?: number },
): TrendGeometry {
  const plot = { left: 30, right: opts.width - 16, top: 10, bottom: opts.height - 22 };
  const floor = trendFloor(months, opts.target);
  const y = (v: number) =>
    plot.bottom - ((Math.min(100, Math.max(floor, v)) - floor) / (100 - floor)) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, months.length);
  const points = months.map((m, i) => ({
    x: Math.round((plot.left + slot * (i + 0.5)) * 10) / 10,
    y: m.ikm === null ? null : Math.round(y(m.ikm) * 10) / 10,
    point: m,
  }));
  const segments: string[] = [];
  let run: string[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    } else run.push(`${p.x},${p.y}`);
  }
  if (run.length > 1) segments.push(run.join(' '));
  return { width: opts.width, height: opts.height, floor, points, segments, y, plot };
}

// ---- the SKM realisation of the automatic item ----

/** The API's note of an SKM realisation ("10 responden SKM, mutu A"), read back into its parts. */
export function surveyNoteParts(note: string | null): { respondents: number; grade: IkmGrade } | null {
  const m = /^(\d+) responden SKM, mutu ([ABCD])$/.exec(note?.trim() ?? '');
  return m ? { respondents: Number(m[1]), grade: m[2] as IkmGrade } : null;
}

// ---- the IKM target of the settings ----

export type IkmTargetProblem = 'required' | 'number' | 'range' | 'decimals';

/** The IKM target as typed (76,61 or 76.61), or what is wrong with it: 25 to 100, two decimals at most. */
export function readIkmTarget(typed: string): { value: number } | { problem: IkmTargetProblem } {
  const s = typed.trim().replace(/\s/g, '');
  if (!s) return { problem: 'required' };
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  if (!/^\d+(\.\d+)?$/.test(normal)) return { problem: 'number' };
  const n = Number(normal);
  if (!Number.isFinite(n)) return { problem: 'number' };
  if (n < 25 || n > 100) return { problem: 'range' };
  if ((normal.split('.')[1]?.length ?? 0) > 2) return { problem: 'decimals' };
  return { value: n };
}

/** The target as the reader types it back (76,61 in Indonesian). */
export const ikmTargetText = (n: number, lang: 'id' | 'en') =>
  lang === 'id' ? String(n).replace('.', ',') : String(n);
