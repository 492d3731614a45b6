import { randomUUID } from 'node:crypto';
import {
  AppError,
  addFormationSchema,
  addSkpFeedbackSchema,
  assessSkpSchema,
  assignWorkScheduleSchema,
  type Claims,
  cancelLeaveSchema,
  cascadeSkpItemsSchema,
  completeTrainingSchema,
  createAgencySchema,
  createApprovalDelegationSchema,
  createCompetencySchema,
  createEmployeeSchema,
  createMentorshipSchema,
  createPositionSchema,
  createRecruitmentRoundSchema,
  createShiftRosterSchema,
  createSkpSchema,
  createSurveyUnitSchema,
  createTenantSchema,
  createTrainingSchema,
  createUnitSchema,
  createUserSchema,
  createWorkLocationSchema,
  createWorkScheduleSchema,
  decideLeaveSchema,
  type Enrollment,
  finaliseSkpAssessmentsSchema,
  issueServiceCodesSchema,
  openFeedbackRoundSchema,
  PLATFORM_TENANT_ID,
  publishRecruitmentRoundSchema,
  rateOrganisationSchema,
  recommendLeaveSchema,
  recordSkpRealisationSchema,
  requestLeaveSchema,
  setSurveyPopulationSchema,
  skpStepSchema,
  submitFeedbackSchema,
  submitSurveyResponseSchema,
  type Tenant,
  type Training,
  updateSkpPlanSchema,
  updateSurveySettingsSchema,
  upsertMentorProfileSchema,
} from '@pamong/core';
import {
  type Actor,
  BulkWriteError,
  type BulkWriteResult,
  clearAttendanceConfigCache,
  DeferredStore,
  type Store,
  type StoredEmployee,
  singleStoreProvider,
  type TxItem,
} from '@pamong/db';
import * as keys from '@pamong/db/keys';
import * as leaveRepo from '@pamong/db/repos/attendance/leave';
import * as leaveOrgRepo from '@pamong/db/repos/attendance/leave-org';
import * as attendancePlacesRepo from '@pamong/db/repos/attendance/places';
import * as attendanceRostersRepo from '@pamong/db/repos/attendance/rosters';
import * as orgRepo from '@pamong/db/repos/org';
import * as assessmentRepo from '@pamong/db/repos/performance/assessment';
import * as feedbackRepo from '@pamong/db/repos/performance/feedback';
import * as skpRepo from '@pamong/db/repos/performance/skp';
import * as competenciesRepo from '@pamong/db/repos/personnel/competencies';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as mentoringRepo from '@pamong/db/repos/personnel/mentoring';
import * as positionsRepo from '@pamong/db/repos/personnel/positions';
import * as trainingsRepo from '@pamong/db/repos/personnel/trainings';
import * as surveyUnitsRepo from '@pamong/db/repos/surveys/admin';
import * as surveyResponsesRepo from '@pamong/db/repos/surveys/responses';
import * as tenantsRepo from '@pamong/db/repos/tenants';
import * as usersRepo from '@pamong/db/repos/users';
import type { AppDeps } from '@pamong/http';
import type { LoginRecord } from '@pamong/identity';
import type { ZodType } from 'zod';
import * as recruitmentRounds from '../../../functions/recruitment/services/rounds';
import { DEMO_PASSWORD, PLATFORM_ADMIN } from './demo-data';
import { describeProblem } from './problem-text';
import type { ApplicantIo } from './seed-applicants';
import { FRESH_HINT, SeedError } from './seed-error';

export { FRESH_HINT, SeedError } from './seed-error';

/** A demo tenant as the writes need it: the admin is who the seed acts as. */
export interface TenantRef {
  id: string;
  slug: string;
  timeZone: Tenant['timeZone'];
  adminUsername: string;
  /** The admin's display name: the direct path's audit entries carry it, as the API's do. */
  adminName: string;
  /** The admin's user id (the actor of the direct path). */
  adminUserId: string;
}

type Body = Record<string, unknown>;

/**
 * An employee taking a leave step, with the claims their account carries. Most demo staff have no
 * account: for them the claims are those an account linked to their record would carry, with their
 * employee id as the subject (what the audit entry and the ledger show as the actor).
 */
export interface StaffActor {
  employeeId: string;
  agencyId: string;
  /** The account's name (a linked account's is the employee's), or the employee's. */
  name: string;
  role: 'employee' | 'supervisor';
  /** The account's user id; the employee id for staff without an account. */
  sub: string;
  /** The demo login, when they have one (`kepala`, `atasan`, `pegawai`). */
  username?: string;
}

/** A leave request, or a step on one, as its route takes it. */
export type LeaveOp =
  | { kind: 'request'; body: Body }
  | { kind: 'recommendation' | 'decision' | 'cancellation'; requestId: string; body: Body };

const leavePath = (op: LeaveOp) =>
  op.kind === 'request'
    ? '/v1/attendance/leave/requests'
    : `/v1/attendance/leave/requests/${op.requestId}/${op.kind}`;

