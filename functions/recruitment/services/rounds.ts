import {
  type AddFormationInput,
  assertCanAddFormation,
  assertCanManageFormation,
  assertCanPublish,
  assertCanRunRounds,
  assertFormationChangeAllowed,
  assertRoundChangeAllowed,
  type Claims,
  type CreateRecruitmentRoundInput,
  checkSchedule,
  defaultRoundCode,
  type FieldError,
  inScope,
  notFound,
  type RecruitmentFormation,
  type RecruitmentRound,
  recruitmentRoundSettingsSchema,
  recruitmentScope,
  registrationStatus,
  type UpdateFormationInput,
  type UpdateRecruitmentRoundInput,
  validationError,
  versionConflict,
} from '@pamong/core';
import { type Actor, newId, type Page, positionFromBody, type Store } from '@pamong/db';
import * as orgRepo from '@pamong/db/repos/org';
import * as annRepo from '@pamong/db/repos/recruitment/announcements';
import * as repo from '@pamong/db/repos/recruitment/rounds';

/**
 * Rounds and formasi (issue 12 §4): loads what the rules need, applies the access policy
 * (recruitment/access.ts) and the publication rules (recruitment/publication.ts), and hands the
 * repository what to write. Times stay local in the tenant's zone; the clock is `deps.now()`.
 */

type Round = repo.StoredRecruitmentRound;
interface Ctx {
  store: Store;
  timeZone: string;
  now: Date;
}

