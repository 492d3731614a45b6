/**
 * The follow-up register's rules as the page applies them, without I/O: who may do what to a row
 * (the API's canRecordCoaching / canRecordReferral, so no button leads to a 403), what each
 * category holds, the year shown, the forms' bodies checked with the API's own schemas and date
 * rules, and every refusal (the browser's or the API's) said in the reader's words.
 */
import type { Role } from '@pamong/core';
import type * as z from 'zod';
import { ApiError, type FieldError } from '../../api/client';
import type {
  CoachingCheckIn,
  CoachingPlan,
  CreateCoachingPlanBody,
  DisciplineReferral,
  FollowUpKind,
  FollowUpReason,
  FollowUpRow,
  FollowUpStatus,
  RecordCheckInBody,
  RecordOutcomeBody,
  RecordReferralBody,
  ReferralOutcome,
} from './followup-api';
import {
  coachingCheckInDateIssues,
  createCoachingPlanSchema,
  followUpWindow,
  recordCoachingCheckInSchema,
  recordDisciplineReferralSchema,
  recordReferralOutcomeSchema,
  referralDecisionIssues,
} from './followup-core';
import type { FollowUpDictionary } from './i18n/followup-id';

export const KIND_CODES = [
  'talent-pool',
  'coaching',
  'discipline-referral',
] as const satisfies readonly FollowUpKind[];
export const REASON_CODES = [
  'sangat-baik-consecutive',
  'butuh-perbaikan-or-worse',
  'kurang-or-sangat-kurang',
  'persistent-low-predikat',
] as const satisfies readonly FollowUpReason[];
export const STATUS_CODES = [
  'noted',
  'to-do',
  'planned',
  'in-progress',
  'referred',
  'decided',
] as const satisfies readonly FollowUpStatus[];
export const OUTCOME_CODES = [
  'no-violation',
  'light',
  'moderate',
  'severe',
  'withdrawn',
] as const satisfies readonly ReferralOutcome[];
/** The predikats that lead to coaching: Butuh Perbaikan or worse. */
export const LOW_PREDIKATS = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

export const isKind = (s: string | undefined): s is FollowUpKind =>
  (KIND_CODES as readonly string[]).includes(s ?? '');

// ---- who may do what ----

/** The signed-in account as the rules read it. */
export interface Viewer {
  role: Role;
  agencyId: string | null;
  employeeId: string | null;
}

const STAFF: readonly Role[] = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'];
export const isAdminRole = (role: Role) => role === 'tenant-admin' || role === 'agency-admin';
const adminReaches = (v: Viewer, agencyId: string) =>
  v.role === 'tenant-admin' || (v.role === 'agency-admin' && !!v.agencyId && v.agencyId === agencyId);
const isSelf = (v: Viewer, employeeId: string) => !!v.employeeId && v.employeeId === employeeId;

type RowRef = Pick<FollowUpRow, 'agencyId' | 'employeeId'> & {
  appraiser?: FollowUpRow['appraiser'];
  coachingPlan?: Pick<CoachingPlan, 'coach'> | null;
};

/** A coaching plan and its check-ins: admins in scope and the employee's coach; never one's own. */
export const mayCoach = (v: Viewer, row: RowRef) =>
  STAFF.includes(v.role) &&
  !isSelf(v, row.employeeId) &&
  (adminReaches(v, row.agencyId) ||
    (!!v.employeeId && [row.appraiser?.id, row.coachingPlan?.coach?.id].includes(v.employeeId)));

/** A referral and its outcome: admins in scope (the BKD/BKPSDM), never about themselves. */
export const mayRefer = (v: Viewer, row: RowRef) =>
  !isSelf(v, row.employeeId) && adminReaches(v, row.agencyId);

export type RowAction = 'createPlan' | 'checkIn' | 'refer' | 'outcome';

/**
 * What the viewer may do to a row: make the plan or record the referral while the register still
 * leads to it (a row no longer current only keeps its record), then record check-ins or the outcome.
 */