/** A performance operation (issue 14), named by its operationId, with the body its route takes. */
export type PerformanceOp =
  | {
      kind:
        | 'createSkp'
        | 'cascadeSkpItems'
        | 'assessSkp'
        | 'rateOrganisation'
        | 'finaliseSkpAssessments'
        | 'openFeedbackRound';
      body: Body;
    }
  | {
      kind: 'updateSkpPlan' | 'submitSkpPlan' | 'approveSkpPlan' | 'recordSkpRealisation' | 'addSkpFeedback';
      skpId: string;
      body: Body;
    }
  | { kind: 'submitFeedback'; roundId: string; body: Body };

/** Who takes a performance step: a member of staff, or the tenant admin (an agency's rating). */
export type PerformanceActor = StaffActor | 'admin';

function performanceRoute(op: PerformanceOp): { method: 'POST' | 'PUT'; path: string } {
  const skps = '/v1/performance/skps';
  switch (op.kind) {
    case 'createSkp':
      return { method: 'POST', path: skps };
    case 'cascadeSkpItems':
      return { method: 'POST', path: `${skps}/cascade` };
    case 'updateSkpPlan':
      return { method: 'PUT', path: `${skps}/${op.skpId}/plan` };
    case 'submitSkpPlan':
      return { method: 'POST', path: `${skps}/${op.skpId}/submit` };
    case 'approveSkpPlan':
      return { method: 'POST', path: `${skps}/${op.skpId}/approve` };
    case 'recordSkpRealisation':
      return { method: 'POST', path: `${skps}/${op.skpId}/realisations` };
    case 'addSkpFeedback':
      return { method: 'POST', path: `${skps}/${op.skpId}/feedback` };
    case 'assessSkp':
      return { method: 'POST', path: '/v1/performance/assessments' };
    case 'finaliseSkpAssessments':
      return { method: 'POST', path: '/v1/performance/assessments/finalise' };
    case 'rateOrganisation':
      return { method: 'POST', path: '/v1/performance/org-ratings' };
    case 'openFeedbackRound':
      return { method: 'POST', path: '/v1/performance/feedback-rounds' };
    case 'submitFeedback':
      return { method: 'POST', path: `/v1/performance/feedback-rounds/${op.roundId}/answers` };
  }
}

/** A recruitment operation (issue 12 §4) of the tenant admin, named by its operationId. */
export type RecruitmentOp =
  | { kind: 'createRecruitmentRound'; body: Body }
  | { kind: 'addFormation' | 'publishRecruitmentRound'; roundId: string; body: Body };

function recruitmentRoute(op: RecruitmentOp): { method: 'POST'; path: string } {
  const rounds = '/v1/recruitment/rounds';
  switch (op.kind) {
    case 'createRecruitmentRound':
      return { method: 'POST', path: rounds };
    case 'addFormation':
      return { method: 'POST', path: `${rounds}/${op.roundId}/formations` };
    case 'publishRecruitmentRound':
      return { method: 'POST', path: `${rounds}/${op.roundId}/publish` };
  }
}

/**
 * How the seed writes: the same API bodies, either recorded through the repositories and written
 * in bulk (`directSeedWrites`, what `npm start` uses) or sent one by one to the HTTP API
 * (`apiSeedWrites`, kept so a test can prove both write the same data).
 */
