import {
  annualPeriod,
  assertPerformance,
  badCursor,
  type Claims,
  type CoachingPlan,
  type CreateCoachingPlanInput,
  canExportSkpReport,
  canRecordCoaching,
  canRecordReferral,
  canSeeFollowUps,
  coachingCheckInDateIssues,
  coachingPlanStatus,
  conflict,
  type DisciplineReferral,
  type ExportSkpReportQuery,
  FOLLOW_UP_KINDS,
  type FollowUp,
  type FollowUpKind,
  type FollowUpPage,
  type FollowUpRowRecord,
  followUpRegister,
  followUpsFor,
  followUpWindow,
  forbidden,
  type ListPerformanceFollowUpsQuery,
  notFound,
  type PerformancePeriod,
  type PerformanceSettings,
  PREDIKATS,
  type Predikat,
  performanceYearOf,
  type RecordCoachingCheckInInput,
  type RecordDisciplineReferralInput,
  type RecordReferralOutcomeInput,
  referralDecisionIssues,
  type Skp,
  type SkpAssessment,
  type SkpRealisation,
  validatePeriod,
  validationError,
  versionConflict,
  withHeldCheckIn,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import type { Key } from '../../keys';
import * as keys from '../../keys';
import { batchGetAll, type Store, stripKeys, type TxItem } from '../../store';
import { getAgency } from '../org';
import { getStoredEmployee } from '../personnel/employees';
import { queryAll } from '../surveys/responses';
import { appraisalChainOf } from './org';
import { getPerformanceSettings } from './settings';

/**
 * The follow-up of the annual predikat (issue 14 §4): the register of an agency's year, computed by
 * `followUpRegister` from the annual assessments of the year and of the years before it that the
 * settings need (talentPoolYears, persistYears); joined with what was done, kept per employee, year
 * and kind in the agency's follow-up partition (a coaching plan with goals and dated check-ins; a
 * discipline referral and its outcome). Also the annual predikats other contexts read (placement's
 * predikat factor, the promotion list), and the SKP report of an agency's year.
 *
 * Only annual assessments count: an assessment whose period is the tenant's annual period of the
 * year (`annualPeriod`). Pamong records a referral to the discipline process of PP 94/2021 and its
 * outcome; it does not run that process.
 */

type Period = { start: string; end: string };
type Item = Record<string, unknown>;
const keyId = (k: { pk: unknown; sk: unknown }) => `${k.pk}|${k.sk}`;
const nameOf = (actor: Actor) => actor.name ?? actor.sub;

const asAssessment = (item: Item) => stripKeys(item) as unknown as SkpAssessment;
const asPlan = (item: Item) => stripKeys(item) as unknown as CoachingPlan;
const asReferral = (item: Item) => stripKeys(item) as unknown as DisciplineReferral;

/** The years the rule reads for `year`: it and the ones before it, oldest first. */
function windowOf(year: number, settings: Pick<PerformanceSettings, 'talentPoolYears' | 'persistYears'>) {
  const n = Math.max(1, settings.talentPoolYears, settings.persistYears);
  return Array.from({ length: n }, (_, i) => year - n + 1 + i);
}

export type AnnualAssessments = Map<string, Map<number, SkpAssessment>>;

/**
 * The annual assessments of (employee, year) pairs: the SKP owner guards of the years' annual
 * periods, then the annual assessment of each SKP found. One BatchGetItem per 100 pairs, then one
 * per 100 SKPs found (both rounds in parallel chunks): 2 calls per 100 pairs at most, 1 when no
 * SKP exists.
 */
export async function annualAssessmentsOf(
  store: Store,
  tenantId: string,
  pairs: readonly { employeeId: string; year: number }[],
  settings: Pick<PerformanceSettings, 'yearStartMonth' | 'cadence'>,
): Promise<AnnualAssessments> {
  const out: AnnualAssessments = new Map();
  if (pairs.length === 0) return out;
  const refOf = new Map<string, { employeeId: string; year: number; period: Period }>();
  for (const p of pairs) {
    const period = annualPeriod(p.year, settings);
    refOf.set(keyId(keys.skpOwner(tenantId, p.employeeId, period)), { ...p, period });
  }
  const guards = await batchGetAll(
    store,
    [...refOf.values()].map((r) => keys.skpOwner(tenantId, r.employeeId, r.period)),
  );
  const bySkpKey = new Map<string, { employeeId: string; year: number }>();
  const assessmentKeys: Key[] = [];
  for (const g of guards) {
    const ref = refOf.get(keyId(g as { pk: unknown; sk: unknown }));
    if (!ref || typeof g.skpId !== 'string') continue;
    const k = keys.skpAssessment(tenantId, g.skpId, ref.period);
    bySkpKey.set(keyId(k), ref);
    assessmentKeys.push(k);
  }
  for (const item of await batchGetAll(store, assessmentKeys)) {
    const ref = bySkpKey.get(keyId(item as { pk: unknown; sk: unknown }));
    if (!ref) continue;
    const years = out.get(ref.employeeId) ?? new Map<number, SkpAssessment>();
    years.set(ref.year, asAssessment(item));
    out.set(ref.employeeId, years);
  }
  return out;
}

const historyOf = (years: ReadonlyMap<number, SkpAssessment> | undefined) =>
  [...(years ?? new Map<number, SkpAssessment>()).entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, a]) => ({ year, predikat: a.predikat }));

