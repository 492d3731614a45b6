import {
  ADMIN_ROLES,
  coachingPlanSchema,
  createCoachingPlanSchema,
  dateInZone,
  disciplineReferralSchema,
  exportSkpReportQuerySchema,
  followUpPageSchema,
  followUpParamsSchema,
  listPerformanceFollowUpsQuerySchema,
  recordCoachingCheckInSchema,
  recordDisciplineReferralSchema,
  recordReferralOutcomeSchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/performance/follow-up';
import { defineRoute, jsonBody, jsonContent, type RouteApp, type TenantVariables } from '@pamong/http';
import * as z from 'zod';
import { buildSkpReportXlsx, skpReportFileName, XLSX_CONTENT_TYPE } from '../skp-report-workbook';

/**
 * Follow-up of the annual predikat (issue 14 §4): the register, coaching plans with their
 * check-ins, discipline referrals with their outcome, and the SKP report. Who may do what is
 * canSeeFollowUps (access.ts) and canRecordCoaching / canRecordReferral (coaching.ts), applied in
 * the repository.
 */
const tags = ['performance'];

const routes = {
  listPerformanceFollowUps: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/follow-ups',
    operationId: 'listPerformanceFollowUps',
    summary:
      "The follow-up register of a year, from the annual predikats (the year's and those before it the settings read): Sangat Baik two years running to the talent pool (priority for promotion and training), Butuh Perbaikan or worse to coaching, Kurang or Sangat Kurang (or a low predikat persisting) to a discipline referral; each row with what was done. Admins in scope see their agency's register (computed whole, paged in memory, at most 50 rows a page); other staff their own rows",
    tags,
    request: { query: listPerformanceFollowUpsQuerySchema },
    responses: { 200: jsonContent(followUpPageSchema, 'A page of the register') },
  }),
  createCoachingPlan: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/coaching-plans',
    operationId: 'createCoachingPlan',
    summary:
      "A coaching plan (goals and planned, dated check-ins) for an employee whose annual predikat of the year (`period`: the annual period) leads to coaching; 409 when the register has no coaching row for them, or a plan exists. The employee's appraiser (direct superior) or an admin in scope; audited",
    tags,
    request: jsonBody(createCoachingPlanSchema),
    responses: { 201: jsonContent(coachingPlanSchema, 'The coaching plan') },
  }),
  recordCoachingCheckIn: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/coaching-plans/{employeeId}/{year}/check-ins',
    operationId: 'recordCoachingCheckIn',
    summary:
      "Record a check-in held on a coaching plan (the mentoring check-in's date and note): it completes the planned check-in of that date or is added; not before the year began nor after today; one per date. The plan's coach or an admin in scope; audited",
    tags,
    request: { params: followUpParamsSchema, ...jsonBody(recordCoachingCheckInSchema) },
    responses: { 201: jsonContent(coachingPlanSchema, 'The coaching plan with the check-in') },
  }),
  recordDisciplineReferral: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/performance/referrals',
    operationId: 'recordDisciplineReferral',
    summary:
      "Record that an employee was referred to the discipline process of PP 94/2021, when the year's register has a referral row for them (409 otherwise, or when recorded already). Pamong records the referral and its outcome; it does not run that process. Admins in scope; audited",
    tags,
    request: jsonBody(recordDisciplineReferralSchema),
    responses: { 201: jsonContent(disciplineReferralSchema, 'The referral') },
  }),
  recordReferralOutcome: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/performance/referrals/{employeeId}/{year}/outcome',
    operationId: 'recordReferralOutcome',
    summary:
      'Record the outcome the discipline process (PP 94/2021, run outside Pamong) decided on a recorded referral, at its version; a later call corrects it. Admins in scope; audited',
    tags,
    request: { params: followUpParamsSchema, ...jsonBody(recordReferralOutcomeSchema) },
    responses: { 200: jsonContent(disciplineReferralSchema, 'The referral with its outcome') },
  }),
  exportSkpReport: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/performance/reports/skp.xlsx',
    operationId: 'exportSkpReport',
    summary:
      "An agency's SKPs of a year as XLSX for e-Kinerja: each employee's hasil kerja with indicators and targets, realisation per assessment period, and the annual predikat (at most 3,000 SKPs). Admins in scope",
    tags,
    request: { query: exportSkpReportQuerySchema },
    responses: {
      200: {
        description: 'Workbook with the sheets SKP, Predikat and Keterangan, headers in Bahasa Indonesia',
        content: { [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
  }),
};

/** Today in the tenant's time zone: a check-in or a decision is not dated after it. */
const today = (c: { var: TenantVariables }) => dateInZone(c.var.deps.now(), c.var.tenant.timeZone);

export function followUpRoutes(app: RouteApp): void {
  app.openapi(routes.listPerformanceFollowUps, async (c) =>
    c.json(await repo.listPerformanceFollowUps(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.createCoachingPlan, async (c) =>
    c.json(
      await repo.createCoachingPlan(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('json'),
        c.var.deps.now(),
        today(c),
      ),
      201,
    ),
  );
  app.openapi(routes.recordCoachingCheckIn, async (c) =>
    c.json(
      await repo.recordCoachingCheckIn(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param'),
        c.req.valid('json'),
        c.var.deps.now(),
        today(c),
      ),
      201,
    ),
  );
  app.openapi(routes.recordDisciplineReferral, async (c) =>
    c.json(
      await repo.recordDisciplineReferral(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.recordReferralOutcome, async (c) =>
    c.json(
      await repo.recordReferralOutcome(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param'),
        c.req.valid('json'),
        c.var.deps.now(),
        today(c),
      ),
      200,
    ),
  );
  app.openapi(routes.exportSkpReport, async (c) => {
    const q = c.req.valid('query');
    const now = c.var.deps.now();
    const data = await repo.skpReportData(c.var.store, c.var.claims, q);
    const bytes = buildSkpReportXlsx(data, { tenantName: c.var.tenant.name, generatedAt: now });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${skpReportFileName(q.year)}"`,
      'cache-control': 'private, no-store',
      'x-export-truncated': String(data.truncated),
    });
  });
}
