import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  AppError,
  type Application,
  applyApplicationEvent,
  assertCanManageFormation,
  type Claims,
  checkUploadedDocument,
  conflict,
  type DocumentContentType,
  formatRegistrationNumber,
  inScope,
  maskName,
  maskNik,
  notFound,
  parseRegistrationNumber,
  type RequestApplicationUploadInput,
  type RoundClock,
  recruitmentScope,
  registrationStatus,
  type ScreeningReason,
  type Tenant,
  unmetRequirements,
  validationError,
  versionConflict,
  zonedInstant,
} from '@pamong/core';
import { type Actor, newId, type Page, type Store } from '@pamong/db';
import * as annRepo from '@pamong/db/repos/recruitment/announcements';
import * as repo from '@pamong/db/repos/recruitment/applicants';
import * as roundsRepo from '@pamong/db/repos/recruitment/rounds';
import { type AppDeps, documentsOf, readDocumentOrNull } from '@pamong/http';
import { profileView } from './applicants';

/**
 * Applications (issue 12 §3-§4): the applicant's draft kept on the server, its documents checked
 * by their bytes, the submission with its registration number, the proof and its public check;
 * for staff, the round's applications and the MS/TMS screening. Rules live in core
 * (recruitment/eligibility.ts, lifecycle.ts, access.ts); this loads, applies them and writes.
 */

export interface Ctx {
  store: Store;
  tenant: Tenant;
  deps: AppDeps;
  now: Date;
}

type Stored = repo.StoredApplication;

/**
 * The largest file a formasi may ask for here, whatever its `maxKb`: a document is opened through
 * the API, and Lambda returns at most 6 MB, base64-encoded (4 MB is 5.33 MB encoded).
 */
export const MAX_APPLICATION_DOCUMENT_BYTES = 4 * 1024 * 1024;

const FORMAT_TYPES: Record<'pdf' | 'jpeg' | 'png', DocumentContentType> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export function applicationView(a: Stored): Application {
  const docs = Object.values(a.documents ?? {});
  return {
    id: a.id,
    applicantId: a.applicantId,
    roundId: a.roundId,
    roundName: a.roundName,
    roundCode: a.roundCode,
    formationId: a.formationId,
    positionName: a.positionName,
    unitName: a.unitName,
    agencyId: a.agencyId,
    agencyName: a.agencyName,
    track: a.track,
    status: a.status,
    registrationNumber: a.registrationNumber,
    submittedAt: a.submittedAt,
    requiredDocuments: a.requiredDocuments,
    // In the formasi's order.
    documents: a.requiredDocuments.flatMap((r) => docs.filter((d) => d.type === r.type)),
    reasons: a.reasons,
    objections: a.objections,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
  };
}

/** The round's times as instants, for the lifecycle, with the first publication of each stage. */
export function clockOf(round: roundsRepo.StoredRecruitmentRound, timeZone: string): RoundClock {
  return {
    timeZone,
    objectionDays: round.objectionDays,
    objectionDecisionDays: round.objectionDecisionDays,
    registrationOpensAt: zonedInstant(round.registrationOpensAt, timeZone),
    registrationClosesAt: zonedInstant(round.registrationClosesAt, timeZone),
    announcedAt: annRepo.announcedAtOf(round),
  };
}

/** The applicant's own application, or 404 (another's reads the same as a missing one). */
export async function ownApplication(ctx: Ctx, claims: Claims, applicationId: string, consistent = false) {
  const app = await repo
    .getApplication(ctx.store, claims.tenantId, applicationId, consistent)
    .catch(() => null);
  if (!app || app.applicantId !== claims.sub) throw notFound('Application');
  return app;
}

const readOnly = () => conflict('The application is submitted and is read-only.');