export interface SeedWrites {
  /** Writes that may touch the same counters and run at once (the API retries a lost race a few times). */
  readonly parallel: number;
  createTenant(body: Body): Promise<{ id: string; adminUserId: string }>;
  createAgency(t: TenantRef, body: Body): Promise<{ id: string }>;
  createUnit(t: TenantRef, agencyId: string, body: Body): Promise<{ id: string }>;
  createCompetency(t: TenantRef, body: Body): Promise<void>;
  createPosition(t: TenantRef, body: Body): Promise<{ id: string }>;
  createEmployee(t: TenantRef, body: Body): Promise<{ id: string }>;
  createUser(t: TenantRef, body: Body): Promise<void>;
  createTraining(t: TenantRef, body: Body): Promise<{ id: string; endDate: string }>;
  enroll(t: TenantRef, trainingId: string, employeeId: string): Promise<void>;
  complete(t: TenantRef, trainingId: string, body: Body & { employeeId: string }): Promise<void>;
  upsertMentor(t: TenantRef, employeeId: string, body: Body): Promise<void>;
  createMentorship(t: TenantRef, body: Body): Promise<void>;
  createWorkLocation(t: TenantRef, body: Body): Promise<{ id: string }>;
  /**
   * A past month of punches (`attendancePunchesRepo.historyWrites`): not an API request on either
   * path, since only the employee checks in, at the time of the punch.
   */
  recordAttendanceHistory(t: TenantRef, items: TxItem[]): Promise<void>;
  /** A Plt/Plh, named by the tenant admin at `at` (the app's clock is set to it). */
  createApprovalDelegation(t: TenantRef, body: Body, at: Date): Promise<void>;
  createWorkSchedule(t: TenantRef, body: Body): Promise<{ id: string }>;
  assignWorkSchedule(t: TenantRef, body: Body): Promise<void>;
  createShiftRoster(t: TenantRef, body: Body): Promise<void>;
  /**
   * A leave request or step by `who` at `at`. The API path sends it as a request of theirs when
   * they have a demo login (the app's clock set to `at`), and otherwise (no account to sign in
   * with) calls the route's repository function with the claims and schema the route would use.
   */
  leave(t: TenantRef, who: StaffActor, op: LeaveOp, at: Date): Promise<{ id: string }>;
  /**
   * A performance operation by `who` at `at`, answered as its route answers (the SKP, the cascade's
   * result, the round…): sent like a leave step (above), the tenant admin with their own login.
   */
  performance(t: TenantRef, who: PerformanceActor, op: PerformanceOp, at: Date): Promise<unknown>;
  /**
   * A recruitment operation by the tenant admin at `at` (the app's clock set to it), answered as
   * its route answers (the round, the formasi): the direct path calls the route's service function.
   */
  recruitment(t: TenantRef, op: RecruitmentOp, at: Date): Promise<{ id: string; version: number }>;
  /**
   * The demo applicants' writes (seed-applicants.ts), run by `act` on what this path lends it: the
   * store the writes are recorded on, the app's dependencies (the documents store), and the demo
   * password's credential, hashed once. Failures are worded like the other writes' (`what`).
   * Only the direct path has it: see `apiSeedWrites`.
   */
  applicants?<T>(t: TenantRef, what: string, act: (io: ApplicantIo) => Promise<T>): Promise<T>;
  updateSurveySettings(t: TenantRef, body: Body): Promise<void>;
  createSurveyUnit(t: TenantRef, body: Body): Promise<{ id: string; serviceTypes: string[] }>;
  setSurveyPopulation(t: TenantRef, unitId: string, period: string, body: Body): Promise<void>;
  issueServiceCodes(t: TenantRef, unitId: string, body: Body): Promise<{ codes: string[] }>;
  /** A citizen's response, submitted at `at` (the app's clock is set to the visit). */
  submitSurveyResponse(t: TenantRef, unitId: string, body: Body, at: Date): Promise<void>;
  /** The employees the next step reads (the direct path reads them 100 to a call). */
  willReadEmployees(t: TenantRef, ids: string[]): Promise<void>;
  /**
   * Ends a step: what was written so far is in the table once the promise resolves (the direct
   * path writes here, in the background: the next step may start at once, and its reads wait for
   * the items they need). `ordered: false` says the step's writes are independent, like requests
   * that arrive together: none relies on another's write, so they may go in any order.
   */
  flush(opts: { ordered: boolean }): Promise<void>;
}

/** An error of the direct path, worded like the API's answer to the same request would be. */
function seedFailure(what: string, err: unknown): SeedError {
  if (err instanceof SeedError) return err;
  const cause = err instanceof BulkWriteError ? err.cause : err;
  const doing = err instanceof BulkWriteError ? 'writing the demo data failed with' : `${what} answered`;
  if (cause instanceof AppError) {
    const problem = { title: cause.title, detail: cause.detail, errors: cause.errors };
    return new SeedError(
      `Seeding failed: ${doing} ${describeProblem(cause.status, problem)}. ${FRESH_HINT}`,
      cause.status,
      problem,
    );
  }
  return new SeedError(`Seeding failed: ${what}: ${(cause as Error)?.message ?? String(cause)}`, 500, null);
}

/** The route's own request schema: defaults and normalisation apply exactly as in a request. */
function parse<T>(schema: ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new SeedError(
    `Seeding failed: ${what} answered ${describeProblem(400, { title: 'Invalid request', errors })}.`,
    400,
    { errors },
  );
}

/** A leave request or step through the route's repository function, as `who` at `at`. */
function leaveByRepo(store: Store, t: TenantRef, who: StaffActor, op: LeaveOp, at: Date) {
  const claims: Claims = {
    sub: who.sub,
    tenantId: t.id,
    role: who.role,
    agencyId: who.agencyId,
    employeeId: who.employeeId,
  };
  const actor: Actor = {
    tenantId: t.id,
    sub: who.sub,
    role: who.role,
    requestId: randomUUID(),
    name: who.name,
  };
  const what = `POST ${leavePath(op)}`;
  switch (op.kind) {
    case 'request':
      return leaveRepo.requestLeave(
        store,
        claims,
        actor,
        parse(requestLeaveSchema, op.body, what),
        t.timeZone,
        at,
      );
    case 'recommendation':
    case 'decision':
      return (op.kind === 'recommendation' ? leaveRepo.recommendLeave : leaveRepo.decideLeave)(
        store,
        claims,
        actor,
        op.requestId,
        parse(op.kind === 'recommendation' ? recommendLeaveSchema : decideLeaveSchema, op.body, what),
        t.timeZone,
        at,
      );
    case 'cancellation':
      return leaveRepo.cancelLeave(
        store,
        claims,
        actor,
        op.requestId,
        parse(cancelLeaveSchema, op.body, what),
        t.timeZone,
        at,
      );
  }
}

