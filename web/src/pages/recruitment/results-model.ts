/**
 * The last part of e-recruitment on the staff pages (issue 12 §5), without the DOM: which exam's
 * scores may be imported and when the ranking may be computed (from the round's announcements),
 * the deciding factor in words, the ranking's rows grouped as the server orders them, the chart's
 * bars, the hire form's check and body, and the API's 400s and 409s in the page's own words.
 */
import { PNS_RANKS, PPPK_GRADES } from '@pamong/core';
import { ApiError } from '../../api/client';
import { type Dictionary, type Lang, LOCAL_VALIDATION_STATUS } from '../../i18n';
import { personnelFields, translateRule } from '../personnel/errors';
import type { ExamStage, RankFactor, ResultsDictionary } from './i18n/results-id';
import type { FormationRanking, HireInput, RankingEntry } from './recruitment-api';

export { PNS_RANKS, PPPK_GRADES };

type Announced = readonly { stage: string }[] | null | undefined;
const has = (items: Announced, stage: string) => !!items?.some((a) => a.stage === stage);

/** The announcement an exam's scores wait for: SKD after the final administration result, SKB after SKD. */
export const SCORE_PRECONDITION: Record<ExamStage, 'ADMINISTRATION_AFTER_OBJECTION' | 'SKD'> = {
  SKD: 'ADMINISTRATION_AFTER_OBJECTION',
  SKB: 'SKD',
};

/** Whether the stage's scores may be imported now (the announcement it waits for is published). */
export const scoresOpen = (stage: ExamStage, items: Announced): boolean =>
  has(items, SCORE_PRECONDITION[stage]);

/** Whether the ranking may be computed (ADMINISTRATION_AFTER_OBJECTION is published). */
export const rankingOpen = (items: Announced): boolean => has(items, 'ADMINISTRATION_AFTER_OBJECTION');

/** Whether the FINAL result is published: then those within the openings may be hired. */
export const finalPublished = (items: Announced): boolean => has(items, 'FINAL');

/** The exam whose scores come next: SKB once SKD is announced, else SKD. */
export const defaultExamStage = (items: Announced): ExamStage => (has(items, 'SKD') ? 'SKB' : 'SKD');

/** The deciding factor in words; null for the first of a list. */
export function factorText(factor: string | null | undefined, t: ResultsDictionary): string | null {
  if (!factor) return null;
  return (t.factors as Record<string, string>)[factor] ?? null;
}

export type EntryGroup = 'final' | 'skdOnly' | 'skdFailed' | 'absent';

/** Where the server put an entry: the final ranking, SKD only, SKD failures, no SKD score. */
export function entryGroup(e: Pick<RankingEntry, 'finalRank' | 'skd' | 'skdPassed'>): EntryGroup {
  if (e.finalRank !== null) return 'final';
  if (e.skd === null) return 'absent';
  if (!e.skdPassed) return 'skdFailed';
  return 'skdOnly';
}

/** The entries in the server's order, split where the group changes (for the table's sub-headings). */
export function groupEntries<E extends Pick<RankingEntry, 'finalRank' | 'skd' | 'skdPassed'>>(
  entries: readonly E[],
): { group: EntryGroup; entries: E[] }[] {
  const out: { group: EntryGroup; entries: E[] }[] = [];
  for (const e of entries) {
    const g = entryGroup(e);
    const last = out[out.length - 1];
    if (last && last.group === g) last.entries.push(e);
    else out.push({ group: g, entries: [e] });
  }
  return out;
}

/** The subtests below the passing grade, in words (TWK, TIU, TKP, Total SKD). */
export function failedText(failed: readonly string[], t: ResultsDictionary): string {
  return failed.map((f) => (f === 'total' ? t.factors.skdTotal : f.toUpperCase())).join(', ');
}

export interface RankBar {
  label: string;
  value: number;
  highlight: boolean;
}

/** Bars at most. */
export const CHART_MAX = 25;

/**
 * The chart of one formasi: the final score of those ranked finally, or the SKD total while there is
 * no final score yet; within the openings highlighted. `divider` is the number of bars above the
 * openings line (null when the line falls outside the bars).
 */
export function rankingBars(f: Pick<FormationRanking, 'entries' | 'openings'>): {
  kind: 'final' | 'skd';
  bars: RankBar[];
  divider: number | null;
  rest: number;
} {
  const finals = f.entries.filter((e) => e.finalScore !== null);
  const kind = finals.length > 0 ? 'final' : 'skd';
  const scored =
    kind === 'final' ? finals : f.entries.filter((e) => e.skdTotal !== null && e.skdRank !== null);
  const bars = scored.slice(0, CHART_MAX).map((e) => ({
    label: e.name,
    value: (kind === 'final' ? e.finalScore : e.skdTotal) ?? 0,
    highlight: kind === 'final' ? e.withinOpenings : (e.skdRank ?? Number.POSITIVE_INFINITY) <= f.openings,
  }));
  const within = bars.filter((b) => b.highlight).length;
  return {
    kind,
    bars,
    divider: within > 0 && within < bars.length ? within : null,
    rest: scored.length - bars.length,
  };
}