/**
 * The annual predikats of employees in the given years (the promotion list's two preceding
 * years): the settings (for the annual period) unless given, then `annualAssessmentsOf`.
 */
export async function annualPredikatsOf(
  store: Store,
  tenantId: string,
  employeeIds: readonly string[],
  years: readonly number[],
  settings?: PerformanceSettings,
): Promise<Map<string, { year: number; predikat: Predikat }[]>> {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0 || years.length === 0) return new Map();
  const s = settings ?? (await getPerformanceSettings(store, tenantId));
  const found = await annualAssessmentsOf(
    store,
    tenantId,
    ids.flatMap((employeeId) => years.map((year) => ({ employeeId, year }))),
    s,
  );
  return new Map([...found.entries()].map(([id, byYear]) => [id, historyOf(byYear)]));
}

/**
 * The latest annual predikat of each employee (placement's predikat factor): that of the current
 * performance year when it has been assessed, else the year before's. 2 BatchGetItem per 50
 * employees at most (two years' guards, then the SKPs found), plus the settings unless given.
 */
export async function latestAnnualPredikats(
  store: Store,
  tenantId: string,
  employeeIds: readonly string[],
  now: Date,
  settings?: PerformanceSettings,
): Promise<Map<string, { year: number; predikat: Predikat }>> {
  if (employeeIds.length === 0) return new Map();
  const s = settings ?? (await getPerformanceSettings(store, tenantId));
  const year = performanceYearOf(now.toISOString().slice(0, 7), s);
  const history = await annualPredikatsOf(store, tenantId, employeeIds, [year - 1, year], s);
  return new Map([...history.entries()].flatMap(([id, h]) => (h.length ? [[id, h[h.length - 1]!]] : [])));
}

// ---- one employee's follow-up of a year ----

interface EmployeeYear {
  /** The year's annual assessment, or null when there is none. */
  assessment: SkpAssessment | null;
  history: { year: number; predikat: Predikat }[];
  followUps: FollowUp[];
  /** The assessments the rule read, for ConditionChecks that they did not change meanwhile. */
  read: SkpAssessment[];
}

async function employeeYear(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  settings: PerformanceSettings,
): Promise<EmployeeYear> {
  const found = await annualAssessmentsOf(
    store,
    tenantId,
    windowOf(year, settings).map((y) => ({ employeeId, year: y })),
    settings,
  );
  const byYear = found.get(employeeId);
  const history = historyOf(byYear);
  return {
    assessment: byYear?.get(year) ?? null,
    history,
    followUps: followUpsFor(history, year, settings),
    read: [...(byYear?.values() ?? [])],
  };
}

/** ConditionChecks that the assessments a follow-up was decided on are as read. */
const unchanged = (store: Store, tenantId: string, read: readonly SkpAssessment[]): TxItem[] =>
  read.map((a) => ({
    op: {
      ConditionCheck: {
        TableName: store.tableName,
        Key: keys.skpAssessment(tenantId, a.skpId, a.period),
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': a.version },
      },
    },
    onConditionFailed: () =>
      conflict(`${a.employeeName}'s annual assessment changed meanwhile. Reload the register and try again.`),
  }));

const subjectOf = (a: SkpAssessment, year: number) => ({
  employeeId: a.employeeId,
  employeeName: a.employeeName,
  nip: a.nip ?? null,
  agencyId: a.agencyId,
  unitId: a.unitId,
  unitName: a.unitName ?? null,
  year,
  predikat: a.predikat,
});