/** A performance operation through the route's repository function, as `who` at `at`: what the route answers. */
async function performanceByRepo(
  store: Store,
  t: TenantRef,
  who: PerformanceActor,
  op: PerformanceOp,
  at: Date,
): Promise<unknown> {
  const claims: Claims =
    who === 'admin'
      ? { sub: t.adminUserId, tenantId: t.id, role: 'tenant-admin' }
      : { sub: who.sub, tenantId: t.id, role: who.role, agencyId: who.agencyId, employeeId: who.employeeId };
  const actor: Actor = {
    tenantId: t.id,
    sub: claims.sub,
    role: claims.role,
    requestId: randomUUID(),
    name: who === 'admin' ? t.adminName : who.name,
  };
  const route = performanceRoute(op);
  const what = `${route.method} ${route.path}`;
  switch (op.kind) {
    case 'createSkp':
      return skpRepo.createSkp(store, actor, claims, parse(createSkpSchema, op.body, what), at);
    case 'updateSkpPlan':
      return skpRepo.updateSkpPlan(
        store,
        actor,
        claims,
        op.skpId,
        parse(updateSkpPlanSchema, op.body, what),
        at,
      );
    case 'submitSkpPlan':
    case 'approveSkpPlan':
      return skpRepo.transition(
        store,
        actor,
        claims,
        op.skpId,
        op.kind === 'submitSkpPlan' ? 'submit' : 'approve',
        parse(skpStepSchema, op.body, what),
        at,
      );
    case 'cascadeSkpItems':
      return skpRepo.cascade(store, actor, claims, parse(cascadeSkpItemsSchema, op.body, what), at);
    case 'recordSkpRealisation':
      return skpRepo.recordRealisation(
        store,
        actor,
        claims,
        op.skpId,
        parse(recordSkpRealisationSchema, op.body, what),
        at,
      );
    case 'addSkpFeedback':
      return skpRepo.addFeedbackNote(
        store,
        actor,
        claims,
        op.skpId,
        parse(addSkpFeedbackSchema, op.body, what),
        at,
      );
    case 'assessSkp':
      return (await assessmentRepo.assessSkp(store, actor, claims, parse(assessSkpSchema, op.body, what), at))
        .assessment;
    case 'rateOrganisation':
      return (
        await assessmentRepo.rateOrganisation(
          store,
          actor,
          claims,
          parse(rateOrganisationSchema, op.body, what),
          at,
        )
      ).rating;
    case 'finaliseSkpAssessments':
      return assessmentRepo.finaliseSkpAssessments(
        store,
        actor,
        claims,
        parse(finaliseSkpAssessmentsSchema, op.body, what),
        at,
      );
    case 'openFeedbackRound':
      return feedbackRepo.openFeedbackRound(
        store,
        claims,
        actor,
        parse(openFeedbackRoundSchema, op.body, what),
        t.timeZone,
        at,
      );
    case 'submitFeedback':
      return feedbackRepo.submitFeedback(
        store,
        claims,
        op.roundId,
        parse(submitFeedbackSchema, op.body, what),
        t.timeZone,
        at,
      );
  }
}

/** A recruitment operation through the route's service function, as the tenant admin at `at`. */
function recruitmentByService(
  store: Store,
  t: TenantRef,
  op: RecruitmentOp,
  at: Date,
): Promise<{ id: string; version: number }> {
  const claims: Claims = { sub: t.adminUserId, tenantId: t.id, role: 'tenant-admin' };
  const actor: Actor = {
    tenantId: t.id,
    sub: t.adminUserId,
    role: 'tenant-admin',
    requestId: randomUUID(),
    name: t.adminName,
  };
  const ctx = { store, timeZone: t.timeZone, now: at };
  const route = recruitmentRoute(op);
  const what = `${route.method} ${route.path}`;
  switch (op.kind) {
    case 'createRecruitmentRound':
      return recruitmentRounds.createRound(
        ctx,
        claims,
        actor,
        parse(createRecruitmentRoundSchema, op.body, what),
      );
    case 'addFormation':
      return recruitmentRounds.addFormation(
        ctx,
        claims,
        actor,
        op.roundId,
        parse(addFormationSchema, op.body, what),
      );
    case 'publishRecruitmentRound':
      return recruitmentRounds.publishRound(
        ctx,
        claims,
        actor,
        op.roundId,
        parse(publishRecruitmentRoundSchema, op.body, what),
      );
  }
}

export interface DirectSeedWritesOptions {
  /**
   * Accounts the seed may create: their password hashes (scrypt, deliberately slow) are made side
   * by side on the first account, not one after another. Each account still gets its own salt.
   */
  accounts?: number;
  /** After each bulk write: what it wrote and how long it took. */
  onFlush?: (written: BulkWriteResult, seconds: number) => void;
  /** TransactWriteItems calls in flight (default 3). */
  concurrency?: number;
  /**
   * The table was created for this seed (the first start, `--fresh`, `--memory`): new items may
   * then go out in BatchWriteItem (see `BulkWriteOptions.emptyTable`).
   */
  emptyTable?: boolean;
}

/**
 * The direct path: each write calls the repository function the route calls, with the route's
 * schema applied to the body and the tenant admin (or platform admin) as the actor, on a
 * `DeferredStore`; `flush` writes what was recorded in packed transactions. Locally one Store
 * serves every tenant (DynamoDB Local checks no credentials), so one DeferredStore does too.
 */