/** A new draft of `applicantId` for a formasi of a round, as `createApplication` stores it (the demo seed too). */
export function draftApplication(
  applicantId: string,
  applicant: Pick<repo.StoredApplicant, 'name' | 'nik'>,
  round: Pick<roundsRepo.StoredRecruitmentRound, 'id' | 'name' | 'code'>,
  formation: roundsRepo.StoredFormation,
  now: Date,
): Stored {
  const at = now.toISOString();
  return {
    id: newId(),
    applicantId,
    roundId: round.id,
    roundName: round.name,
    roundCode: round.code,
    formationId: formation.id,
    positionName: formation.positionName,
    unitName: formation.unitName,
    agencyId: formation.agencyId,
    agencyName: formation.agencyName,
    track: formation.track,
    requiredDocuments: formation.requiredDocuments,
    documents: {},
    status: 'DRAFT',
    submittedAt: null,
    reasons: [],
    objections: [],
    registrationNumber: null,
    applicantName: applicant.name,
    nik: applicant.nik,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

// ---- the applicant ----

export async function createApplication(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  input: { roundId: string; formationId: string },
): Promise<Application> {
  const [round, formation, applicant] = await Promise.all([
    roundsRepo.getRound(ctx.store, claims.tenantId, input.roundId),
    roundsRepo.getFormation(ctx.store, claims.tenantId, input.roundId, input.formationId).catch(() => null),
    repo.getApplicant(ctx.store, claims.tenantId, claims.sub),
  ]);
  if (!round.published) throw notFound('Recruitment round');
  if (!formation) throw validationError([{ path: 'formationId', message: 'is not a formasi of this round' }]);
  const status = registrationStatus(round, ctx.now, ctx.tenant.timeZone);
  if (status === 'upcoming')
    throw conflict(`Registration for this round opens at ${round.registrationOpensAt} (local time).`);
  if (status === 'closed')
    throw conflict(`Registration for this round closed at ${round.registrationClosesAt} (local time).`);
  const app = draftApplication(claims.sub, applicant, round, formation, ctx.now);
  await repo.createApplication(ctx.store, actor, app, ctx.now);
  return applicationView(app);
}

export async function listMyApplications(
  ctx: Ctx,
  claims: Claims,
  page: { cursor?: string; limit: number },
): Promise<Page<Application>> {
  const out = await repo.listApplicationsOfApplicant(ctx.store, claims.tenantId, claims.sub, page);
  return { items: out.items.map(applicationView), nextCursor: out.nextCursor };
}

export async function getMyApplication(ctx: Ctx, claims: Claims, applicationId: string) {
  return applicationView(await ownApplication(ctx, claims, applicationId));
}

/** A presigned upload for one of the formasi's required documents, while a draft. */
export async function requestUpload(
  ctx: Ctx,
  claims: Claims,
  applicationId: string,
  input: RequestApplicationUploadInput,
) {
  const app = await ownApplication(ctx, claims, applicationId);
  if (app.status !== 'DRAFT') throw readOnly();
  const required = app.requiredDocuments.find((d) => d.type === input.type);
  if (!required)
    throw validationError([
      {
        path: 'type',
        message: `the formasi does not ask for "${input.type}"; it asks for ${app.requiredDocuments.map((d) => d.type).join(', ') || 'no documents'}`,
      },
    ]);
  const allowed = required.formats.map((f) => FORMAT_TYPES[f]);
  if (!allowed.includes(input.contentType))
    throw validationError([
      {
        path: 'contentType',
        message: `${required.label} must be ${required.formats.map((f) => f.toUpperCase()).join(' or ')}`,
      },
    ]);
  const maxBytes = Math.min(required.maxKb * 1024, MAX_APPLICATION_DOCUMENT_BYTES);
  if (input.size > maxBytes)
    throw validationError([
      { path: 'size', message: `${required.label} may be at most ${Math.floor(maxBytes / 1024)} KB` },
    ]);
  const documents = documentsOf(ctx.deps);
  const documentId = newId();
  const key = `${claims.tenantId}/recruitment/${app.id}/${documentId}`;
  const upload = await documents.createUpload(key, input.contentType);
  await repo.recordUpload(ctx.store, claims.tenantId, {
    id: documentId,
    applicationId: app.id,
    documentType: input.type,
    name: input.name,
    declaredContentType: input.contentType,
    declaredSize: input.size,
    key,
    createdAt: ctx.now.toISOString(),
  });
  return { documentId, type: input.type, upload };
}

/**
 * The server's check of an uploaded file: not empty, within the formasi's limit, and one of its
 * formats by the bytes. A passing file takes its type's place in the draft; a failing one is a 400
 * at `document` naming why, and the draft is unchanged.
 */
export async function confirmDocument(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  documentId: string,
) {
  const app = await ownApplication(ctx, claims, applicationId, true);
  if (app.status !== 'DRAFT') throw readOnly();
  const upload = await repo.getUpload(ctx.store, claims.tenantId, app.id, documentId);
  const required = app.requiredDocuments.find((d) => d.type === upload.documentType);
  if (!required)
    throw validationError([{ path: 'document', message: 'the formasi no longer asks for this document' }]);
  const bytes = await readDocumentOrNull(documentsOf(ctx.deps), upload.key);
  if (!bytes)
    throw validationError([{ path: 'document', message: 'nothing was uploaded for this document yet' }]);
  const check = checkUploadedDocument(bytes, {
    maxBytes: Math.min(required.maxKb * 1024, MAX_APPLICATION_DOCUMENT_BYTES),
    allowed: required.formats.map((f) => FORMAT_TYPES[f]),
  });
  if (!check.ok)
    throw validationError(
      [{ path: 'document', message: check.message }],
      `${required.label}: ${check.message}.`,
    );
  const doc: repo.StoredApplicationDocument = {
    type: required.type,
    label: required.label,
    documentId: upload.id,
    name: upload.name,
    contentType: check.contentType,
    size: check.size,
    checkedAt: ctx.now.toISOString(),
  };
  const after = await repo.acceptDocument(ctx.store, actor, app, doc, ctx.now);
  return { document: doc, application: applicationView(after) };
}

/**
 * Freezes the draft: registration open, every requirement of the formasi met (each unmet one named,
 * 422), then a registration number and the applicant's data as they are now.
 */
export async function submitApplication(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  input: { version: number },
): Promise<Application> {
  const app = await ownApplication(ctx, claims, applicationId, true);
  if (app.status !== 'DRAFT') throw conflict('The application is already submitted and is read-only.');
  if (app.version !== input.version) throw versionConflict('The application');
  const [round, formation, applicant] = await Promise.all([
    roundsRepo.getRound(ctx.store, claims.tenantId, app.roundId),
    roundsRepo.getFormation(ctx.store, claims.tenantId, app.roundId, app.formationId),
    repo.getApplicant(ctx.store, claims.tenantId, claims.sub, true),
  ]);
  const state = applyApplicationEvent(
    app,
    { type: 'submit', at: ctx.now },
    clockOf(round, ctx.tenant.timeZone),
  );
  const unmet = unmetRequirements(
    applicant,
    { ...formation, requiredDocuments: app.requiredDocuments },
    round,
    { level: ctx.tenant.level, bpsCode: ctx.tenant.bpsCode },
    new Set(Object.keys(app.documents)),
  );
  if (unmet.length)
    throw new AppError(
      422,
      'validation',
      'Requirements not met',
      `The application does not meet ${unmet.length === 1 ? 'a requirement' : `${unmet.length} requirements`} of the formasi.`,
      unmet,
    );
  const sequence = await repo.nextRegistrationSequence(ctx.store, claims.tenantId, round.id);
  const { version: _v, ...snapshot } = applicant;
  const after: Stored = {
    ...app,
    ...state,
    registrationNumber: formatRegistrationNumber(round.code, sequence),
    applicantName: applicant.name,
    snapshot,
    updatedAt: ctx.now.toISOString(),
    version: app.version + 1,
  };
  await repo.submitApplication(ctx.store, actor, app, after, ctx.now);
  return applicationView(after);
}

// ---- the proof and its public check ----

const signature = (key: Buffer, tenantId: string, registrationNumber: string) =>
  createHmac('sha256', key)
    .update(`proof:${tenantId}:${registrationNumber}`)
    .digest('base64url')
    .slice(0, 32);

/** The web page the proof's QR code opens: it asks `verifyRegistrationProof` with the signature. */
export async function proofUrl(ctx: Ctx, origin: string, registrationNumber: string): Promise<string> {
  const key = await repo.proofKey(ctx.store, ctx.tenant.id);
  const sig = signature(key, ctx.tenant.id, registrationNumber);
  return `${origin}/karier/${ctx.tenant.slug}/bukti/${encodeURIComponent(registrationNumber)}?sig=${sig}`;
}

export async function proofOf(ctx: Ctx, claims: Claims, applicationId: string, origin: string) {
  const app = await ownApplication(ctx, claims, applicationId);
  if (!app.registrationNumber || !app.snapshot)
    throw conflict('The proof of registration is printed once the application is submitted.');
  return { app, applicant: app.snapshot, url: await proofUrl(ctx, origin, app.registrationNumber) };
}

export async function verifyProof(ctx: Ctx, registrationNumber: string, sig: string | undefined) {
  const parsed = parseRegistrationNumber(registrationNumber);
  if (!parsed)
    throw validationError(
      [
        {
          path: 'registrationNumber',
          message: 'is not a registration number (a character is mistyped or missing)',
        },
      ],
      'The registration number is not valid: check it against the printed proof.',
    );
  const number = parsed.canonical;
  const unconfirmed = () =>
    new AppError(
      404,
      'not-found',
      'Not found',
      'No proof of registration with this number and signature can be confirmed.',
      [{ path: 'registrationNumber', message: 'cannot be confirmed with this signature' }],
    );
  const key = await repo.proofKey(ctx.store, ctx.tenant.id);
  const expected = Buffer.from(signature(key, ctx.tenant.id, number));
  const given = Buffer.from(sig ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unconfirmed();
  const app = await repo.findByRegistrationNumber(ctx.store, ctx.tenant.id, number);
  if (!app?.submittedAt) throw unconfirmed();
  return {
    genuine: true as const,
    registrationNumber: number,
    name: maskName(app.applicantName),
    roundName: app.roundName,
    positionName: app.positionName,
    submittedAt: app.submittedAt,
  };
}

// ---- staff ----

function staffSummary(a: Stored) {
  return {
    id: a.id,
    roundId: a.roundId,
    formationId: a.formationId,
    positionName: a.positionName,
    agencyId: a.agencyId,
    track: a.track,
    status: a.status,
    registrationNumber: a.registrationNumber,
    submittedAt: a.submittedAt,
    applicantName: a.applicantName,
    nikMasked: maskNik(a.nik),
    objectionPending: a.objections.some((o) => o.decision === null),
    version: a.version,
  };
}

export async function listApplications(
  ctx: Ctx,
  claims: Claims,
  roundId: string,
  query: { formationId?: string; status?: string; cursor?: string; limit: number },
) {
  const scope = recruitmentScope(claims);
  await roundsRepo.getRound(ctx.store, claims.tenantId, roundId);
  let agencyId = scope.agencyId ?? undefined;
  if (query.formationId) {
    const formation = await roundsRepo.getFormation(ctx.store, claims.tenantId, roundId, query.formationId);
    if (!inScope(scope, formation.agencyId)) throw notFound('Formasi');
    agencyId = formation.agencyId;
  }
  const out = await repo.listApplicationsOfRound(
    ctx.store,
    claims.tenantId,
    roundId,
    { agencyId, formationId: query.formationId, status: query.status },
    query,
  );
  return { items: out.items.map(staffSummary), nextCursor: out.nextCursor };
}

/** An application in the caller's scope (another agency's reads as missing). Drafts are the applicant's own. */
export async function staffApplication(ctx: Ctx, claims: Claims, applicationId: string, consistent = false) {
  const scope = recruitmentScope(claims);
  const app = await repo.getApplication(ctx.store, claims.tenantId, applicationId, consistent);
  if (!inScope(scope, app.agencyId) || app.status === 'DRAFT') throw notFound('Application');
  return app;
}

/** The full record; opening it is written to the access log (who, when, what). */
export async function getApplication(ctx: Ctx, claims: Claims, actor: Actor, applicationId: string) {
  const app = await staffApplication(ctx, claims, applicationId);
  const applicant = app.snapshot ?? (await repo.getApplicant(ctx.store, claims.tenantId, app.applicantId));
  await repo.logAccess(ctx.store, actor, app.id, 'record', ctx.now);
  const { emailVerifiedAt, ...rest } = applicant as repo.StoredApplicant;
  const { version: _v, ...profile } = profileView({
    ...rest,
    emailVerifiedAt,
    version: 0,
  } as repo.StoredApplicant);
  return { ...applicationView(app), applicant: profile };
}

/** A document's bytes for staff in scope (logged) or the applicant who uploaded it. */
export async function openDocument(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  documentId: string,
) {
  const app =
    claims.role === 'applicant'
      ? await ownApplication(ctx, claims, applicationId)
      : await staffApplication(ctx, claims, applicationId);
  const doc = Object.values(app.documents).find((d) => d.documentId === documentId);
  if (!doc) throw notFound('Document');
  const bytes = await readDocumentOrNull(
    documentsOf(ctx.deps),
    `${claims.tenantId}/recruitment/${app.id}/${doc.documentId}`,
  );
  if (!bytes) throw notFound('Document');
  if (claims.role !== 'applicant')
    await repo.logAccess(ctx.store, actor, app.id, `document:${doc.type}`, ctx.now);
  return { doc, bytes };
}

/** MS or TMS with reasons: an audited transition, reversible until the ADMINISTRATION announcement. */
export async function verifyApplication(
  ctx: Ctx,
  claims: Claims,
  actor: Actor,
  applicationId: string,
  input: { result: 'MS' | 'TMS'; reasons: ScreeningReason[]; version?: number },
) {
  const app = await staffApplication(ctx, claims, applicationId, true);
  assertCanManageFormation(claims, app);
  if (input.version !== undefined && input.version !== app.version) throw versionConflict('The application');
  const round = await roundsRepo.getRound(ctx.store, claims.tenantId, app.roundId);
  const state = applyApplicationEvent(
    app,
    { type: 'screen', at: ctx.now, result: input.result, reasons: input.reasons },
    clockOf(round, ctx.tenant.timeZone),
  );
  const after = await repo.updateState(ctx.store, actor, app, state, 'application.verify', ctx.now);
  return staffSummary(after);
}

/** Everything held on the applicant (UU 27/2022): the profile, every application, the account's state. */
export async function exportMyData(ctx: Ctx, claims: Claims) {
  const applicant = await repo.getApplicant(ctx.store, claims.tenantId, claims.sub);
  const applications: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await repo.listApplicationsOfApplicant(ctx.store, claims.tenantId, claims.sub, {
      cursor,
      limit: 100,
    });
    applications.push(...page.items.map(applicationView));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return {
    exportedAt: ctx.now.toISOString(),
    tenant: { name: ctx.tenant.name, slug: ctx.tenant.slug },
    profile: profileView(applicant),
    applications,
    purpose:
      'Seleksi calon ASN (CPNS/PPPK) oleh pemerintah daerah ini: data dipakai untuk verifikasi administrasi, seleksi, pengumuman dan pengangkatan.',
  };
}