const PREDIKAT_TEXT: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** The year's annual assessment and the follow-up record of `kind` filed with it, or 404. */
async function recordOf(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  kind: 'coaching' | 'discipline-referral',
): Promise<{ settings: PerformanceSettings; assessment: SkpAssessment; item: Item }> {
  const what = kind === 'coaching' ? 'Coaching plan' : 'Discipline referral';
  const settings = await getPerformanceSettings(store, tenantId);
  const found = await annualAssessmentsOf(store, tenantId, [{ employeeId, year }], settings);
  const assessment = found.get(employeeId)?.get(year);
  if (!assessment) throw notFound(what);
  const item = await store.get<Item>(
    keys.followUp(tenantId, assessment.agencyId, year, kind, employeeId),
    true,
  );
  if (!item) throw notFound(what);
  return { settings, assessment, item };
}

// ---- createCoachingPlan ----

/**
 * A coaching plan for an employee whose annual predikat of the year leads to coaching (Butuh
 * Perbaikan or worse): goals and planned check-ins. By admins in scope or the employee's coach
 * (the year's appraiser or their direct superior now); one per employee and year.
 */
export async function createCoachingPlan(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: CreateCoachingPlanInput,
  now: Date,
  today: string,
): Promise<CoachingPlan> {
  const t = claims.tenantId;
  const [settings, employee] = await Promise.all([
    getPerformanceSettings(store, t),
    getStoredEmployee(store, t, input.employeeId),
  ]);
  const periodErrors = validatePeriod(input.period, { settings, kind: 'annual' });
  if (periodErrors.length > 0) throw validationError(periodErrors);
  const period = { start: input.period.start, end: input.period.end };
  const window = followUpWindow(period);
  const dateErrors = input.checkIns.flatMap((c, i) =>
    coachingCheckInDateIssues(c.date, window, { held: false, today, path: `checkIns.${i}.date` }),
  );
  if (dateErrors.length > 0) throw validationError(dateErrors);
  const year = performanceYearOf(period.start, settings);
  const [ctx, chain] = await Promise.all([
    employeeYear(store, t, employee.id, year, settings),
    appraisalChainOf(store, t, employee),
  ]);
  const a = ctx.assessment;
  const agencyId = a?.agencyId ?? employee.agencyId;
  const coachIds = [a?.appraiser.id, chain.appraiser?.employeeId];
  const ref = { agencyId, employeeId: employee.id, coachIds };
  const isCoach = !!claims.employeeId && coachIds.includes(claims.employeeId);
  if (!canSeeFollowUps(claims, ref) && !isCoach) throw notFound('Employee');
  assertPerformance(
    canRecordCoaching(claims, ref),
    "A coaching plan is made by the employee's appraiser (direct superior) or an admin of their agency, never by the employee.",
  );
  if (!a)
    throw conflict(
      `${employee.name} has no annual predikat for ${year}, so the follow-up register has no coaching for them.`,
    );
  if (!ctx.followUps.some((f) => f.kind === 'coaching'))
    throw conflict(
      `${employee.name}'s annual predikat for ${year} is ${PREDIKAT_TEXT[a.predikat]}: only Butuh Perbaikan or worse leads to a coaching plan.`,
    );
  const at = now.toISOString();
  const coach =
    isCoach && claims.employeeId === a.appraiser.id
      ? { id: a.appraiser.id, name: a.appraiser.name }
      : chain.appraiser && chain.appraiser.employeeId !== employee.id
        ? { id: chain.appraiser.employeeId, name: chain.appraiser.name }
        : { id: a.appraiser.id, name: a.appraiser.name };
  const checkIns = input.checkIns.map((c) => ({
    date: c.date,
    note: c.note ?? null,
    status: 'planned' as const,
    recordedByName: null,
    recordedAt: null,
  }));
  const plan: CoachingPlan = {
    ...subjectOf(a, year),
    period,
    goals: input.goals,
    checkIns,
    coach,
    status: coachingPlanStatus(checkIns),
    createdByName: nameOf(actor),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.followUp(t, a.agencyId, year, 'coaching', employee.id),
            type: 'PERF_COACHING_PLAN',
            kind: 'coaching',
            ...plan,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => conflict(`${a.employeeName} already has a coaching plan for ${year}.`),
    },
    ...unchanged(store, t, [a]),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'coachingPlan.create',
        entityType: 'employee',
        entityId: employee.id,
        changes: {
          year: { before: null, after: year },
          predikat: { before: null, after: a.predikat },
          goals: { before: null, after: plan.goals.length },
          checkIns: { before: null, after: checkIns.map((c) => c.date) },
          coach: { before: null, after: coach.name },
        },
      },
      now,
    ),
  ]);
  return plan;
}

