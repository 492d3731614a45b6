/**
 * The performance module's home tiles (issue 14 §6): one's own SKP and its status, the team's
 * approved SKPs not yet assessed for the current assessment period (appraisers), and the 360 forms
 * to fill. ../home/tiles registers them; here are what they read, what they show and their words,
 * kept small, since the home page loads them.
 */
import type { Me } from '../../api/client';
import type { NumberFormat, TileView } from '../home/tiles';
import { getPerformanceSettings, listAllAssessments, listSkps, type SkpSummary } from './assessment-api';
import {
  currentChoice,
  monthIndex,
  type Period,
  type PeriodWords,
  performanceYearOf,
  periodChoices,
  periodText,
} from './assessment-model';
import { listMyFeedbackForms } from './feedback-api';
import { formsToFill } from './feedback-model';

/** Today in the tenant's time zone, `YYYY-MM-DD`. */
const todayIn = (me: Me, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: me.tenant?.timeZone ?? 'Asia/Jakarta' }).format(now);

// ---- what the tiles read ----

export interface MySkpData {
  /** The SKP of the period holding today, else the newest; null when there is none. */
  skp: SkpSummary | null;
}

/** The SKP the tile shows from a page of one's own (newest first). */
export function currentSkp(items: readonly SkpSummary[], today: string): SkpSummary | null {
  const now = monthIndex(today.slice(0, 7));
  return (
    items.find(
      (s) =>
        now !== null && (monthIndex(s.period.start) ?? 0) <= now && now <= (monthIndex(s.period.end) ?? 0),
    ) ??
    items[0] ??
    null
  );
}

export async function loadMySkp(me: Me): Promise<MySkpData> {
  const page = await listSkps({ scope: 'mine', limit: 10 });
  return { skp: currentSkp(page.items, todayIn(me)) };
}

export interface WaitingData {
  count: number;
  /** The team had more approved SKPs than one page: the count is a floor. */
  atLeast: boolean;
  period: Period;
  yearStartMonth: number;
}

/**
 * Approved SKPs of the team without an assessment of a period, counted once per SKP; only SKPs
 * whose year holds the period count.
 */
export function waitingFor(
  team: readonly SkpSummary[],
  assessed: readonly { skpId: string; period: Period }[],
  period: Period,
): number {
  const done = new Set(
    assessed
      .filter((a) => a.period.start === period.start && a.period.end === period.end)
      .map((a) => a.skpId),
  );
  return team.filter(
    (s) =>
      s.status === 'approved' &&
      s.period.start <= period.start &&
      period.end <= s.period.end &&
      !done.has(s.id),
  ).length;
}

/**
 * What waits for an appraiser in the current assessment period (by the tenant's cadence: the
 * current quarter by default); null for someone who appraises no approved SKP.
 */
export async function loadAssessmentsWaiting(me: Me): Promise<WaitingData | null> {
  if (!me.user.agencyId) return null;
  // Most accounts appraise nobody: the settings are read only for those who do.
  const team = await listSkps({ scope: 'team', status: 'approved', limit: 100 });
  if (team.items.length === 0) return null;
  const settings = await getPerformanceSettings();
  const today = todayIn(me);
  const period = currentChoice(
    periodChoices(performanceYearOf(today, settings.yearStartMonth), settings),
    today,
  );
  if (!period) return null;
  const assessed = await listAllAssessments({ agencyId: me.user.agencyId }, period);
  return {
    count: waitingFor(team.items, assessed, period),
    atLeast: team.nextCursor !== null,
    period: { start: period.start, end: period.end },
    yearStartMonth: settings.yearStartMonth,
  };
}

export const loadFeedbackForms = async () => formsToFill(await listMyFeedbackForms(undefined, 100));

// ---- their words ----

const ID_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthWith = (names: string[]) => (m: string) =>
  `${names[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;

const idPeriods: PeriodWords = {
  year: (y) => `tahun ${y}`,
  quarter: (r, y) => `triwulan ${r} ${y}`,
  semester: (r, y) => `semester ${r} ${y}`,
  month: monthWith(ID_MONTHS),
  range: (s, e) => `${monthWith(ID_MONTHS)(s)} – ${monthWith(ID_MONTHS)(e)}`,
};
const enPeriods: PeriodWords = {
  year: (y) => `year ${y}`,
  quarter: (r, y) => `quarter ${r} ${y}`,
  semester: (r, y) => `semester ${r} ${y}`,
  month: monthWith(EN_MONTHS),
  range: (s, e) => `${monthWith(EN_MONTHS)(s)} – ${monthWith(EN_MONTHS)(e)}`,
};

export const PERFORMANCE_TILE_WORDS = {
  id: {
    mySkp: 'SKP saya',
    waiting: 'Penilaian kinerja menunggu',
    forms: 'Formulir 360 untuk diisi',
    status: { draft: 'Draf', submitted: 'Diajukan', approved: 'Disetujui' },
    none: 'Belum ada SKP',
    createHint: 'SKP tahun ini belum dibuat',
    skpHint: (year: string, appraiser: string) => `SKP ${year} · pejabat penilai ${appraiser}`,
    waitingHint: (period: string) => `SKP tim yang belum dinilai, ${period}`,
    formsHint: 'jawaban tanpa nama penilai',
    formsNone: 'semua formulir sudah diisi',
    periods: idPeriods,
  },
  en: {
    mySkp: 'My SKP',
    waiting: 'Assessments waiting',
    forms: '360 forms to fill',
    status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved' },
    none: 'No SKP yet',
    createHint: "this year's SKP is not created yet",
    skpHint: (year: string, appraiser: string) => `SKP ${year} · appraiser ${appraiser}`,
    waitingHint: (period: string) => `team SKPs not assessed yet, ${period}`,
    formsHint: 'answers keep no rater name',
    formsNone: 'every form is answered',
    periods: enPeriods,
  },
};

export type PerformanceTileWords = (typeof PERFORMANCE_TILE_WORDS)['id'];

// ---- what they show ----

export function mySkpView(data: MySkpData, w: PerformanceTileWords): TileView {
  const s = data.skp;
  if (!s) return { value: w.none, text: true, hint: w.createHint, tone: 'attention' };
  return {
    value: w.status[s.status],
    text: true,
    hint: w.skpHint(s.period.start.slice(0, 4), s.appraiser.name),
    tone: s.status === 'approved' ? 'good' : s.status === 'draft' ? 'attention' : undefined,
  };
}

export function waitingView(data: WaitingData, w: PerformanceTileWords, fmt: NumberFormat): TileView {
  return {
    value: `${fmt(data.count)}${data.atLeast ? '+' : ''}`,
    hint: w.waitingHint(periodText(data.period, data.yearStartMonth, w.periods)),
    tone: data.count > 0 ? 'attention' : 'good',
  };
}

/** Null (the tile left out) for someone never asked to rate. */
export function formsView(
  data: { count: number; total: number; atLeast: boolean },
  w: PerformanceTileWords,
  fmt: NumberFormat,
): TileView | null {
  if (data.total === 0 && !data.atLeast) return null;
  return {
    value: `${fmt(data.count)}${data.atLeast ? '+' : ''}`,
    hint: data.count > 0 || data.atLeast ? w.formsHint : w.formsNone,
    tone: data.count > 0 ? 'attention' : undefined,
  };
}