export function rowActions(v: Viewer, row: FollowUpRow): RowAction[] {
  if (row.kind === 'coaching' && mayCoach(v, row))
    return row.coachingPlan ? ['checkIn'] : row.current ? ['createPlan'] : [];
  if (row.kind === 'discipline-referral' && mayRefer(v, row))
    return row.referral ? ['outcome'] : row.current ? ['refer'] : [];
  return [];
}

// ---- the register ----

export const rowKey = (r: Pick<FollowUpRow, 'kind' | 'employeeId'>) => `${r.kind}:${r.employeeId}`;

export interface KindCount {
  total: number;
  /** Nothing recorded yet (no plan, no referral). */
  waiting: number;
  /** A plan or a referral recorded. */
  recorded: number;
}

export function kindCounts(rows: readonly FollowUpRow[]): Record<FollowUpKind, KindCount> {
  const out = Object.fromEntries(KIND_CODES.map((k) => [k, { total: 0, waiting: 0, recorded: 0 }])) as Record<
    FollowUpKind,
    KindCount
  >;
  for (const r of rows) {
    const c = out[r.kind];
    c.total++;
    if (r.status === 'to-do') c.waiting++;
    else if (r.kind !== 'talent-pool') c.recorded++;
  }
  return out;
}

/** A row with the plan or referral the API answered, as the register will read it next. */
export function withRecord(row: FollowUpRow, record: CoachingPlan | DisciplineReferral): FollowUpRow {
  if ('goals' in record) return { ...row, coachingPlan: record, status: record.status };
  return { ...row, referral: record, status: record.status };
}

export function replaceRow(rows: readonly FollowUpRow[], next: FollowUpRow): FollowUpRow[] {
  return rows.map((r) => (rowKey(r) === rowKey(next) ? next : r));
}

/** How far a plan is: check-ins held of all, and the first still planned. */
export function planProgress(plan: Pick<CoachingPlan, 'checkIns'>): {
  held: number;
  total: number;
  next: CoachingCheckIn | null;
} {
  const held = plan.checkIns.filter((c) => c.status === 'held').length;
  return {
    held,
    total: plan.checkIns.length,
    next: plan.checkIns.find((c) => c.status === 'planned') ?? null,
  };
}

/**
 * The year shown (`?year=`): by default last year, whose predikats are being followed up now
 * (coaching of one year's predikat is done within the next); never after this year.
 */
export function yearFromQuery(value: string | undefined, thisYear: number): number {
  const asked = Number(value);
  return Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear - 1;
}

// ---- refusals in words ----

export type ProblemWords = FollowUpDictionary['problems'];
type DateText = (iso: string) => string;

const headOf = (path: string) => path.split('.')[0] ?? path;
/** The first group `re` captures in `s`, if it matches. */
const captured = (re: RegExp, s: string) => re.exec(s)?.[1];

/** One field error (from the browser's check or the API, in English) in the reader's words. */
export function fieldText(e: FieldError, w: ProblemWords, date: DateText): string {
  const m = e.message;
  const head = headOf(e.path);
  const before = captured(/cannot be before (\d{4}-\d{2}-\d{2})/, m);
  if (before) return w.beforeYear(date(before));
  const after = captured(/cannot be after (\d{4}-\d{2}-\d{2})/, m);
  if (after) return w.afterWindow(date(after));
  if (/in the future: record a check-in/.test(m)) return w.futureCheckIn;
  if (/in the future: record the outcome/.test(m)) return w.futureDecision;
  if (/must come after the one before/.test(m)) return w.notAscending;
  const max = captured(/<=\s*(\d+) characters/, m);
  if (max) return w.tooLong(Number(max));
  if (/<=\s*\d+ items/.test(m)) return head === 'goals' ? w.tooManyGoals : w.tooManyCheckIns;
  if (/>=\s*1 items/.test(m)) return w.noGoals;
  if (/received undefined|>=\s*1 characters|required/i.test(m))
    return e.path === 'goals' ? w.noGoals : w.required;
  if (/date|YYYY-MM-DD/i.test(m)) return w.invalidDate;
  if (head === 'outcome') return w.chooseOutcome;
  return w.invalid;
}

