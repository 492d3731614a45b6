import {
  applicantProfileSchema,
  recruitmentSettingsSchema,
  registerApplicantSchema,
  registeredApplicantSchema,
  registrationProofCheckSchema,
  resendApplicantCodeSchema,
  updateApplicantProfileSchema,
  updateRecruitmentSettingsSchema,
  verifyApplicantEmailSchema,
  verifyRegistrationProofQuerySchema,
} from '@pamong/core';
import { clientIp, defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import * as applicants from '../services/applicants';
import * as applications from '../services/applications';
import { ctxOf, publicCtxOf } from './context';

/**
 * Applicants' accounts (issue 12 §1-§3): registration and the email code on the public side (the
 * tenant from the slug, never from the body), the profile for the applicant. The login is the
 * platform's `login`, with the NIK as the username.
 */
const publicTags = ['recruitment (public)'];
const tags = ['recruitment (applicant)'];
const tenantParam = z.object({ tenant: z.string().min(1).max(64) });
const APPLICANT = ['applicant'] as const;

const routes = {
  registerApplicant: defineRoute('public', {
    method: 'post',
    path: '/v1/public/{tenant}/applicants',
    operationId: 'registerApplicant',
    summary:
      'Register an applicant account with the data exactly as on the KTP. The NIK is checked part by part (400 at `nik` naming the part); one account per NIK in a tenant (409). A code goes to the email address; the account can log in once it is confirmed. Rate-limited per source address',
    tags: publicTags,
    request: { params: tenantParam, ...jsonBody(registerApplicantSchema) },
    responses: {
      201: jsonContent(registeredApplicantSchema, 'The account, unverified; the code was sent'),
      429: { description: 'Too many registrations from this address in the hour; see Retry-After' },
    },
  }),
  verifyApplicantEmail: defineRoute('public', {
    method: 'post',
    path: '/v1/public/{tenant}/applicants/verify',
    operationId: 'verifyApplicantEmail',
    summary:
      'Confirm the email address with the 6-digit code: the account becomes active. A wrong or expired code is 400 at `code`, whether or not the NIK has an account',
    tags: publicTags,
    request: { params: tenantParam, ...jsonBody(verifyApplicantEmailSchema) },
    responses: { 200: jsonContent(z.object({ verified: z.literal(true) }), 'The account is active') },
  }),
  resendApplicantCode: defineRoute('public', {
    method: 'post',
    path: '/v1/public/{tenant}/applicants/resend-code',
    operationId: 'resendApplicantCode',
    summary:
      'Send a new code to an unverified account. The answer is the same for any NIK, so it reveals nobody; it counts against the registration rate',
    tags: publicTags,
    request: { params: tenantParam, ...jsonBody(resendApplicantCodeSchema) },
    responses: {
      202: jsonContent(
        z.object({ accepted: z.literal(true) }),
        'A code is on its way if the account waits for one',
      ),
    },
  }),
  verifyRegistrationProof: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/recruitment/proofs/{registrationNumber}',
    operationId: 'verifyRegistrationProof',
    summary:
      "Whether a printed proof of registration is genuine: the registration number and the signature from the proof's QR code. Genuine: 200 with the name masked; a typo in the number: 400; otherwise 404, without saying why",
    tags: publicTags,
    request: {
      params: tenantParam.extend({ registrationNumber: z.string().min(1).max(60) }),
      query: verifyRegistrationProofQuerySchema,
    },
    responses: {
      200: jsonContent(registrationProofCheckSchema, 'The proof is genuine'),
      404: { description: 'No proof with this number and signature can be confirmed' },
    },
  }),
  getMyApplicantProfile: defineRoute(APPLICANT, {
    method: 'get',
    path: '/v1/recruitment/me/profile',
    operationId: 'getMyApplicantProfile',
    summary: "The applicant's own profile: the KTP data from registration, and what they completed",
    tags,
    responses: { 200: jsonContent(applicantProfileSchema, 'The profile') },
  }),
  updateMyApplicantProfile: defineRoute(APPLICANT, {
    method: 'patch',
    path: '/v1/recruitment/me/profile',
    operationId: 'updateMyApplicantProfile',
    summary:
      'Complete the profile (with its version): name as on the diploma with degrees, education (level, major, institution, IPK, graduation date), address, disability status. The KTP data stay as registered',
    tags,
    request: jsonBody(updateApplicantProfileSchema),
    responses: { 200: jsonContent(applicantProfileSchema, 'The profile as changed') },
  }),
  getRecruitmentSettings: defineRoute(['tenant-admin'], {
    method: 'get',
    path: '/v1/recruitment/settings',
    operationId: 'getRecruitmentSettings',
    summary:
      "The tenant's recruitment settings: registrations per source address per hour (defaults, version 0, until saved)",
    tags: ['recruitment'],
    responses: { 200: jsonContent(recruitmentSettingsSchema, 'The settings') },
  }),
  updateRecruitmentSettings: defineRoute(['tenant-admin'], {
    method: 'put',
    path: '/v1/recruitment/settings',
    operationId: 'updateRecruitmentSettings',
    summary: 'Save the recruitment settings (with the version read; 0 the first time)',
    tags: ['recruitment'],
    request: jsonBody(updateRecruitmentSettingsSchema),
    responses: { 200: jsonContent(recruitmentSettingsSchema, 'The settings') },
  }),
  exportMyApplicantData: defineRoute(APPLICANT, {
    method: 'get',
    path: '/v1/recruitment/me/export',
    operationId: 'exportMyApplicantData',
    summary: 'Everything held on the applicant, as JSON (UU 27/2022): the profile and every application',
    tags,
    responses: {
      200: jsonContent(
        z.object({
          exportedAt: z.string(),
          tenant: z.object({ name: z.string(), slug: z.string() }),
          profile: applicantProfileSchema,
          applications: z.array(z.record(z.string(), z.unknown())),
          purpose: z.string(),
        }),
        'The export',
      ),
    },
  }),
};

