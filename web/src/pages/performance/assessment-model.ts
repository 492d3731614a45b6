/**
 * The pure rules behind the assessment and organisation-rating pages (issue 14 §2, §6): the
 * predikat from the tenant's matrix as the appraiser chooses, the assessment periods of a year by
 * the tenant's cadence, the distribution's caps as chart data and in words, a refused finalisation's
 * caps, the team list with each person's assessment, and which organisations a caller is offered.
 * No Preact and no @pamong/core here: the home page's tiles use some of it, and the tests all of it.
 */
import type {
  Assessment,
  AssessmentDistribution,
  DistributionLimit,
  PerformanceSettings,
  SkpSummary,
} from './assessment-api';

// ---- vocabularies (the API's codes, in the order they are shown) ----

export const RATING_CODES = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATING_CODES)[number];

/** Employee predikats, best first (the API's PREDIKATS). */
export const PREDIKAT_CODES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKAT_CODES)[number];

/** Organisation predikats, best first. */
export const ORG_PREDIKAT_CODES = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrgPredikat = (typeof ORG_PREDIKAT_CODES)[number];

/** The seven BerAKHLAK values, in the order of packages/core/src/performance/skp.ts. */
export const BERAKHLAK_CODES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakCode = (typeof BERAKHLAK_CODES)[number];

export type PredikatMatrix = PerformanceSettings['matrix'];

/**
 * The predikat the tenant's matrix gives, shown while the appraiser chooses: null until both
 * ratings are chosen. `matrix[hasilKerja][perilaku]`.
 */
export function livePredikat(
  matrix: PredikatMatrix,
  hasilKerja: Rating | null | undefined,
  perilaku: Rating | null | undefined,
): Predikat | null {
  if (!hasilKerja || !perilaku) return null;
  return matrix[hasilKerja]?.[perilaku] ?? null;
}

/** The colour family of a predikat badge (the word is always written too). */
export function predikatTone(p: Predikat | OrgPredikat): 'best' | 'good' | 'fix' | 'poor' {
  if (p === 'SANGAT_BAIK' || p === 'ISTIMEWA') return 'best';
  if (p === 'BAIK') return 'good';
  if (p === 'BUTUH_PERBAIKAN') return 'fix';
  return 'poor';
}

// ---- periods ----

export type Cadence = PerformanceSettings['cadence'];
const CADENCE_MONTHS: Record<Cadence, number> = { monthly: 1, quarterly: 3, semester: 6 };

export interface Period {
  start: string;
  end: string;
}