/** Field errors by the path of the field they belong to (`toField` maps a sent path to a shown one). */
export function fieldTexts(
  errors: readonly FieldError[],
  w: ProblemWords,
  date: DateText,
  toField: (path: string) => string = (p) => p,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[toField(e.path)] ??= fieldText(e, w, date);
  return out;
}

/**
 * What the message above a form says for a refused call, where this page knows better than the
 * generic problem text: the API's 409s (named by their detail), 404s and 403s. Null: the generic
 * text of the problem type (or the field errors alone, for a 400).
 */
export function refusalText(
  err: unknown,
  w: ProblemWords,
  who: { name: string; year: number },
  date: DateText,
): string | null {
  if (!(err instanceof ApiError)) return null;
  const d = err.detail ?? '';
  if (err.type === 'version-conflict') return w.changed;
  if (err.type === 'forbidden') return w.forbidden;
  if (err.type === 'validation') return err.errors.length > 0 ? w.checkFields : null;
  if (err.type === 'not-found') return /coaching plan/i.test(d) ? w.noPlan(who.name) : w.notFound;
  if (err.type !== 'conflict') return null;
  if (/already has a coaching plan/.test(d)) return w.planExists(who.name, who.year);
  if (/has no annual predikat/.test(d)) return w.noPredikat(who.name, who.year);
  if (/leads to a coaching plan/.test(d)) return w.notCoaching(who.name, who.year);
  if (/lead to no discipline referral/.test(d)) return w.notReferral(who.name, who.year);
  if (/annual assessment changed meanwhile/.test(d)) return w.assessmentChanged(who.name);
  const held = captured(/check-in on (\d{4}-\d{2}-\d{2}) is recorded already/, d);
  if (held) return w.checkInExists(date(held));
  if (/holds \d+ check-ins/.test(d)) return w.planFull;
  if (/referral for \d+ is recorded already/.test(d)) return w.referralExists(who.name, who.year);
  return null;
}

/** Whether the register on screen is out of date after this refusal (read it again). */
export const isStale = (err: unknown) =>
  err instanceof ApiError &&
  (err.type === 'version-conflict' ||
    (err.type === 'conflict' &&
      /already has a coaching plan|recorded already|changed meanwhile|leads to a coaching plan|lead to no discipline referral/.test(
        err.detail ?? '',
      )));

// ---- the forms ----

/** An error made in the browser, as the forms show an API refusal (messages still in English). */
const localError = (errors: FieldError[]) =>
  new ApiError(400, 'validation', 'Invalid input', undefined, errors);

const issuesOf = (error: z.ZodError): FieldError[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));

type Period = { start: string; end: string };

/** A date as the date rules compare it; anything else is the schema's to refuse. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Every problem found at once, so one attempt shows them all. */
const found = (errors: FieldError[]) => (errors.length > 0 ? localError(errors) : null);

export interface PlanDraft {
  goals: string[];
  checkIns: { date: string; note: string }[];
}

export const emptyPlanDraft = (): PlanDraft => ({ goals: [''], checkIns: [{ date: '', note: '' }] });

export interface PlanSend {
  body: CreateCoachingPlanBody;
  /** The shown goal and check-in of each one sent (blank lines are not sent). */
  goalAt: number[];
  checkInAt: number[];
}