export function directSeedWrites(
  deps: Pick<AppDeps, 'stores' | 'identity' | 'now' | 'documents'>,
  opts: DirectSeedWritesOptions = {},
): SeedWrites {
  const table = deps.stores.platform();
  const store = new DeferredStore(table, { emptyTable: opts.emptyTable });
  const stores = singleStoreProvider(store);
  const trainings = new Map<string, Training>();
  const employees = new Map<string, StoredEmployee>();
  const enrolments = new Map<string, Enrollment>();
  const codeKeys = new Map<string, { pk: string; sk: string }[]>();
  let platformAdminId: Promise<string> | undefined;
  const hashes = new Map<string, Promise<Partial<LoginRecord>>[]>();
  const credential = (password: string) => {
    let ready = hashes.get(password);
    if (!ready) {
      ready = Array.from({ length: Math.max(0, (opts.accounts ?? 0) - 1) }, () =>
        deps.identity.credentialAttributes(password),
      );
      hashes.set(password, ready);
    }
    return ready.shift() ?? deps.identity.credentialAttributes(password);
  };
  /** One hash of the demo password for every demo applicant (scrypt is slow by design). */
  let applicantCredential: Promise<Record<string, unknown>> | undefined;

  const actor = (t: TenantRef): Actor => ({
    tenantId: t.id,
    sub: t.adminUserId,
    role: 'tenant-admin',
    requestId: randomUUID(),
    name: t.adminName,
  });
  /** Runs one write as its route would, turning a failure into the API's wording. */
  const as = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      // After a failed write, later work fails for want of what it needed: the write is the cause.
      throw seedFailure(what, store.failure ?? err);
    }
  };
  const employee = async (t: TenantRef, id: string) =>
    employees.get(`${t.id}/${id}`) ?? employeesRepo.getStoredEmployee(store, t.id, id, true);
  const training = async (t: TenantRef, id: string) =>
    trainings.get(`${t.id}/${id}`) ?? trainingsRepo.getTraining(store, t.id, id, true);

  return {
    parallel: Number.POSITIVE_INFINITY,

    createTenant: (body) =>
      as('POST /v1/platform/tenants', async () => {
        const input = parse(createTenantSchema, body, 'POST /v1/platform/tenants');
        platformAdminId ??= table
          .get<{ userId: string }>(keys.platformLogin(PLATFORM_ADMIN.username), true)
          .then((login) => {
            if (!login) throw new Error('the platform admin is missing');
            return login.userId;
          });
        const platformActor: Actor = {
          tenantId: PLATFORM_TENANT_ID,
          sub: await platformAdminId,
          role: 'platform-admin',
          requestId: randomUUID(),
          name: PLATFORM_ADMIN.name,
        };
        const { tenant, adminUserId } = await tenantsRepo.createTenant(
          stores,
          platformActor,
          input,
          await credential(input.firstAdmin.password),
          deps.now(),
        );
        return { id: tenant.id, adminUserId };
      }),

    createAgency: (t, body) =>
      as('POST /v1/agencies', () =>
        orgRepo.createAgency(
          store,
          actor(t),
          parse(createAgencySchema, body, 'POST /v1/agencies'),
          deps.now(),
        ),
      ),

    createUnit: (t, agencyId, body) =>
      as(`POST /v1/agencies/${agencyId}/units`, () =>
        orgRepo.createUnit(
          store,
          actor(t),
          agencyId,
          parse(createUnitSchema, body, 'POST /v1/agencies/{agencyId}/units'),
          deps.now(),
        ),
      ),

    createCompetency: (t, body) =>
      as('POST /v1/competencies', async () => {
        await competenciesRepo.createCompetency(
          store,
          actor(t),
          parse(createCompetencySchema, body, 'POST /v1/competencies'),
          deps.now(),
        );
      }),

    createPosition: (t, body) =>
      as('POST /v1/positions', () =>
        positionsRepo.createPosition(
          store,
          actor(t),
          parse(createPositionSchema, body, 'POST /v1/positions'),
          deps.now(),
        ),
      ),

    createEmployee: (t, body) =>
      as('POST /v1/employees', async () => {
        const e = await employeesRepo.createEmployee(
          store,
          actor(t),
          parse(createEmployeeSchema, body, 'POST /v1/employees'),
          deps.now(),
        );
        employees.set(`${t.id}/${e.id}`, e);
        return e;
      }),

    createUser: (t, body) =>
      as('POST /v1/users', async () => {
        const input = parse(createUserSchema, body, 'POST /v1/users');
        await usersRepo.createUser(store, actor(t), input, await credential(input.password), deps.now());
      }),

    createTraining: (t, body) =>
      as('POST /v1/trainings', async () => {
        const created = await trainingsRepo.createTraining(
          store,
          actor(t),
          parse(createTrainingSchema, body, 'POST /v1/trainings'),
          deps.now(),
        );
        trainings.set(`${t.id}/${created.id}`, created);
        return created;
      }),

    enroll: (t, trainingId, employeeId) =>
      as(`POST /v1/trainings/${trainingId}/enrollments`, async () => {
        const enrolment = await trainingsRepo.enroll(
          store,
          actor(t),
          await training(t, trainingId),
          await employee(t, employeeId),
          deps.now(),
        );
        enrolments.set(`${t.id}/${trainingId}/${employeeId}`, enrolment);
      }),

    complete: (t, trainingId, body) =>
      as(`POST /v1/trainings/${trainingId}/completions`, async () => {
        const input = parse(completeTrainingSchema, body, 'POST /v1/trainings/{trainingId}/completions');
        const read =
          enrolments.get(`${t.id}/${trainingId}/${input.employeeId}`) ??
          (await trainingsRepo.getEnrollment(store, t.id, trainingId, input.employeeId));
        await trainingsRepo.complete(store, actor(t), await training(t, trainingId), input, deps.now(), read);
        // The completion changed the employee (a raised competency); the next one reads it again.
        employees.delete(`${t.id}/${input.employeeId}`);
      }),

    upsertMentor: (t, employeeId, body) =>
      as(`PUT /v1/mentoring/mentors/${employeeId}`, async () => {
        await mentoringRepo.upsertMentor(
          store,
          actor(t),
          await employee(t, employeeId),
          parse(upsertMentorProfileSchema, body, 'PUT /v1/mentoring/mentors/{employeeId}'),
          deps.now(),
        );
      }),

    createMentorship: (t, body) =>
      as('POST /v1/mentoring/relationships', async () => {
        const input = parse(createMentorshipSchema, body, 'POST /v1/mentoring/relationships');
        const [mentor, mentee] = await Promise.all([
          employee(t, input.mentorEmployeeId),
          employee(t, input.menteeEmployeeId),
        ]);
        await mentoringRepo.createMentorship(store, actor(t), mentor, mentee, input, deps.now());
      }),

    createWorkLocation: (t, body) =>
      as('POST /v1/attendance/locations', () =>
        attendancePlacesRepo.createWorkLocation(
          store,
          actor(t),
          { agencyId: null },
          parse(createWorkLocationSchema, body, 'POST /v1/attendance/locations'),
          t.timeZone,
          deps.now(),
        ),
      ),

    recordAttendanceHistory: (_t, items) =>
      as('writing the attendance history', async () => {
        for (let i = 0; i < items.length; i += 100) await store.transact(items.slice(i, i + 100));
      }),

    createApprovalDelegation: (t, body, at) =>
      as('POST /v1/attendance/leave/delegations', async () => {
        await leaveOrgRepo.createDelegation(
          store,
          actor(t),
          { agencyId: null },
          parse(createApprovalDelegationSchema, body, 'POST /v1/attendance/leave/delegations'),
          at,
        );
      }),

    createWorkSchedule: (t, body) =>
      as('POST /v1/attendance/schedules', () =>
        attendancePlacesRepo.createWorkSchedule(
          store,
          actor(t),
          parse(createWorkScheduleSchema, body, 'POST /v1/attendance/schedules'),
          deps.now(),
        ),
      ),

    assignWorkSchedule: (t, body) =>
      as('POST /v1/attendance/schedule-assignments', async () => {
        await attendancePlacesRepo.assignWorkSchedule(
          store,
          actor(t),
          { agencyId: null },
          parse(assignWorkScheduleSchema, body, 'POST /v1/attendance/schedule-assignments'),
          deps.now(),
        );
      }),

    createShiftRoster: (t, body) =>
      as('POST /v1/attendance/rosters', async () => {
        await attendanceRostersRepo.createShiftRoster(
          store,
          actor(t),
          { agencyId: null },
          parse(createShiftRosterSchema, body, 'POST /v1/attendance/rosters'),
          deps.now(),
        );
      }),

    leave: (t, who, op, at) => as(`POST ${leavePath(op)}`, () => leaveByRepo(store, t, who, op, at)),

    performance: (t, who, op, at) => {
      const route = performanceRoute(op);
      return as(`${route.method} ${route.path}`, () => performanceByRepo(store, t, who, op, at));
    },

    recruitment: (t, op, at) => {
      const route = recruitmentRoute(op);
      return as(`${route.method} ${route.path}`, () => recruitmentByService(store, t, op, at));
    },

    applicants: (_t, what, act) =>
      as(what, () =>
        act({
          store,
          deps: deps as AppDeps,
          credential: () => {
            applicantCredential ??= deps.identity.credentialAttributes(DEMO_PASSWORD) as Promise<
              Record<string, unknown>
            >;
            return applicantCredential;
          },
        }),
      ),

    updateSurveySettings: (t, body) =>
      as('PUT /v1/surveys/settings', async () => {
        await surveyUnitsRepo.updateSurveySettings(
          store,
          actor(t),
          parse(updateSurveySettingsSchema, body, 'PUT /v1/surveys/settings'),
          deps.now(),
        );
      }),

    createSurveyUnit: (t, body) =>
      as('POST /v1/surveys/units', () =>
        surveyUnitsRepo.createSurveyUnit(
          store,
          actor(t),
          parse(createSurveyUnitSchema, body, 'POST /v1/surveys/units'),
          { agencyId: null },
          deps.now(),
        ),
      ),

    setSurveyPopulation: (t, unitId, period, body) =>
      as(`PUT /v1/surveys/units/${unitId}/population/${period}`, async () => {
        const input = parse(setSurveyPopulationSchema, body, 'PUT /v1/surveys/units/{unitId}/population');
        await surveyUnitsRepo.setSurveyPopulation(
          store,
          actor(t),
          unitId,
          period,
          input.population,
          { agencyId: null },
          deps.now(),
        );
      }),

    issueServiceCodes: (t, unitId, body) =>
      as(`POST /v1/surveys/units/${unitId}/service-codes`, async () => {
        const batch = await surveyUnitsRepo.issueServiceCodes(
          store,
          actor(t),
          unitId,
          parse(issueServiceCodesSchema, body, 'POST /v1/surveys/units/{unitId}/service-codes'),
          { agencyId: null },
          deps.now(),
        );
        const unitCodes = codeKeys.get(`${t.id}/${unitId}`) ?? [];
        unitCodes.push(...batch.codes.map((c) => keys.serviceCode(t.id, unitId, c.replace(/-/g, ''))));
        codeKeys.set(`${t.id}/${unitId}`, unitCodes);
        return batch;
      }),

    submitSurveyResponse: (t, unitId, body, at) =>
      as(`POST /v1/public/${t.slug}/survey-units/${unitId}/responses`, async () => {
        const input = parse(
          submitSurveyResponseSchema,
          body,
          'POST /v1/public/{tenant}/survey-units/{unitId}/responses',
        );
        // The unit's codes in one read per 100, rather than one read per verified response.
        const unitCodes = codeKeys.get(`${t.id}/${unitId}`);
        if (input.serviceCode && unitCodes) {
          codeKeys.delete(`${t.id}/${unitId}`);
          await store.preload(unitCodes);
        }
        // An in-process request has no socket, so the API sees the address as 'unknown'.
        await surveyResponsesRepo.submitSurveyResponse(
          store,
          { id: t.id, timeZone: t.timeZone },
          unitId,
          input,
          { ip: 'unknown', now: at },
        );
      }),

    willReadEmployees: async (t, ids) => {
      await store.preload(ids.map((id) => keys.employee(t.id, id)));
    },

    flush: async ({ ordered }) => {
      if (store.pending === 0) return;
      const started = performance.now();
      const written = await as('writing the demo data', () =>
        store.flush({ concurrency: opts.concurrency, ordered }),
      );
      // A repository drops the attendance configuration it caches when it records a change, which
      // here is before the change is in the table: drop it again now that it is.
      clearAttendanceConfigCache();
      opts.onFlush?.(written, (performance.now() - started) / 1000);
    },
  };
}