// ---- recordCoachingCheckIn ----

/**
 * A check-in held, recorded on the plan: it completes the planned check-in of its date or is added
 * in date order. By the plan's coach or an admin in scope; the plan's version guards the write.
 */
export async function recordCoachingCheckIn(
  store: Store,
  actor: Actor,
  claims: Claims,
  params: { employeeId: string; year: number },
  input: RecordCoachingCheckInInput,
  now: Date,
  today: string,
): Promise<CoachingPlan> {
  const t = claims.tenantId;
  const { assessment, item } = await recordOf(store, t, params.employeeId, params.year, 'coaching');
  const plan = asPlan(item);
  const ref = {
    agencyId: plan.agencyId,
    employeeId: plan.employeeId,
    coachIds: [plan.coach?.id, assessment.appraiser.id],
  };
  const isCoach = !!claims.employeeId && ref.coachIds.includes(claims.employeeId);
  if (!canSeeFollowUps(claims, ref) && !isCoach) throw notFound('Coaching plan');
  assertPerformance(
    canRecordCoaching(claims, ref),
    "Check-ins are recorded by the employee's coach or an admin of their agency.",
  );
  const dateErrors = coachingCheckInDateIssues(input.date, followUpWindow(plan.period), {
    held: true,
    today,
    path: 'date',
  });
  if (dateErrors.length > 0) throw validationError(dateErrors);
  const at = now.toISOString();
  const checkIns = withHeldCheckIn(plan.checkIns, input, { name: nameOf(actor), at });
  const after: CoachingPlan = {
    ...plan,
    checkIns,
    status: coachingPlanStatus(checkIns),
    updatedAt: at,
    version: plan.version + 1,
  };
  const planned = plan.checkIns.some((c) => c.date === input.date);
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...item, ...after },
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': plan.version },
        },
      },
      onConditionFailed: () => versionConflict('The coaching plan'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'coachingPlan.check-in',
        entityType: 'employee',
        entityId: plan.employeeId,
        changes: {
          year: { before: null, after: plan.year },
          checkIn: {
            before: planned ? { date: input.date, status: 'planned' } : null,
            after: { date: input.date, status: 'held' },
          },
        },
      },
      now,
    ),
  ]);
  return after;
}

// ---- recordDisciplineReferral / recordReferralOutcome ----

/**
 * Records that an employee whose annual predikats lead to a discipline referral (Kurang or Sangat
 * Kurang; or a low predikat persisting) was referred to the discipline process of PP 94/2021.
 * Admins in scope; one per employee and year.
 */
export async function recordDisciplineReferral(
  store: Store,
  actor: Actor,
  claims: Claims,
  input: RecordDisciplineReferralInput,
  now: Date,
): Promise<DisciplineReferral> {
  const t = claims.tenantId;
  const [settings, employee] = await Promise.all([
    getPerformanceSettings(store, t),
    getStoredEmployee(store, t, input.employeeId),
  ]);
  const ctx = await employeeYear(store, t, employee.id, input.year, settings);
  const a = ctx.assessment;
  const ref = { agencyId: a?.agencyId ?? employee.agencyId, employeeId: employee.id };
  assertPerformance(
    canRecordReferral(claims, ref),
    "A referral is recorded by an admin of the employee's agency, never by the employee.",
  );
  if (!a)
    throw conflict(
      `${employee.name} has no annual predikat for ${input.year}, so the follow-up register has no referral for them.`,
    );
  const row = ctx.followUps.find((f) => f.kind === 'discipline-referral');
  if (!row)
    throw conflict(
      `${employee.name}'s annual predikats up to ${input.year} lead to no discipline referral: only Kurang, Sangat Kurang or a low predikat for ${settings.persistYears} years running do.`,
    );
  const at = now.toISOString();
  const referral: DisciplineReferral = {
    ...subjectOf(a, input.year),
    reasons: row.reasons,
    years: row.years,
    note: input.note ?? null,
    referredByName: nameOf(actor),
    referredAt: at,
    outcome: null,
    status: 'referred',
    version: 1,
  };
  const used = ctx.read.filter((x) => row.years.includes(performanceYearOf(x.period.start, settings)));
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: {
            ...keys.followUp(t, a.agencyId, input.year, 'discipline-referral', employee.id),
            type: 'PERF_DISCIPLINE_REFERRAL',
            kind: 'discipline-referral',
            ...referral,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () =>
        conflict(`${a.employeeName}'s referral for ${input.year} is recorded already.`),
    },
    ...unchanged(store, t, used),
    auditPut(
      store.tableName,
      actor,
      {
        action: 'disciplineReferral.record',
        entityType: 'employee',
        entityId: employee.id,
        changes: {
          year: { before: null, after: input.year },
          predikat: { before: null, after: a.predikat },
          reasons: { before: null, after: row.reasons },
          years: { before: null, after: row.years },
        },
      },
      now,
    ),
  ]);
  return referral;
}

