import type { updateApplicantProfileSchema } from '@pamong/core';
import {
  AppError,
  type ApplicantProfile,
  assertCanRunRounds,
  type Claims,
  conflict,
  forbidden,
  maskEmail,
  mayReplaceUnverified,
  type RecruitmentSettings,
  type RegisterApplicantInput,
  type Tenant,
  unverifiedHoldEnds,
  validationError,
  versionConflict,
} from '@pamong/core';
import type { Actor, Store } from '@pamong/db';
import * as repo from '@pamong/db/repos/recruitment/applicants';
import { type AppDeps, applicantsOf } from '@pamong/http';
import type * as z from 'zod';

/**
 * Applicant accounts and profiles (issue 12 §1-§3). The identity adapter holds the password and
 * sends the code (Cognito in AWS, the table and the local outbox locally); the table holds the
 * login record, the account and the profile, written together by the repository.
 */

export interface PublicCtx {
  store: Store;
  tenant: Tenant;
  deps: AppDeps;
  now: Date;
  ip: string;
  requestId: string;
}

export function profileView(a: repo.StoredApplicant): ApplicantProfile {
  return {
    id: a.id,
    nik: a.nik,
    kkNumber: a.kkNumber,
    name: a.name,
    birthPlace: a.birthPlace,
    birthDate: a.birthDate,
    gender: a.gender,
    email: a.email,
    phone: a.phone,
    emailVerified: a.emailVerifiedAt !== null,
    diplomaName: a.diplomaName ?? null,
    education: a.education ?? [],
    address: a.address ?? null,
    disability: a.disability ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
  };
}

/**
 * The tenant's registration rate, kept 10 s per container: on the first day of a round every
 * registration would read it. A change made in this container drops the entry at once; other
 * containers follow within 10 s.
 */
const SETTINGS_TTL_MS = 10_000;
const settingsCache = new Map<string, { at: number; settings: RecruitmentSettings }>();

async function registrationSettings(ctx: PublicCtx): Promise<RecruitmentSettings> {
  const hit = settingsCache.get(ctx.tenant.id);
  const now = ctx.now.getTime();
  if (hit && now - hit.at >= 0 && now - hit.at < SETTINGS_TTL_MS) return hit.settings;
  const settings = await repo.getSettings(ctx.store, ctx.tenant.id);
  settingsCache.set(ctx.tenant.id, { at: now, settings });
  return settings;
}

const applicantActor = (ctx: PublicCtx, applicantId: string): Actor => ({
  tenantId: ctx.tenant.id,
  sub: applicantId,
  role: 'applicant',
  requestId: ctx.requestId,
});