/** Just what the API path needs from the Hono app, so it can be any app that serves the API. */
export interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

/** The API with its clock set by the seed, so demo history lands in past months the way live submissions would. */
export type ClockedApi = (now: () => Date) => RequestableApp;

/**
 * The API path: every write is a request to the in-process API, logged in as the platform admin or
 * the tenant's admin, or for leave as the demo login who takes the step. Survey responses, the Plh
 * and those leave steps go through one app whose clock is set to the time of each, so they are sent
 * one at a time. Leave steps of staff without a login call the route's repository function.
 */
export function apiSeedWrites(
  api: RequestableApp,
  clocked: ClockedApi,
  /** Where the attendance history goes: the API's own table (no route writes past punches). */
  historyStore: (tenantId: string) => Promise<Store>,
): SeedWrites {
  const http = new ApiClient(api);
  const tokens = new Map<string, Promise<string>>();
  const token = (tenant: string, username: string) => {
    const k = `${tenant}/${username}`;
    if (!tokens.has(k)) tokens.set(k, http.login(tenant, username, DEMO_PASSWORD));
    return tokens.get(k)!;
  };
  const admin = (t: TenantRef) => token(t.slug, t.adminUsername);
  let clock = new Date();
  const clockedApi = clocked(() => clock);
  let responses: Promise<unknown> = Promise.resolve();
  /** Requests at a set time go one at a time, each with the clock at its time. */
  const atClock = <T>(at: Date, send: (app: RequestableApp) => Promise<T>): Promise<T> => {
    const next = responses.then(() => {
      clock = at;
      return send(clockedApi);
    });
    responses = next.catch(() => {});
    return next;
  };

  return {
    parallel: 4,

    async createTenant(body) {
      const tenant = await http.send<{ id: string }>(
        'POST',
        '/v1/platform/tenants',
        await token('platform', PLATFORM_ADMIN.username),
        body,
      );
      const username = (body.firstAdmin as { username: string }).username;
      const me = await http.send<{ user: { id: string } }>(
        'GET',
        '/v1/me',
        await token(String(body.slug), username),
      );
      return { id: tenant.id, adminUserId: me.user.id };
    },
    createAgency: async (t, body) => http.send('POST', '/v1/agencies', await admin(t), body),
    createUnit: async (t, agencyId, body) =>
      http.send('POST', `/v1/agencies/${agencyId}/units`, await admin(t), body),
    createCompetency: async (t, body) => {
      await http.send('POST', '/v1/competencies', await admin(t), body);
    },
    createPosition: async (t, body) => http.send('POST', '/v1/positions', await admin(t), body),
    createEmployee: async (t, body) => http.send('POST', '/v1/employees', await admin(t), body),
    createUser: async (t, body) => {
      await http.send('POST', '/v1/users', await admin(t), body);
    },
    createTraining: async (t, body) => http.send('POST', '/v1/trainings', await admin(t), body),
    enroll: async (t, trainingId, employeeId) => {
      await http.send('POST', `/v1/trainings/${trainingId}/enrollments`, await admin(t), { employeeId });
    },
    complete: async (t, trainingId, body) => {
      await http.send('POST', `/v1/trainings/${trainingId}/completions`, await admin(t), body);
    },
    upsertMentor: async (t, employeeId, body) => {
      await http.send('PUT', `/v1/mentoring/mentors/${employeeId}`, await admin(t), body);
    },
    createMentorship: async (t, body) => {
      await http.send('POST', '/v1/mentoring/relationships', await admin(t), body);
    },
    createWorkLocation: async (t, body) =>
      http.send('POST', '/v1/attendance/locations', await admin(t), body),
    recordAttendanceHistory: async (t, items) => {
      const store = await historyStore(t.id);
      for (let i = 0; i < items.length; i += 100) await store.transact(items.slice(i, i + 100));
    },
    createApprovalDelegation: async (t, body, at) => {
      const adminToken = await admin(t);
      await atClock(at, (app) =>
        http.send('POST', '/v1/attendance/leave/delegations', adminToken, body, app),
      );
    },
    createWorkSchedule: async (t, body) =>
      http.send('POST', '/v1/attendance/schedules', await admin(t), body),
    assignWorkSchedule: async (t, body) => {
      await http.send('POST', '/v1/attendance/schedule-assignments', await admin(t), body);
    },
    createShiftRoster: async (t, body) => {
      await http.send('POST', '/v1/attendance/rosters', await admin(t), body);
    },
    leave: async (t, who, op, at) => {
      if (!who.username) {
        const store = await historyStore(t.id);
        return leaveByRepo(store, t, who, op, at).catch((err: unknown) => {
          throw seedFailure(`POST ${leavePath(op)}`, err);
        });
      }
      const staffToken = await token(t.slug, who.username);
      return atClock(at, (app) => http.send<{ id: string }>('POST', leavePath(op), staffToken, op.body, app));
    },
    performance: async (t, who, op, at) => {
      const route = performanceRoute(op);
      if (who !== 'admin' && !who.username) {
        const store = await historyStore(t.id);
        return performanceByRepo(store, t, who, op, at).catch((err: unknown) => {
          throw seedFailure(`${route.method} ${route.path}`, err);
        });
      }
      const callerToken = await (who === 'admin' ? admin(t) : token(t.slug, who.username!));
      return atClock(at, (app) => http.send(route.method, route.path, callerToken, op.body, app));
    },
    recruitment: async (t, op, at) => {
      const route = recruitmentRoute(op);
      const adminToken = await admin(t);
      return atClock(at, (app) =>
        http.send<{ id: string; version: number }>(route.method, route.path, adminToken, op.body, app),
      );
    },
    // No `applicants`: the demo applicants are not sent through HTTP. Registration is public and
    // limited to REGISTRATIONS_PER_HOUR per source address (every in-process request comes from
    // 'unknown'), each account waits for an emailed code, each password is hashed on its own
    // (minutes of scrypt for 600 accounts), and a document goes to a presigned upload URL, not
    // to the API. So the seed skips applicants on this path, and the test comparing both paths
    // (seed-paths.int.test.ts) seeds without them (`applicants: false`).
    updateSurveySettings: async (t, body) => {
      await http.send('PUT', '/v1/surveys/settings', await admin(t), body);
    },
    createSurveyUnit: async (t, body) => http.send('POST', '/v1/surveys/units', await admin(t), body),
    setSurveyPopulation: async (t, unitId, period, body) => {
      await http.send('PUT', `/v1/surveys/units/${unitId}/population/${period}`, await admin(t), body);
    },
    issueServiceCodes: async (t, unitId, body) =>
      http.send('POST', `/v1/surveys/units/${unitId}/service-codes`, await admin(t), body),
    submitSurveyResponse: async (t, unitId, body, at) => {
      await atClock(at, (app) =>
        http.send('POST', `/v1/public/${t.slug}/survey-units/${unitId}/responses`, undefined, body, app),
      );
    },
    willReadEmployees: async () => {},
    flush: async () => {},
  };
}

/** Calls the in-process API and turns every non-2xx answer into a SeedError with the problem. */
class ApiClient {
  constructor(private readonly api: RequestableApp) {}

  async login(tenant: string, username: string, password: string): Promise<string> {
    const res = await this.send<{ token: string }>('POST', '/v1/auth/login', undefined, {
      tenant,
      username,
      password,
    });
    return res.token;
  }

  async send<T = unknown>(
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    app: RequestableApp = this.api,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (!res.ok)
      throw new SeedError(
        `Seeding failed: ${method} ${path} answered ${describeProblem(res.status, parsed)}. ${FRESH_HINT}`,
        res.status,
        parsed,
      );
    return parsed as T;
  }
}