/** The outcome of a recorded referral, as the discipline process decided it; changed at its version. */
export async function recordReferralOutcome(
  store: Store,
  actor: Actor,
  claims: Claims,
  params: { employeeId: string; year: number },
  input: RecordReferralOutcomeInput,
  now: Date,
  today: string,
): Promise<DisciplineReferral> {
  const t = claims.tenantId;
  const { settings, item } = await recordOf(store, t, params.employeeId, params.year, 'discipline-referral');
  const referral = asReferral(item);
  const ref = { agencyId: referral.agencyId, employeeId: referral.employeeId };
  if (!canSeeFollowUps(claims, ref)) throw notFound('Discipline referral');
  assertPerformance(
    canRecordReferral(claims, ref),
    "A referral's outcome is recorded by an admin of the employee's agency, never by the employee.",
  );
  const window = followUpWindow(annualPeriod(referral.year, settings));
  const dateErrors = referralDecisionIssues(input.decidedOn, window, today);
  if (dateErrors.length > 0) throw validationError(dateErrors);
  if (input.version !== referral.version) throw versionConflict('The referral');
  const at = now.toISOString();
  const after: DisciplineReferral = {
    ...referral,
    outcome: {
      outcome: input.outcome,
      decidedOn: input.decidedOn,
      note: input.note ?? null,
      recordedByName: nameOf(actor),
      recordedAt: at,
    },
    status: 'decided',
    version: referral.version + 1,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...item, ...after },
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': referral.version },
        },
      },
      onConditionFailed: () => versionConflict('The referral'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'disciplineReferral.outcome',
        entityType: 'employee',
        entityId: referral.employeeId,
        changes: {
          year: { before: null, after: referral.year },
          outcome: { before: referral.outcome?.outcome ?? null, after: input.outcome },
          decidedOn: { before: referral.outcome?.decidedOn ?? null, after: input.decidedOn },
        },
      },
      now,
    ),
  ]);
  return after;
}

// ---- listPerformanceFollowUps ----

const KIND_ORDER: Record<FollowUpKind, number> = { 'discipline-referral': 0, coaching: 1, 'talent-pool': 2 };
const byRowOrder = (a: { kind: FollowUpKind; employeeId: string }, b: typeof a) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0);

const rank = (p: Predikat) => PREDIKATS.indexOf(p);
const isLow = (p: Predikat) => rank(p) >= rank('BUTUH_PERBAIKAN');

/** The follow-up records of a year, by `<kind>#<employeeId>`. */
function recordsByKey(items: readonly Item[]) {
  const out = new Map<string, { plan?: CoachingPlan; referral?: DisciplineReferral }>();
  for (const i of items) {
    const id = String(i.employeeId);
    if (i.type === 'PERF_COACHING_PLAN') out.set(`coaching#${id}`, { plan: asPlan(i) });
    else if (i.type === 'PERF_DISCIPLINE_REFERRAL')
      out.set(`discipline-referral#${id}`, { referral: asReferral(i) });
  }
  return out;
}

function statusOf(kind: FollowUpKind, plan: CoachingPlan | null, referral: DisciplineReferral | null) {
  if (kind === 'talent-pool') return 'noted' as const;
  if (kind === 'coaching') return plan ? plan.status : ('to-do' as const);
  return referral ? referral.status : ('to-do' as const);
}

/**
 * The register's rows: the rule's rows joined with their records, and records whose row the
 * year's predikats no longer give (`current: false`), in the register's order.
 */