/** The body of createCoachingPlan from what the form holds; blank lines are left out. */
export function planBody(draft: PlanDraft, employeeId: string, period: Period): PlanSend {
  const goalAt: number[] = [];
  const goals: string[] = [];
  draft.goals.forEach((g, i) => {
    if (g.trim()) {
      goalAt.push(i);
      goals.push(g.trim());
    }
  });
  const checkInAt: number[] = [];
  const checkIns: CreateCoachingPlanBody['checkIns'] = [];
  draft.checkIns.forEach((c, i) => {
    if (!c.date && !c.note.trim()) return;
    checkInAt.push(i);
    checkIns.push({ date: c.date, ...(c.note.trim() ? { note: c.note.trim() } : {}) });
  });
  return {
    body: { employeeId, period: { start: period.start, end: period.end }, goals, checkIns },
    goalAt,
    checkInAt,
  };
}

/** The shown field of a path of the body sent (`goals.1` may be the third goal shown). */
export function shownPath(path: string, send: Pick<PlanSend, 'goalAt' | 'checkInAt'>): string {
  const [head, index, ...rest] = path.split('.');
  const at = head === 'goals' ? send.goalAt : head === 'checkIns' ? send.checkInAt : null;
  if (!at || index === undefined || !/^\d+$/.test(index)) return head === 'goals' ? 'goals.0' : path;
  return [head, String(at[Number(index)] ?? index), ...rest].join('.');
}

/** The plan as the API would check it (its schema, then the dates against the year followed up). */
export function checkPlan(send: PlanSend, today: string): ApiError | null {
  const parsed = createCoachingPlanSchema.safeParse(send.body);
  const window = followUpWindow(send.body.period);
  const dates = (send.body.checkIns ?? []).flatMap((c, i) =>
    ISO_DATE.test(c.date)
      ? coachingCheckInDateIssues(c.date, window, { held: false, today, path: `checkIns.${i}.date` })
      : [],
  );
  return found([...(parsed.success ? [] : issuesOf(parsed.error)), ...dates]);
}

export interface CheckInDraft {
  date: string;
  note: string;
}

export const checkInBody = (d: CheckInDraft): RecordCheckInBody => ({ date: d.date, note: d.note.trim() });

/** A held check-in as the API would check it: its schema, within the plan's window, not ahead of today. */
export function checkCheckIn(body: RecordCheckInBody, period: Period, today: string): ApiError | null {
  const parsed = recordCoachingCheckInSchema.safeParse(body);
  const dates = ISO_DATE.test(body.date)
    ? coachingCheckInDateIssues(body.date, followUpWindow(period), { held: true, today, path: 'date' })
    : [];
  return found([...(parsed.success ? [] : issuesOf(parsed.error)), ...dates]);
}

export const referralBody = (employeeId: string, year: number, note: string): RecordReferralBody => ({
  employeeId,
  year,
  ...(note.trim() ? { note: note.trim() } : {}),
});

export function checkReferral(body: RecordReferralBody): ApiError | null {
  const parsed = recordDisciplineReferralSchema.safeParse(body);
  return parsed.success ? null : localError(issuesOf(parsed.error));
}

export interface OutcomeDraft {
  outcome: ReferralOutcome | '';
  decidedOn: string;
  note: string;
}

export const outcomeDraftOf = (r: DisciplineReferral | null): OutcomeDraft => ({
  outcome: r?.outcome?.outcome ?? '',
  decidedOn: r?.outcome?.decidedOn ?? '',
  note: r?.outcome?.note ?? '',
});

export const outcomeBody = (d: OutcomeDraft, version: number) =>
  ({
    outcome: d.outcome,
    decidedOn: d.decidedOn,
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
    version,
  }) as RecordOutcomeBody;

/** The outcome as the API would check it: its schema, decided within the year followed up and today. */
export function checkOutcome(body: RecordOutcomeBody, period: Period, today: string): ApiError | null {
  const parsed = recordReferralOutcomeSchema.safeParse(body);
  const dates = ISO_DATE.test(body.decidedOn)
    ? referralDecisionIssues(body.decidedOn, followUpWindow(period), today)
    : [];
  return found([...(parsed.success ? [] : issuesOf(parsed.error)), ...dates]);
}
