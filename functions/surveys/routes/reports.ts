import {
  agencyIkmSchema,
  ikmQuerySchema,
  ikmSchema,
  overviewQuerySchema,
  READER_ROLES,
  recomputeCountersSchema,
  recomputeResultSchema,
  requireReadScope,
  surveyOverviewSchema,
  surveyTrendSchema,
  surveyUnitReportSchema,
  trendQuerySchema,
} from '@pamong/core';
import * as surveyReportsRepo from '@pamong/db/repos/surveys/reports';
import * as surveyResponsesRepo from '@pamong/db/repos/surveys/responses';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { buildReportWorkbook, reportFileName, XLSX_CONTENT_TYPE } from './xlsx';

/**
 * Staff reports on survey results. Tenant admins see every unit; agency admins and supervisors
 * see the units of their own agency (another agency's are 404).
 */
const ADMIN = ['tenant-admin'] as const;
const tags = ['surveys (reports)'];
const unitParam = idParam('unitId');

const routes = {
  getSurveyUnitReport: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/report',
    operationId: 'getSurveyUnitReport',
    summary: 'The report of a unit for a period: IKM, weakest elements, sample, respondent profile',
    tags,
    request: { params: unitParam, query: ikmQuerySchema },
    responses: { 200: jsonContent(surveyUnitReportSchema, 'The unit report') },
  }),
  getSurveyUnitTrend: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/trend',
    operationId: 'getSurveyUnitTrend',
    summary: 'Monthly and quarterly IKM of a unit (at most 24 months)',
    tags,
    request: { params: unitParam, query: trendQuerySchema },
    responses: { 200: jsonContent(surveyTrendSchema, 'IKM per month and per quarter') },
  }),
  exportSurveyReport: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/report.xlsx',
    operationId: 'exportSurveyReport',
    summary: 'The unit report as an XLSX workbook',
    tags,
    request: { params: unitParam, query: ikmQuerySchema },
    responses: {
      200: {
        description: 'Workbook with the sheets Ringkasan, NRR per unsur and Profil responden',
        content: { [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
  }),
  getAgencyIkm: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/surveys/ikm/agencies/{agencyId}',
    operationId: 'getAgencyIkm',
    summary: 'The IKM of an agency over all its units',
    tags,
    request: { params: idParam('agencyId'), query: ikmQuerySchema },
    responses: { 200: jsonContent(agencyIkmSchema, 'The agency IKM') },
  }),
  getTenantIkm: defineRoute(ADMIN, {
    method: 'get',
    path: '/v1/surveys/ikm',
    operationId: 'getTenantIkm',
    summary: 'The IKM of the whole tenant',
    tags,
    request: { query: ikmQuerySchema },
    responses: { 200: jsonContent(ikmSchema, 'The tenant IKM') },
  }),
  getSurveyOverview: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/surveys/overview',
    operationId: 'getSurveyOverview',
    summary: 'Units ranked by IKM for a period, with the total',
    tags,
    request: { query: overviewQuerySchema },
    responses: { 200: jsonContent(surveyOverviewSchema, 'The ranking') },
  }),
  recomputeSurveyCounters: defineRoute(ADMIN, {
    method: 'post',
    path: '/v1/surveys/units/{unitId}/recompute',
    operationId: 'recomputeSurveyCounters',
    summary: 'Recount a unit month from the raw responses; report and optionally repair differences',
    tags,
    request: { params: unitParam, ...jsonBody(recomputeCountersSchema) },
    responses: { 200: jsonContent(recomputeResultSchema, 'What differed and whether it was repaired') },
  }),
};

export function reportRoutes(app: RouteApp) {
  app.openapi(routes.getSurveyUnitReport, async (c) =>
    c.json(
      await surveyReportsRepo.getUnitReport(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').unitId,
        c.req.valid('query'),
        requireReadScope(c.var.claims),
      ),
      200,
    ),
  );
  app.openapi(routes.getSurveyUnitTrend, async (c) =>
    c.json(
      await surveyReportsRepo.getUnitTrend(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').unitId,
        c.req.valid('query'),
        requireReadScope(c.var.claims),
      ),
      200,
    ),
  );
  app.openapi(routes.exportSurveyReport, async (c) => {
    const query = c.req.valid('query');
    const report = await surveyReportsRepo.getUnitReport(
      c.var.store,
      c.var.actor.tenantId,
      c.req.valid('param').unitId,
      query,
      requireReadScope(c.var.claims),
    );
    const bytes = await buildReportWorkbook(report, {
      tenantName: c.var.tenant.name,
      verifiedOnly: query.verifiedOnly,
      generatedAt: c.var.deps.now(),
    });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${reportFileName(report.unit.name, report.ikm.period)}"`,
      'cache-control': 'private, no-store',
    });
  });
  app.openapi(routes.getAgencyIkm, async (c) =>
    c.json(
      await surveyReportsRepo.getAgencyIkm(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').agencyId,
        c.req.valid('query'),
        requireReadScope(c.var.claims),
      ),
      200,
    ),
  );
  app.openapi(routes.getTenantIkm, async (c) =>
    c.json(
      await surveyReportsRepo.getTenantIkm(c.var.store, c.var.actor.tenantId, c.req.valid('query')),
      200,
    ),
  );
  app.openapi(routes.getSurveyOverview, async (c) =>
    c.json(
      await surveyReportsRepo.getSurveyOverview(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('query'),
        requireReadScope(c.var.claims),
      ),
      200,
    ),
  );
  app.openapi(routes.recomputeSurveyCounters, async (c) =>
    c.json(
      await surveyResponsesRepo.recomputeUnitCounters(
        c.var.store,
        c.var.actor,
        c.req.valid('param').unitId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
}