function joinRows(
  year: number,
  regRows: readonly {
    employeeId: string;
    kind: FollowUpKind;
    reasons: FollowUp['reasons'];
    years: number[];
  }[],
  assessments: AnnualAssessments,
  records: ReturnType<typeof recordsByKey>,
): FollowUpRowRecord[] {
  const rows: FollowUpRowRecord[] = [];
  const seen = new Set<string>();
  const row = (
    employeeId: string,
    kind: FollowUpKind,
    reasons: FollowUp['reasons'],
    years: number[],
    current: boolean,
    fallback: CoachingPlan | DisciplineReferral | null,
  ) => {
    const key = `${kind}#${employeeId}`;
    seen.add(key);
    const a = assessments.get(employeeId)?.get(year);
    const subject = a ? subjectOf(a, year) : fallback;
    if (!subject) return;
    const rec = records.get(key);
    const plan = kind === 'coaching' ? (rec?.plan ?? null) : null;
    const referral = kind === 'discipline-referral' ? (rec?.referral ?? null) : null;
    rows.push({
      employeeId,
      employeeName: subject.employeeName,
      nip: subject.nip,
      agencyId: subject.agencyId,
      unitId: subject.unitId,
      unitName: subject.unitName,
      year,
      predikat: subject.predikat,
      kind,
      reasons,
      years,
      predikats: historyOf(assessments.get(employeeId)),
      appraiser: a ? { id: a.appraiser.id, name: a.appraiser.name } : null,
      current,
      status: statusOf(kind, plan, referral),
      coachingPlan: plan,
      referral,
    });
  };
  for (const r of regRows) row(r.employeeId, r.kind, r.reasons, r.years, true, null);
  for (const [key, rec] of records) {
    if (seen.has(key)) continue;
    if (rec.plan) row(rec.plan.employeeId, 'coaching', [], [year], false, rec.plan);
    if (rec.referral)
      row(
        rec.referral.employeeId,
        'discipline-referral',
        rec.referral.reasons,
        rec.referral.years,
        false,
        rec.referral,
      );
  }
  return rows.sort(byRowOrder);
}

/**
 * An agency's register of a year: the annual assessments of each year the rule reads (one gsi2
 * Query per year and 1 MB page, in parallel) and the year's follow-up partition (one Query per
 * page, beside them); then, for the employees whose predikat of the year makes earlier years count
 * (Sangat Baik, or Butuh Perbaikan or worse) but who have no assessment of such a year in this
 * agency (they moved in, or had none), their earlier years by `annualAssessmentsOf` (0 calls when
 * there are none, else 1-2 BatchGetItem per 100 such years).
 */
async function agencyRegister(
  store: Store,
  tenantId: string,
  agencyId: string,
  year: number,
  settings: PerformanceSettings,
): Promise<FollowUpRowRecord[]> {
  const years = windowOf(year, settings);
  const [perYear, recordItems] = await Promise.all([
    Promise.all(
      years.map((y) =>
        queryAll(store, {
          index: 'gsi2',
          pk: keys.assessmentsByAgency(tenantId, agencyId, annualPeriod(y, settings)).gsi2pk,
        }),
      ),
    ),
    queryAll(store, { pk: keys.followUpPartition(tenantId, agencyId, year) }),
  ]);
  const assessments: AnnualAssessments = new Map();
  years.forEach((y, i) => {
    for (const item of perYear[i]!) {
      if (item.type !== 'SKP_ASSESSMENT') continue;
      const a = asAssessment(item);
      const byYear = assessments.get(a.employeeId) ?? new Map<number, SkpAssessment>();
      byYear.set(y, a);
      assessments.set(a.employeeId, byYear);
    }
  });
  const missing: { employeeId: string; year: number }[] = [];
  for (const [employeeId, byYear] of assessments) {
    const now = byYear.get(year);
    if (!now) continue;
    const span =
      now.predikat === 'SANGAT_BAIK'
        ? settings.talentPoolYears
        : isLow(now.predikat)
          ? settings.persistYears
          : 1;
    for (let y = year - span + 1; y < year; y++) if (!byYear.has(y)) missing.push({ employeeId, year: y });
  }
  for (const [employeeId, found] of await annualAssessmentsOf(store, tenantId, missing, settings)) {
    const byYear = assessments.get(employeeId)!;
    for (const [y, a] of found) byYear.set(y, a);
  }
  const employees = [...assessments.entries()]
    .filter(([, byYear]) => byYear.has(year))
    .map(([employeeId, byYear]) => ({ employeeId, history: historyOf(byYear) }));
  return joinRows(year, followUpRegister(employees, year, settings), assessments, recordsByKey(recordItems));
}

/**
 * One's own rows (staff who are not admins in scope): their annual assessments of the years the
 * rule reads (`annualAssessmentsOf`), then their coaching and referral records of the year in one
 * BatchGetItem: 3 calls and the settings.
 */