/** One period an assessment may be made for: one of the cadence's, or the whole year. */
export interface PeriodChoice extends Period {
  /** `YYYY-MM/YYYY-MM`, as the API's queries take it. */
  key: string;
  kind: 'year' | 'month' | 'quarter' | 'semester';
  /** 1-based place in the year (the year itself: 1). */
  n: number;
  /** The performance year it belongs to. */
  year: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 of a `YYYY-MM`, or null. */
export function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export const periodKey = (p: Period) => `${p.start}/${p.end}`;

/** A `YYYY-MM/YYYY-MM` key back to a period, or null when it is not one. */
export function periodFromKey(key: string | undefined | null): Period | null {
  const [start, end] = (key ?? '').split('/');
  return start && end && MONTH.test(start) && MONTH.test(end) && start <= end ? { start, end } : null;
}

/** The performance year (as the API's `year` names it) that holds a month. */
export function performanceYearOf(month: string, yearStartMonth: number): number {
  const index = monthIndex(month.slice(0, 7));
  if (index === null) throw new RangeError(`not a month: ${month}`);
  return Math.floor((index - (yearStartMonth - 1)) / 12);
}

const KIND: Record<Cadence, PeriodChoice['kind']> = {
  monthly: 'month',
  quarterly: 'quarter',
  semester: 'semester',
};

/**
 * The periods of a performance year that may be assessed: the cadence's (12 months, 4 quarters
 * or 2 semesters, aligned to the year's first month), then the whole year, which the annual
 * assessment uses (the API's validatePeriod takes exactly these).
 */
export function periodChoices(
  year: number,
  settings: Pick<PerformanceSettings, 'yearStartMonth' | 'cadence'>,
): PeriodChoice[] {
  const first = year * 12 + settings.yearStartMonth - 1;
  const size = CADENCE_MONTHS[settings.cadence];
  const parts = Array.from({ length: 12 / size }, (_, i) => {
    const start = monthOf(first + i * size);
    const end = monthOf(first + i * size + size - 1);
    return { start, end, key: `${start}/${end}`, kind: KIND[settings.cadence], n: i + 1, year };
  });
  const start = monthOf(first);
  const end = monthOf(first + 11);
  return [...parts, { start, end, key: `${start}/${end}`, kind: 'year', n: 1, year }];
}

/**
 * The period offered first: the cadence period holding this month (`today`, `YYYY-MM-DD` or
 * `YYYY-MM`); for a past or future year, its last or first period.
 */
export function currentChoice(choices: readonly PeriodChoice[], today: string): PeriodChoice | null {
  const parts = choices.filter((c) => c.kind !== 'year');
  const now = monthIndex(today.slice(0, 7));
  if (parts.length === 0 || now === null) return choices[0] ?? null;
  const holding = parts.find((p) => (monthIndex(p.start) ?? 0) <= now && now <= (monthIndex(p.end) ?? 0));
  if (holding) return holding;
  return now < (monthIndex(parts[0]!.start) ?? 0) ? parts[0]! : parts[parts.length - 1]!;
}

/** Words for a period: `PeriodChoice`-like names, from the page's dictionary. */
export interface PeriodWords {
  year: (year: number) => string;
  quarter: (roman: string, year: number) => string;
  semester: (roman: string, year: number) => string;
  month: (month: string) => string;
  range: (start: string, end: string) => string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A period in words ("Triwulan IV 2026", "Tahun 2026", "Maret 2026"), whatever cadence it was
 * written under; one that fits no name as its two months.
 */
export function periodText(p: Period, yearStartMonth: number, w: PeriodWords): string {
  const s = monthIndex(p.start);
  const e = monthIndex(p.end);
  if (s === null || e === null) return `${p.start}–${p.end}`;
  const year = performanceYearOf(p.start, yearStartMonth);
  const offset = s - (year * 12 + yearStartMonth - 1);
  const length = e - s + 1;
  if (length === 12 && offset === 0) return w.year(year);
  if (length === 1) return w.month(p.start);
  if (length === 3 && offset % 3 === 0) return w.quarter(ROMAN[offset / 3]!, year);
  if (length === 6 && offset % 6 === 0) return w.semester(ROMAN[offset / 6]!, year);
  return w.range(p.start, p.end);
}

// ---- the distribution against its caps ----

/** Words for the caps (the page's dictionary). */
export interface CapWords {
  predikat: (p: Predikat) => string;
  or: string;
  /** Short, for a chart's axis: "Baik (maks. 70%)". */
  maxShort: (what: string, pct: number) => string;
  minShort: (what: string, pct: number) => string;
  someShort: (what: string) => string;
  /** Whole, for the table and the refusal: "paling banyak 3 dari 5 pegawai Baik (70%)". */
  max: (allowed: number, total: number, what: string, pct: number) => string;
  min: (allowed: number, total: number, what: string, pct: number) => string;
  some: (allowed: number, what: string) => string;
}

const predikatsText = (ps: readonly Predikat[], w: CapWords) => ps.map(w.predikat).join(` ${w.or} `);

/** A cap's short name, for the chart's axis. */
export function capShort(limit: Pick<DistributionLimit, 'rule'>, w: CapWords): string {
  const what = predikatsText(limit.rule.predikats, w);
  const r = limit.rule;
  return r.kind === 'max'
    ? w.maxShort(what, r.percent)
    : r.kind === 'min'
      ? w.minShort(what, r.percent)
      : w.someShort(what);
}

/** A cap in words with its numbers, for the table and a refused finalisation. */
export function capText(
  limit: Pick<DistributionLimit, 'rule' | 'allowed'>,
  total: number,
  w: CapWords,
): string {
  const what = predikatsText(limit.rule.predikats, w);
  const r = limit.rule;
  return r.kind === 'max'
    ? w.max(limit.allowed, total, what, r.percent)
    : r.kind === 'min'
      ? w.min(limit.allowed, total, what, r.percent)
      : w.some(limit.allowed, what);
}

export interface CapChart {
  labels: string[];
  given: number[];
  allowed: number[];
  /** Per cap: the count given breaks it (drawn in the accent colour, and said in the table). */
  broken: boolean[];
}

/** The chart of given against allowed per cap; empty while the organisation is not rated. */
export function capChart(dist: Pick<AssessmentDistribution, 'limits'>, w: CapWords): CapChart {
  return {
    labels: dist.limits.map((l) => capShort(l, w)),
    given: dist.limits.map((l) => l.given),
    allowed: dist.limits.map((l) => l.allowed),
    broken: dist.limits.map((l) => l.status === 'exceeded'),
  };
}

/** One cap a finalisation was refused on: its words when the cap is known, else the API's numbers. */
export interface RefusedCap {
  index: number;
  limit: DistributionLimit | null;
  allowed: number | null;
  given: number | null;
  total: number | null;
  bound: 'at-most' | 'at-least' | null;
}

const CAP_MESSAGE = /at (most|least) (\d+) of (\d+)\b.*?;\s*(\d+) given/;

/**
 * The caps a 409 of `finaliseSkpAssessments` names (`errors[].path` `distribution.<i>`, the cap's
 * index in the organisation's row), matched to the distribution's caps; the numbers are read off
 * the API's message too, so a cap is named even when the distribution moved meanwhile.
 */
export function refusedCaps(
  errors: readonly { path: string; message: string }[],
  limits: readonly DistributionLimit[],
): RefusedCap[] {
  const out: RefusedCap[] = [];
  for (const e of errors) {
    const m = /^distribution\.(\d+)$/.exec(e.path);
    if (!m) continue;
    const index = Number(m[1]);
    const numbers = CAP_MESSAGE.exec(e.message);
    const limit = limits.find((l) => l.index === index) ?? null;
    out.push({
      index,
      limit,
      allowed: numbers ? Number(numbers[2]) : (limit?.allowed ?? null),
      given: numbers ? Number(numbers[4]) : (limit?.given ?? null),
      total: numbers ? Number(numbers[3]) : null,
      bound: numbers ? (numbers[1] === 'most' ? 'at-most' : 'at-least') : (limit?.bound ?? null),
    });
  }
  return out;
}

// ---- the team and its assessments ----

export interface TeamRow {
  skp: SkpSummary;
  /** The assessment of the chosen period, if any. */
  assessment: Assessment | null;
}

/**
 * The appraiser's team for a period: each SKP with its assessment of exactly that period, by name.
 * An employee with two SKPs of the year (a move) is listed twice, each with its own.
 */
export function teamRows(skps: readonly SkpSummary[], assessments: readonly Assessment[], period: Period) {
  const bySkp = new Map(
    assessments
      .filter((a) => a.period.start === period.start && a.period.end === period.end)
      .map((a) => [a.skpId, a]),
  );
  return [...skps]
    .sort((a, b) => a.employeeName.localeCompare(b.employeeName, 'id'))
    .map((skp): TeamRow => ({ skp, assessment: bySkp.get(skp.id) ?? null }));
}

/**
 * Approved SKPs without an assessment of the period: what waits for the appraiser; none where the
 * period is final for the unit (`isFinal`), since nothing can be assessed there any more.
 */
export function waitingCount(
  rows: readonly TeamRow[],
  isFinal: (unitId: string) => boolean = () => false,
): number {
  return rows.filter((r) => r.skp.status === 'approved' && !r.assessment && !isFinal(r.skp.unitId)).length;
}

export type OrgRef = { kind: 'unit' | 'agency'; id: string };

/** The units the team works in, most members first (then by name). */
export function teamUnits(skps: readonly SkpSummary[]): { id: string; name: string | null; count: number }[] {
  const units = new Map<string, { id: string; name: string | null; count: number }>();
  for (const s of skps) {
    const u = units.get(s.unitId) ?? { id: s.unitId, name: s.unitName, count: 0 };
    u.count++;
    units.set(s.unitId, u);
  }
  return [...units.values()].sort(
    (a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? '', 'id'),
  );
}

/** Whether `ancestor` is above `unitId` in the unit tree (`parentOf` gives each unit's parent). */
export function isBelow(
  unitId: string,
  ancestor: string,
  parentOf: (unitId: string) => string | null,
): boolean {
  const seen = new Set<string>();
  for (let up = parentOf(unitId); up && !seen.has(up); up = parentOf(up)) {
    if (up === ancestor) return true;
    seen.add(up);
  }
  return false;
}

/**
 * The organisation an appraiser most likely heads, from where the people they appraise work (an
 * appraiser is their direct superior): whoever appraises someone in a unit outside their own
 * subtree heads the agency (the Kepala Dinas appraises the heads of its units); otherwise they
 * head their own unit (a Kabid appraises the staff of the Bidang and the heads of its sections).
 * Without their own unit known, the team's one unit, or the agency when it spans several. No team:
 * the agency. The API decides in the end; this only picks what the page offers first.
 */
export function headedOrg(
  team: readonly SkpSummary[],
  agencyId: string,
  ownUnitId: string | null,
  parentOf: (unitId: string) => string | null,
): OrgRef {
  const units = teamUnits(team);
  if (units.length === 0) return { kind: 'agency', id: agencyId };
  if (!ownUnitId)
    return units.length === 1 ? { kind: 'unit', id: units[0]!.id } : { kind: 'agency', id: agencyId };
  const outside = units.some((u) => u.id !== ownUnitId && !isBelow(u.id, ownUnitId, parentOf));
  return outside ? { kind: 'agency', id: agencyId } : { kind: 'unit', id: ownUnitId };
}

/**
 * The units a head may rate (issue 14 §2: a unit is rated by the head of the organisation above
 * it, never by its own head): those where people they appraise work, since whoever they appraise
 * in another unit heads it (or it has no head of its own). Their own unit only when they head the
 * agency (the agency head sits in the Sekretariat, which the Sekretaris heads).
 */
export function rateableUnits(
  teamSkps: readonly SkpSummary[],
  ownUnitId: string | null,
  headsAgency: boolean,
): { id: string; name: string | null }[] {
  return teamUnits(teamSkps)
    .filter((u) => headsAgency || u.id !== ownUnitId)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'id'));
}