export function roundView(r: Round, ctx: Pick<Ctx, 'timeZone' | 'now'>): RecruitmentRound {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    year: r.year,
    code: r.code,
    registrationOpensAt: r.registrationOpensAt,
    registrationClosesAt: r.registrationClosesAt,
    referenceDate: r.referenceDate,
    schedule: r.schedule ?? {},
    timeZone: ctx.timeZone,
    skdSubtests: r.skdSubtests,
    passingGrades: r.passingGrades,
    skdWeight: r.skdWeight,
    skbWeight: r.skbWeight,
    skbComponents: r.skbComponents,
    skbComponentCaps: r.skbComponentCaps,
    skbMultiplier: r.skbMultiplier,
    objectionDays: r.objectionDays,
    objectionDecisionDays: r.objectionDecisionDays,
    published: r.published,
    publishedAt: r.publishedAt ?? null,
    registrationStatus: registrationStatus(r, ctx.now, ctx.timeZone),
    formationCount: r.formationCount,
    openings: r.openings,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

export function formationView(f: RecruitmentFormation): RecruitmentFormation {
  return {
    id: f.id,
    roundId: f.roundId,
    agencyId: f.agencyId,
    agencyName: f.agencyName,
    positionId: f.positionId,
    positionName: f.positionName,
    unitId: f.unitId,
    unitName: f.unitName,
    openings: f.openings,
    track: f.track,
    educationRequirements: f.educationRequirements,
    ...(f.minIpk !== undefined ? { minIpk: f.minIpk } : {}),
    ...(f.maxAge !== undefined ? { maxAge: f.maxAge } : {}),
    requiredDocuments: f.requiredDocuments,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    version: f.version,
  };
}

/** The first free default code of a kind and year (`CPNS26`, then `CPNS26B`, …). */
async function freeDefaultCode(store: Store, tenantId: string, kind: Round['kind'], year: number) {
  const stem = defaultRoundCode(kind, year);
  const taken = await repo.codesStartingWith(store, tenantId, stem);
  for (let ordinal = 1; ordinal <= 22; ordinal++) {
    const code = defaultRoundCode(kind, year, ordinal);
    if (!taken.has(code)) return code;
  }
  throw validationError([{ path: 'code', message: `every default code of ${stem} is taken: give one` }]);
}

/** The cross-field rules of a merged round (schedule order, settings together), at their field paths. */
function mergedRoundErrors(r: Round): FieldError[] {
  const errors: FieldError[] = checkSchedule(
    {
      ...r.schedule,
      registrationOpensAt: r.registrationOpensAt,
      registrationClosesAt: r.registrationClosesAt,
    },
    r,
    '',
  ).map((e) =>
    e.path === 'registrationOpensAt' || e.path === 'registrationClosesAt'
      ? e
      : { ...e, path: `schedule.${e.path}` },
  );
  const settings = recruitmentRoundSettingsSchema.safeParse({
    skdSubtests: r.skdSubtests,
    passingGrades: r.passingGrades,
    skdWeight: r.skdWeight,
    skbWeight: r.skbWeight,
    skbComponents: r.skbComponents,
    skbComponentCaps: r.skbComponentCaps,
    skbMultiplier: r.skbMultiplier,
    objectionDays: r.objectionDays,
    objectionDecisionDays: r.objectionDecisionDays,
  });
  if (!settings.success)
    for (const i of settings.error.issues)
      errors.push({ path: i.path.map(String).join('.'), message: i.message });
  return errors;
}

export async function createRound(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  input: CreateRecruitmentRoundInput,
): Promise<RecruitmentRound> {
  assertCanRunRounds(claims);
  const at = ctx.now.toISOString();
  const code = input.code ?? (await freeDefaultCode(ctx.store, actor.tenantId, input.kind, input.year));
  const round: Round = {
    id: newId(),
    name: input.name,
    kind: input.kind,
    year: input.year,
    code,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    referenceDate: input.referenceDate,
    schedule: input.schedule as Record<string, string>,
    skdSubtests: input.skdSubtests,
    passingGrades: input.passingGrades,
    skdWeight: input.skdWeight,
    skbWeight: input.skbWeight,
    skbComponents: input.skbComponents,
    skbComponentCaps: input.skbComponentCaps,
    skbMultiplier: input.skbMultiplier,
    objectionDays: input.objectionDays,
    objectionDecisionDays: input.objectionDecisionDays,
    published: false,
    publishedAt: null,
    formationCount: 0,
    openings: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await repo.createRound(ctx.store, actor, round, ctx.now);
  return roundView(round, ctx);
}

export async function updateRound(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  roundId: string,
  input: UpdateRecruitmentRoundInput,
): Promise<RecruitmentRound> {
  assertCanRunRounds(claims);
  const before = await repo.getRound(ctx.store, actor.tenantId, roundId, true);
  const { version, ...patch } = input;
  if (before.version !== version) throw versionConflict('The round');
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after: Round = {
    ...before,
    ...(given as Partial<Round>),
    updatedAt: ctx.now.toISOString(),
    version: version + 1,
  };
  const errors = mergedRoundErrors(after);
  if (errors.length) throw validationError(errors);
  const announced = Object.keys(annRepo.announcedAtOf(before)).length > 0;
  assertRoundChangeAllowed(before, after, ctx.now, ctx.timeZone, announced);
  await repo.updateRound(ctx.store, actor, before, after, ctx.now);
  return roundView(after, ctx);
}

export async function publishRound(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  roundId: string,
  input: { version: number },
): Promise<RecruitmentRound> {
  assertCanRunRounds(claims);
  const before = await repo.getRound(ctx.store, actor.tenantId, roundId, true);
  if (before.version !== input.version) throw versionConflict('The round');
  assertCanPublish(before, ctx.now, ctx.timeZone);
  return roundView(await repo.publishRound(ctx.store, actor, before, ctx.now), ctx);
}

export async function listRounds(
  ctx: Ctx,
  claims: Claims,
  query: { cursor?: string; limit: number },
): Promise<Page<RecruitmentRound>> {
  recruitmentScope(claims);
  const page = await repo.listRounds(ctx.store, claims.tenantId, query);
  return { items: page.items.map((r) => roundView(r, ctx)), nextCursor: page.nextCursor };
}

/** The round with its formasi: every formasi for a tenant admin, their agency's for an agency admin. */
export async function getRound(ctx: Ctx, claims: Claims, roundId: string) {
  const scope = recruitmentScope(claims);
  const { round, formations } = await repo.getRoundWithFormations(ctx.store, claims.tenantId, roundId);
  return {
    ...roundView(round, ctx),
    formations: formations.filter((f) => inScope(scope, f.agencyId)).map(formationView),
  };
}

/**
 * The position (from personnel) and a unit of its agency: the formasi's agency is the position's.
 * An unknown position or a unit outside that agency is a 400 at its field; a position of another
 * agency than the caller's is 403.
 */
async function placeOf(ctx: Ctx, claims: Claims, positionId: string, unitId: string) {
  const position = await positionFromBody(ctx.store, claims.tenantId, positionId);
  assertCanManageFormation(claims, { agencyId: position.agencyId });
  const [unit, agency] = await Promise.all([
    orgRepo.getUnit(ctx.store, claims.tenantId, position.agencyId, unitId).catch(() => undefined),
    orgRepo.getAgency(ctx.store, claims.tenantId, position.agencyId),
  ]);
  if (unit?.status !== 'active')
    throw validationError([{ path: 'unitId', message: "is not an active unit of the position's agency" }]);
  return {
    agencyId: position.agencyId,
    agencyName: agency.name,
    positionId: position.id,
    positionName: position.name,
    unitId: unit.id,
    unitName: unit.name,
  };
}

export async function addFormation(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  roundId: string,
  input: AddFormationInput,
): Promise<RecruitmentFormation> {
  recruitmentScope(claims);
  const round = await repo.getRound(ctx.store, actor.tenantId, roundId, true);
  const place = await placeOf(ctx, claims, input.positionId, input.unitId);
  assertCanAddFormation(round, ctx.now, ctx.timeZone);
  const at = ctx.now.toISOString();
  const formation: RecruitmentFormation = {
    id: newId(),
    roundId: round.id,
    ...place,
    openings: input.openings,
    track: input.track,
    educationRequirements: input.educationRequirements,
    ...(input.minIpk !== undefined ? { minIpk: input.minIpk } : {}),
    ...(input.maxAge !== undefined ? { maxAge: input.maxAge } : {}),
    requiredDocuments: input.requiredDocuments,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await repo.addFormation(ctx.store, actor, round, formation, ctx.now);
  return formationView(formation);
}

export async function updateFormation(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  roundId: string,
  formationId: string,
  input: UpdateFormationInput,
): Promise<RecruitmentFormation> {
  recruitmentScope(claims);
  const [round, before] = await Promise.all([
    repo.getRound(ctx.store, actor.tenantId, roundId, true),
    repo.getFormation(ctx.store, actor.tenantId, roundId, formationId, true),
  ]);
  assertCanManageFormation(claims, before);
  const { version, positionId, unitId, ...patch } = input;
  if (before.version !== version) throw versionConflict('The formasi');
  const moved = positionId !== undefined || unitId !== undefined;
  const place = moved
    ? await placeOf(ctx, claims, positionId ?? before.positionId, unitId ?? before.unitId)
    : {};
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after: RecruitmentFormation = {
    ...before,
    ...place,
    ...(given as Partial<RecruitmentFormation>),
    updatedAt: ctx.now.toISOString(),
    version: version + 1,
  };
  assertFormationChangeAllowed(round, before, after, ctx.now, ctx.timeZone);
  await repo.updateFormation(ctx.store, actor, round, before, after, ctx.now);
  return formationView(after);
}

// ---- the careers page (public) ----

function publicRoundView(r: Round, ctx: Pick<Ctx, 'timeZone' | 'now'>) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    year: r.year,
    registrationOpensAt: r.registrationOpensAt,
    registrationClosesAt: r.registrationClosesAt,
    timeZone: ctx.timeZone,
    status: registrationStatus(r, ctx.now, ctx.timeZone),
    formationCount: r.formationCount,
    openings: r.openings,
  };
}

export async function listPublicRounds(
  ctx: Ctx,
  tenantId: string,
  query: { cursor?: string; limit: number },
) {
  const page = await repo.listPublishedRounds(ctx.store, tenantId, query);
  return {
    items: page.items.filter((r) => r.published).map((r) => publicRoundView(r, ctx)),
    nextCursor: page.nextCursor,
  };
}

/** A published round with its formasi; a draft or an unknown id is 404 alike. */
export async function getPublicRound(ctx: Ctx, tenantId: string, roundId: string) {
  const { round, formations } = await repo.getRoundWithFormations(ctx.store, tenantId, roundId);
  if (!round.published) throw notFound('Recruitment round');
  return {
    ...publicRoundView(round, ctx),
    referenceDate: round.referenceDate,
    schedule: round.schedule ?? {},
    passingGrades: round.passingGrades,
    skdWeight: round.skdWeight,
    skbWeight: round.skbWeight,
    objectionDays: round.objectionDays,
    formations: formations.map((f) => ({
      id: f.id,
      agencyName: f.agencyName,
      positionName: f.positionName,
      unitName: f.unitName,
      openings: f.openings,
      track: f.track,
      educationRequirements: f.educationRequirements,
      ...(f.minIpk !== undefined ? { minIpk: f.minIpk } : {}),
      ...(f.maxAge !== undefined ? { maxAge: f.maxAge } : {}),
      requiredDocuments: f.requiredDocuments,
    })),
  };
}