async function ownRegister(
  store: Store,
  tenantId: string,
  employeeId: string,
  year: number,
  settings: PerformanceSettings,
): Promise<FollowUpRowRecord[]> {
  const assessments = await annualAssessmentsOf(
    store,
    tenantId,
    windowOf(year, settings).map((y) => ({ employeeId, year: y })),
    settings,
  );
  const a = assessments.get(employeeId)?.get(year);
  if (!a) return [];
  const records = await store.batchGet<Item>([
    keys.followUp(tenantId, a.agencyId, year, 'coaching', employeeId),
    keys.followUp(tenantId, a.agencyId, year, 'discipline-referral', employeeId),
  ]);
  const employees = [{ employeeId, history: historyOf(assessments.get(employeeId)) }];
  return joinRows(year, followUpRegister(employees, year, settings), assessments, recordsByKey(records));
}

/** Whether the employee appraises any SKP of the period: one Query of one item. */
async function appraisesIn(store: Store, tenantId: string, employeeId: string, period: PerformancePeriod) {
  const page = await store.query<Item>({
    tenantId,
    queryId: `followups:appraises:${employeeId}`,
    index: 'gsi1',
    pk: keys.skpsByAppraiser(tenantId, employeeId).gsi1pk,
    skBeginsWith: keys.skpAppraiserPrefix(period),
    limit: 1,
  });
  return page.items.length > 0;
}

function cursorPosition(cursor: Record<string, unknown> | undefined) {
  if (!cursor) return null;
  const { k, e } = cursor;
  if (typeof k !== 'string' || !(FOLLOW_UP_KINDS as readonly string[]).includes(k) || typeof e !== 'string')
    throw badCursor();
  return { kind: k as FollowUpKind, employeeId: e };
}

/**
 * The register of a year: an agency's whole for admins in scope (a tenant admin names the agency,
 * an agency admin's is their own), one's own rows for other staff, and for an appraiser the rows of
 * those whose annual assessment they made (canSeeFollowUps). The register
 * is computed whole and paged in memory, in its order (referrals, coaching, the talent pool; by
 * employee id): the cursor, signed and bound to the tenant and the query, holds the last row's
 * kind and employee, so a page never repeats or skips a row that was there before it.
 */
export async function listPerformanceFollowUps(
  store: Store,
  claims: Claims,
  q: ListPerformanceFollowUpsQuery,
): Promise<FollowUpPage> {
  const t = claims.tenantId;
  type Scope =
    | { whole: true; agencyId: string }
    | { whole: false; employeeId: string | null; agencyId: string | null };
  let scope: Scope;
  if (claims.role === 'tenant-admin') {
    if (!q.agencyId)
      throw validationError([
        { path: 'agencyId', message: "a tenant admin's register is per agency: name one" },
      ]);
    scope = { whole: true, agencyId: q.agencyId };
  } else if (claims.role === 'agency-admin' && claims.agencyId) {
    if (q.agencyId && q.agencyId !== claims.agencyId) throw forbidden('You administer another agency.');
    scope = { whole: true, agencyId: claims.agencyId };
  } else {
    scope = { whole: false, employeeId: claims.employeeId ?? null, agencyId: q.agencyId ?? null };
  }
  const queryId = scope.whole
    ? `followups:${scope.agencyId}:${q.year}:${q.kind ?? 'all'}`
    : `followups:self:${scope.employeeId}:${scope.agencyId ?? ''}:${q.year}:${q.kind ?? 'all'}`;
  const after = cursorPosition(store.cursors.decode(t, queryId, q.cursor));
  const [settings] = await Promise.all([
    getPerformanceSettings(store, t),
    scope.whole ? getAgency(store, t, scope.agencyId) : Promise.resolve(null),
  ]);
  let rows: FollowUpRowRecord[];
  if (scope.whole) rows = await agencyRegister(store, t, scope.agencyId, q.year, settings);
  else {
    const me = scope.employeeId;
    // An appraiser also gets the rows of those they assessed for the year (they coach them): their
    // agency's register, read only when they appraise someone that year.
    const [own, team] = await Promise.all([
      me ? ownRegister(store, t, me, q.year, settings) : [],
      me && claims.agencyId && (await appraisesIn(store, t, me, annualPeriod(q.year, settings)))
        ? agencyRegister(store, t, claims.agencyId, q.year, settings)
        : [],
    ]);
    const agencyId = scope.agencyId;
    rows = [...own, ...team.filter((r) => r.employeeId !== me && r.appraiser?.id === me)]
      .filter(
        (r) =>
          canSeeFollowUps(claims, { ...r, appraiserId: r.appraiser?.id ?? null }) &&
          (!agencyId || r.agencyId === agencyId),
      )
      .sort(byRowOrder);
  }
  if (q.kind) rows = rows.filter((r) => r.kind === q.kind);
  const start = after ? rows.findIndex((r) => byRowOrder(r, after) > 0) : 0;
  const from = start < 0 ? rows.length : start;
  const items = rows.slice(from, from + q.limit);
  const last = items[items.length - 1];
  const more = from + q.limit < rows.length;
  return {
    items,
    nextCursor: more && last ? store.cursors.encode(t, queryId, { k: last.kind, e: last.employeeId }) : null,
    year: q.year,
    period: annualPeriod(q.year, settings),
    talentPoolYears: settings.talentPoolYears,
    persistYears: settings.persistYears,
  };
}