export function applicantRoutes(app: RouteApp): void {
  app.openapi(routes.registerApplicant, async (c) => {
    const ctx = publicCtxOf(c, clientIp(c));
    return c.json(await applicants.registerApplicant(ctx, c.req.valid('json')), 201);
  });
  app.openapi(routes.verifyApplicantEmail, async (c) => {
    const ctx = publicCtxOf(c, clientIp(c));
    return c.json(await applicants.verifyApplicantEmail(ctx, c.req.valid('json')), 200);
  });
  app.openapi(routes.resendApplicantCode, async (c) => {
    const ctx = publicCtxOf(c, clientIp(c));
    return c.json(await applicants.resendApplicantCode(ctx, c.req.valid('json')), 202);
  });
  app.openapi(routes.verifyRegistrationProof, async (c) => {
    const ctx = ctxOf(c);
    const { registrationNumber } = c.req.valid('param');
    c.header('cache-control', 'no-store');
    return c.json(await applications.verifyProof(ctx, registrationNumber, c.req.valid('query').sig), 200);
  });
  app.openapi(routes.getMyApplicantProfile, async (c) =>
    c.json(await applicants.getMyProfile({ store: c.var.store, now: c.var.deps.now() }, c.var.claims), 200),
  );
  app.openapi(routes.updateMyApplicantProfile, async (c) =>
    c.json(
      await applicants.updateMyProfile(
        { store: c.var.store, now: c.var.deps.now() },
        c.var.claims,
        c.var.actor,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(routes.getRecruitmentSettings, async (c) =>
    c.json(await applicants.getSettings({ store: c.var.store, now: c.var.deps.now() }, c.var.claims), 200),
  );
  app.openapi(routes.updateRecruitmentSettings, async (c) =>
    c.json(
      await applicants.updateSettings(
        { store: c.var.store, now: c.var.deps.now() },
        c.var.claims,
        c.var.actor,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(routes.exportMyApplicantData, async (c) => {
    const ctx = ctxOf(c);
    const body = await applications.exportMyData(ctx, c.var.claims);
    c.header(
      'content-disposition',
      `attachment; filename="data-pelamar-${ctx.now.toISOString().slice(0, 10)}.json"`,
    );
    c.header('cache-control', 'private, no-store');
    return c.json(body, 200);
  });
}