/** registerApplicant: the account in the identity provider, then the table; the code last. */
export async function registerApplicant(ctx: PublicCtx, input: RegisterApplicantInput) {
  const port = applicantsOf(ctx.deps);
  const [settings, existing] = await Promise.all([
    registrationSettings(ctx),
    // A NIK already registered here is 409 before the provider is asked (the table stays the guard).
    repo.findLogin(ctx.store, ctx.tenant.id, input.nik),
  ]);
  await repo.countRegistrationAttempt(
    ctx.store,
    ctx.tenant.id,
    ctx.ip,
    settings.registrationsPerHour,
    ctx.now,
  );
  // An account never verified gives way once its hold has ended: its provider account first, so
  // the sign-up below can have the NIK (a failure after this leaves the NIK replaceable still).
  let replaces: string | undefined;
  if (existing) {
    if (existing.role !== 'applicant' || existing.status !== 'unverified') throw validationConflict();
    const previous = await repo.getApplicant(ctx.store, ctx.tenant.id, existing.userId, true);
    if (!mayReplaceUnverified(existing, previous.createdAt, ctx.now))
      throw awaitingVerification(unverifiedHoldEnds(previous.createdAt));
    await port.abandon({ tenantId: ctx.tenant.id, nik: input.nik });
    replaces = existing.userId;
  }
  const credential = await port.credentialAttributes(input.password);
  const { applicantId } = await port.signUp({
    tenantId: ctx.tenant.id,
    nik: input.nik,
    email: input.email,
    name: input.name,
    password: input.password,
  });
  const at = ctx.now.toISOString();
  const applicant: repo.StoredApplicant = {
    id: applicantId,
    nik: input.nik,
    kkNumber: input.kkNumber,
    name: input.name,
    birthPlace: input.birthPlace,
    birthDate: input.birthDate,
    gender: input.gender,
    email: input.email,
    phone: input.phone,
    emailVerifiedAt: null,
    diplomaName: null,
    education: [],
    address: null,
    disability: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  try {
    await repo.registerApplicant(
      ctx.store,
      applicantActor(ctx, applicantId),
      { applicant, credential: credential as Record<string, unknown>, replaces },
      ctx.now,
    );
  } catch (err) {
    await port.abandon({ tenantId: ctx.tenant.id, nik: input.nik }).catch(() => undefined);
    throw err;
  }
  await port.sendCode({ tenantId: ctx.tenant.id, nik: input.nik, email: input.email, name: input.name });
  return {
    applicantId,
    email: maskEmail(input.email),
    delivery: port.kind === 'local' ? ('local-outbox' as const) : ('email' as const),
  };
}

const validationConflict = () =>
  new AppError(
    409,
    'conflict',
    'Conflict',
    'An account with this NIK already exists in this region. Log in with it instead.',
    [{ path: 'nik', message: 'already has an account here' }],
  );

/**
 * The NIK's account waits for its email to be verified; the message names when a new
 * registration may replace it (the web shows it in the reader's language).
 */
const awaitingVerification = (until: Date) =>
  new AppError(
    409,
    'conflict',
    'Conflict',
    `An account with this NIK is waiting for its email to be verified. Enter the code sent to it, ask for a new code, or register again from ${until.toISOString()}.`,
    [{ path: 'nik', message: `is waiting for its email to be verified until ${until.toISOString()}` }],
  );

/** A code that matches nothing says the same as a wrong code: a NIK's existence is not revealed. */
const wrongCode = () =>
  validationError([{ path: 'code', message: 'is wrong or has expired; ask for a new code' }]);

/** verifyApplicantEmail: the code, then the account becomes active (login possible). */
export async function verifyApplicantEmail(ctx: PublicCtx, input: { nik: string; code: string }) {
  const login = await repo.findLogin(ctx.store, ctx.tenant.id, input.nik);
  if (login?.role !== 'applicant') throw wrongCode();
  if (login.status === 'active') throw conflict('This account is already verified. Log in with your NIK.');
  if (login.status !== 'unverified') throw forbidden('This account is disabled.');
  await applicantsOf(ctx.deps).confirm({ tenantId: ctx.tenant.id, nik: input.nik, code: input.code });
  await repo.markVerified(ctx.store, applicantActor(ctx, login.userId), input.nik, ctx.now);
  return { verified: true as const };
}

/**
 * resendApplicantCode: a new code for an unverified account. The answer is the same whatever the
 * NIK (202), so the route cannot be used to learn who has registered; it counts against the same
 * hourly limit as registrations.
 */
export async function resendApplicantCode(ctx: PublicCtx, input: { nik: string }) {
  const settings = await registrationSettings(ctx);
  await repo.countRegistrationAttempt(
    ctx.store,
    ctx.tenant.id,
    ctx.ip,
    settings.registrationsPerHour,
    ctx.now,
  );
  const login = await repo.findLogin(ctx.store, ctx.tenant.id, input.nik);
  if (login?.role === 'applicant' && login.status === 'unverified') {
    const a = await repo.getApplicant(ctx.store, ctx.tenant.id, login.userId, true);
    await applicantsOf(ctx.deps).resendCode({
      tenantId: ctx.tenant.id,
      nik: a.nik,
      email: a.email,
      name: a.name,
    });
  }
  return { accepted: true as const };
}

export interface ApplicantCtx {
  store: Store;
  now: Date;
}

export async function getMyProfile(ctx: ApplicantCtx, claims: Claims): Promise<ApplicantProfile> {
  return profileView(await repo.getApplicant(ctx.store, claims.tenantId, claims.sub));
}

export async function updateMyProfile(
  ctx: ApplicantCtx,
  claims: Claims,
  actor: Actor,
  input: z.infer<typeof updateApplicantProfileSchema>,
): Promise<ApplicantProfile> {
  const before = await repo.getApplicant(ctx.store, claims.tenantId, claims.sub, true);
  if (before.version !== input.version) throw versionConflict('The profile');
  const today = ctx.now.toISOString().slice(0, 10);
  const errors = (input.education ?? []).flatMap((e, i) =>
    e.graduationDate > today ? [{ path: `education.${i}.graduationDate`, message: 'is in the future' }] : [],
  );
  if (errors.length) throw validationError(errors);
  const { version: _v, ...changes } = input;
  const after = await repo.updateApplicant(
    ctx.store,
    actor,
    before,
    {
      ...changes,
      ...(changes.disability ? { disability: { ...changes.disability } } : {}),
    } as repo.ApplicantChanges,
    ctx.now,
  );
  return profileView(after);
}

export async function getSettings(ctx: ApplicantCtx, claims: Claims) {
  assertCanRunRounds(claims);
  return repo.getSettings(ctx.store, claims.tenantId);
}

export async function updateSettings(
  ctx: ApplicantCtx,
  claims: Claims,
  actor: Actor,
  input: { registrationsPerHour: number; version: number },
) {
  assertCanRunRounds(claims);
  const saved = await repo.updateSettings(ctx.store, actor, input, ctx.now);
  settingsCache.delete(claims.tenantId);
  return saved;
}