// ---- what the API says, in the page's words ----

/**
 * A 400 at `hasilKerja` of a unit head's assessment: their hasil kerja follows their organisation's
 * rating. The rating it must be, and the organisation's predikat, read off the API's message.
 */
export function headRule(message: string): { expected: Rating; orgPredikat: OrgPredikat | null } | null {
  const m = /must be (above|meets|below)\b/.exec(message);
  if (!m || !/heads the/.test(message)) return null;
  const org = /rated ([A-Za-z ]+?) for this period/
    .exec(message)?.[1]
    ?.trim()
    .toUpperCase()
    .replace(/ /g, '_');
  return {
    expected: m[1] as Rating,
    orgPredikat: (ORG_PREDIKAT_CODES as readonly string[]).includes(org ?? '') ? (org as OrgPredikat) : null,
  };
}

export type Refusal = 'finalised' | 'headUnrated' | 'unrated' | 'empty' | 'notApproved' | 'changed';

/** Which of the API's 409s an assessment, a rating or a finalisation met (see the API's texts). */
export function refusalOf(detail: string | undefined): Refusal | null {
  if (!detail) return null;
  if (/are finalised|already finalised/.test(detail)) return 'finalised';
  if (/heads the .* has no rating/.test(detail)) return 'headUnrated';
  if (/has no rating for/.test(detail)) return 'unrated';
  if (/has no assessments/.test(detail)) return 'empty';
  if (/must be approved|no longer approved/.test(detail)) return 'notApproved';
  if (/changed/.test(detail)) return 'changed';
  return null;
}