// ---- exportSkpReport ----

/** The SKPs of one report; beyond it the workbook says it was cut (its realisations are one Query each). */
export const MAX_REPORT_SKPS = 3000;
const REPORT_CONCURRENCY = 16;

export interface SkpReportEntry {
  skp: Skp;
  realisations: SkpRealisation[];
  annual: SkpAssessment | null;
}

export interface SkpReportData {
  agency: { id: string; name: string };
  year: number;
  period: PerformancePeriod;
  settings: PerformanceSettings;
  entries: SkpReportEntry[];
  truncated: boolean;
}

async function mapLimited<T, R>(list: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      out[i] = await fn(list[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return out;
}

/**
 * What the SKP report of an agency's year holds: the settings and the agency (2 GetItem), the
 * agency's SKPs of the year and its annual assessments (one gsi2 Query each per 1 MB page, in
 * parallel), then each SKP's realisations (one Query of its partition each, 16 at a time; at most
 * MAX_REPORT_SKPS SKPs, by unit and name). Admins in scope.
 */
export async function skpReportData(
  store: Store,
  claims: Claims,
  q: ExportSkpReportQuery,
): Promise<SkpReportData> {
  const t = claims.tenantId;
  let agencyId: string;
  if (claims.role === 'tenant-admin') {
    if (!q.agencyId)
      throw validationError([
        { path: 'agencyId', message: "a tenant admin's report is per agency: name one" },
      ]);
    agencyId = q.agencyId;
  } else if (claims.role === 'agency-admin' && claims.agencyId) {
    if (q.agencyId && q.agencyId !== claims.agencyId) throw forbidden('You administer another agency.');
    agencyId = claims.agencyId;
  } else throw forbidden("The SKP report is for the agency's admins.");
  assertPerformance(canExportSkpReport(claims, agencyId));
  const [settings, agency] = await Promise.all([
    getPerformanceSettings(store, t),
    getAgency(store, t, agencyId),
  ]);
  const period = annualPeriod(q.year, settings);
  const [skpItems, assessmentItems] = await Promise.all([
    queryAll(store, { index: 'gsi2', pk: keys.skpsByAgency(t, agencyId, period).gsi2pk }),
    queryAll(store, { index: 'gsi2', pk: keys.assessmentsByAgency(t, agencyId, period).gsi2pk }),
  ]);
  const annual = new Map<string, SkpAssessment>();
  for (const i of assessmentItems)
    if (i.type === 'SKP_ASSESSMENT') annual.set(String(i.skpId), asAssessment(i));
  const skps = skpItems
    .filter((i) => i.type === 'SKP')
    .map((i) => {
      const { gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = stripKeys(i) as Item;
      return rest as unknown as Skp;
    })
    .sort(
      (a, b) =>
        (a.unitName ?? '').localeCompare(b.unitName ?? '', 'id') ||
        a.employeeName.localeCompare(b.employeeName, 'id') ||
        (a.id < b.id ? -1 : 1),
    );
  const kept = skps.slice(0, MAX_REPORT_SKPS);
  const realisations = await mapLimited(kept, REPORT_CONCURRENCY, async (skp) =>
    (
      await queryAll(store, { pk: keys.skpPartition(t, skp.id), skBeginsWith: keys.skpRealisationPrefix() })
    ).map((i) => stripKeys(i) as unknown as SkpRealisation),
  );
  return {
    agency: { id: agency.id, name: agency.name },
    year: q.year,
    period,
    settings,
    entries: kept.map((skp, i) => ({
      skp,
      realisations: realisations[i]!,
      annual: annual.get(skp.id) ?? null,
    })),
    truncated: skps.length > kept.length,
  };
}