// ---- hiring ----

export type EmploymentKind = 'CPNS' | 'PPPK';

export interface HireValues {
  nip: string;
  tmt: string;
  rank: string;
  grade: string;
}

export const emptyHire = (): HireValues => ({ nip: '', tmt: '', rank: '', grade: '' });

/** The form checked in the browser as the server would: NIP 18 digits, a TMT, a grade for PPPK. */
export function checkHire(v: HireValues, kind: EmploymentKind, t: ResultsDictionary): Record<string, string> {
  const errors: Record<string, string> = {};
  const nip = v.nip.replace(/\s+/g, '');
  if (!nip) errors.nip = t.hire.required;
  else if (!/^\d{18}$/.test(nip)) errors.nip = t.hire.nip18;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.tmt)) errors.tmt = t.hire.required;
  if (kind === 'PPPK' && !v.grade) errors.grade = t.hire.gradeRequired;
  return errors;
}

/** hireApplicant's body: the rank only for a CPNS and only when chosen, the grade only for a PPPK. */
export function hireBody(v: HireValues, kind: EmploymentKind, version: number): HireInput {
  const body: HireInput = { nip: v.nip.replace(/\s+/g, ''), tmt: v.tmt, version };
  if (kind === 'CPNS' && v.rank) body.rank = v.rank as NonNullable<HireInput['rank']>;
  if (kind === 'PPPK' && v.grade) body.grade = v.grade as NonNullable<HireInput['grade']>;
  return body;
}

const APPLICANT_FIELDS: Record<Lang, Record<string, string>> = {
  id: {
    name: 'Nama',
    gender: 'Jenis kelamin',
    birthPlace: 'Tempat lahir',
    birthDate: 'Tanggal lahir',
    email: 'Surel',
    phone: 'Telepon',
    education: 'Pendidikan',
    nik: 'NIK',
  },
  en: {
    name: 'Name',
    gender: 'Gender',
    birthPlace: 'Place of birth',
    birthDate: 'Date of birth',
    email: 'Email',
    phone: 'Phone',
    education: 'Education',
    nik: 'NIK',
  },
};

/**
 * A 400 of hireApplicant by field: `nip`, `tmt`, `rank`, `grade` next to their inputs (the NIP
 * rules in Indonesian, as on the employee form), and the applicant's own data (`applicant.*`) as a
 * list naming each field, since the form cannot change it.
 */
export function hireErrors(
  err: unknown,
  common: Dictionary,
  lang: Lang,
  t: ResultsDictionary,
): { fields: Record<string, string>; applicant: string[] } {
  if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== LOCAL_VALIDATION_STATUS))
    return { fields: {}, applicant: [] };
  const all = personnelFields(common, lang, err);
  const fields: Record<string, string> = {};
  const applicant: string[] = [];
  for (const e of err.errors) {
    if (e.path.startsWith('applicant.')) {
      const inner = e.message.replace(/^the applicant's data:\s*/, '');
      const head = e.path.split('.')[1] ?? '';
      const label = APPLICANT_FIELDS[lang][head] ?? head;
      const text = translateRule(inner, lang) ?? (lang === 'en' ? inner : common.validation.invalid);
      applicant.push(t.hire.applicantField(label, text));
    } else if (all[e.path] !== undefined) fields[e.path] ??= all[e.path] as string;
  }
  return { fields, applicant };
}

/** A 409 of hireApplicant in the page's words. */
export function hireConflict(err: unknown, t: ResultsDictionary): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  if (err.type === 'version-conflict') return t.hire.conflict.changed;
  const d = err.detail ?? '';
  if (/already hired/.test(d)) return t.hire.conflict.hired;
  if (/only after the FINAL/.test(d)) return t.hire.conflict.noFinal;
  if (/does not list this applicant/.test(d)) return t.hire.conflict.notListed;
  if (/changed or was hired/.test(d)) return t.hire.conflict.changed;
  return t.hire.conflict.other;
}

/** A 409 of computeRanking in the page's words. */
export function rankingConflict(err: unknown, t: ResultsDictionary): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
  if (/ADMINISTRATION_AFTER_OBJECTION/.test(d)) return t.ranking.conflict.notAnnounced;
  if (/only once it is published/.test(d)) return t.ranking.conflict.notPublished;
  const m = /^The formasi (.+) cannot be ranked: (.+)\.$/.exec(d);
  if (m) return t.ranking.conflict.formasi(`${m[1]}: ${m[2]}`);
  return t.ranking.conflict.other;
}

/** A 409 of importExamScores / startExamScoreImport in the page's words. */
export function scoreConflict(err: unknown, stage: ExamStage, t: ResultsDictionary): string | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.detail ?? '';
  if (/announce|publish/i.test(d)) return stage === 'SKD' ? t.scores.conflict.skd : t.scores.conflict.skb;
  if (/running|lease|upload|already|started|status/i.test(d)) return t.scores.conflict.running;
  return t.scores.conflict.other;
}

export type { ExamStage, RankFactor };