// ---- an organisation's rating as the form holds it ----

/**
 * A number as typed: "92,5" (Indonesian) or "92.5"; "1.250,5" with a thousands dot. Null when it is
 * not a number.
 */
export function parseDecimal(typed: string): number | null {
  let s = typed.trim().replace(/\s/g, '');
  if (!s) return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export interface IndicatorDraft {
  text: string;
  target: string;
  realisation: string;
}

export interface RatingDraft {
  org: OrgRef | null;
  predikat: OrgPredikat | null;
  indicators: IndicatorDraft[];
  reason: string;
}

export type RatingProblem = 'org' | 'predikat' | 'text' | 'number';

/**
 * What is wrong with a rating before it is sent, by the API's field paths (`indicators.<i>.target`);
 * a row left wholly empty is not an indicator and is dropped.
 */
export function checkRatingDraft(d: RatingDraft): Record<string, RatingProblem> {
  const out: Record<string, RatingProblem> = {};
  if (!d.org) out.unitId = 'org';
  if (!d.predikat) out.predikat = 'predikat';
  filledIndicators(d.indicators).forEach(({ row, index }) => {
    if (!row.text.trim()) out[`indicators.${index}.text`] = 'text';
    if (parseDecimal(row.target) === null) out[`indicators.${index}.target`] = 'number';
    if (parseDecimal(row.realisation) === null) out[`indicators.${index}.realisation`] = 'number';
  });
  return out;
}

/** The form rows an API path `indicators.<i>` names: the i-th filled row's place in the form. */
export const sentRows = (rows: readonly IndicatorDraft[]) => filledIndicators(rows).map(({ index }) => index);

const filledIndicators = (rows: readonly IndicatorDraft[]) =>
  rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.text.trim() || row.target.trim() || row.realisation.trim());

/**
 * The body of `rateOrganisation` (exactly one of unitId and agencyId), or null while the draft has
 * a problem. Indicator paths in the API's answer follow the rows sent, which are the filled ones.
 */
export function ratingBody(d: RatingDraft, period: Period) {
  if (Object.keys(checkRatingDraft(d)).length > 0 || !d.org || !d.predikat) return null;
  const indicators = filledIndicators(d.indicators).map(({ row }) => ({
    text: row.text.trim(),
    target: parseDecimal(row.target)!,
    realisation: parseDecimal(row.realisation)!,
  }));
  const reason = d.reason.trim();
  return {
    ...(d.org.kind === 'unit' ? { unitId: d.org.id } : { agencyId: d.org.id }),
    period: { start: period.start, end: period.end },
    predikat: d.predikat,
    indicators,
    ...(reason ? { reason } : {}),
  };
}
