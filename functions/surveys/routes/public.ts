import {
  ikmQuerySchema,
  periodSchema,
  problemSchema,
  publicIkmOverviewSchema,
  publicSurveyUnitSchema,
  submitSurveyResponseSchema,
  surveyFormSchema,
  unitIkmSchema,
} from '@pamong/core';
import * as surveyReportsRepo from '@pamong/db/repos/surveys/reports';
import * as surveyResponsesRepo from '@pamong/db/repos/surveys/responses';
import {
  clientIp,
  defineRoute,
  idParam,
  jsonBody,
  jsonContent,
  optionalStaff,
  type RouteApp,
} from '@pamong/http';
import * as z from 'zod';

/**
 * The citizen-facing survey: no token; the tenant comes from the slug in the path (the `public`
 * access rule resolves it, refusing unknown and suspended tenants).
 */
const tags = ['surveys (public)'];
const tenantParam = z.object({ tenant: z.string().min(1).max(64) });
const unitParams = tenantParam.extend(idParam('unitId').shape);
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const routes = {
  listPublicSurveyUnits: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/survey-units',
    operationId: 'listPublicSurveyUnits',
    summary: 'The active survey units of a tenant',
    tags,
    request: { params: tenantParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(publicSurveyUnitSchema) }), 'Active survey units'),
    },
  }),
  resolveSurveyShortCode: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/s/{shortCode}',
    operationId: 'resolveSurveyShortCode',
    summary: 'The survey unit behind the short code of a poster',
    tags,
    request: {
      params: tenantParam.extend({
        shortCode: z.string().regex(/^[0-9A-Za-z]{6}$/, 'must be 6 letters or digits'),
      }),
    },
    responses: { 200: jsonContent(z.object({ unitId: z.string() }), 'The unit id') },
  }),
  getPublicSurveyForm: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/survey-units/{unitId}/form',
    operationId: 'getPublicSurveyForm',
    summary: 'The questionnaire of a survey unit',
    tags,
    request: { params: unitParams },
    responses: {
      200: jsonContent(surveyFormSchema, 'The unit, the nine elements in the tenant order, extra questions'),
      410: problem('The unit is closed'),
    },
  }),
  submitSurveyResponse: defineRoute(
    'public',
    {
      method: 'post',
      path: '/v1/public/{tenant}/survey-units/{unitId}/responses',
      operationId: 'submitSurveyResponse',
      summary: 'Submit a survey response (honours Idempotency-Key)',
      tags,
      request: { params: unitParams, ...jsonBody(submitSurveyResponseSchema) },
      responses: {
        201: jsonContent(
          z.object({ id: z.string(), verified: z.boolean() }),
          'Stored; `verified` when a valid service code was consumed',
        ),
        410: problem('The unit is closed'),
        429: problem('Too many responses from this source for this unit this hour (Retry-After)'),
      },
    },
    // The key is answered in the submission's own transaction: a replay and a first write cannot
    // both happen, and a keyed submission costs no extra DynamoDB call.
    { idempotent: 'in-transaction' },
  ),
  getSurveyUnitIkm: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/survey-units/{unitId}/ikm',
    operationId: 'getSurveyUnitIkm',
    summary: 'The IKM of a unit for a period (staff only when the unit does not publish results)',
    tags,
    request: { params: unitParams, query: ikmQuerySchema },
    responses: { 200: jsonContent(unitIkmSchema, 'The IKM, its grade and the NRR of each element') },
  }),
  getPublicIkmOverview: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/ikm',
    operationId: 'getPublicIkmOverview',
    summary: 'The transparency page: IKM of every published unit, this period and the previous one',
    tags,
    request: { params: tenantParam, query: z.object({ period: periodSchema.optional() }) },
    responses: { 200: jsonContent(publicIkmOverviewSchema, 'Published units with their IKM') },
  }),
};

export function publicSurveyRoutes(app: RouteApp) {
  app.openapi(routes.listPublicSurveyUnits, async (c) =>
    c.json(await surveyResponsesRepo.listPublicSurveyUnits(c.var.store, c.var.tenant.id), 200),
  );
  app.openapi(routes.resolveSurveyShortCode, async (c) =>
    c.json(
      await surveyResponsesRepo.resolveShortCode(
        c.var.store,
        c.var.tenant.id,
        c.req.valid('param').shortCode,
      ),
      200,
    ),
  );
  app.openapi(routes.getPublicSurveyForm, async (c) =>
    c.json(
      await surveyResponsesRepo.getPublicSurveyForm(c.var.store, c.var.tenant, c.req.valid('param').unitId),
      200,
    ),
  );
  app.openapi(routes.submitSurveyResponse, async (c) => {
    const idempotent = c.var.idempotency;
    const { id, verified } = await surveyResponsesRepo.submitSurveyResponse(
      c.var.store,
      c.var.tenant,
      c.req.valid('param').unitId,
      c.req.valid('json'),
      {
        ip: clientIp(c),
        now: c.var.deps.now(),
        // A keyed submission stores its answer in the transaction that stores the response.
        answer: idempotent && ((r) => idempotent.answerItem(201, { id: r.id, verified: r.verified })),
      },
    );
    return c.json({ id, verified }, 201);
  });
  app.openapi(routes.getSurveyUnitIkm, async (c) => {
    const { unit, ikm } = await surveyReportsRepo.getUnitIkm(
      c.var.store,
      c.var.tenant.id,
      c.req.valid('param').unitId,
      c.req.valid('query'),
    );
    if (!unit.publishResults) {
      // Unpublished results exist only for staff who may read this unit; to anyone else the unit
      // is not there.
      surveyReportsRepo.assertMayReadUnit(unit, await optionalStaff(c));
      c.header('cache-control', 'private, no-store');
    }
    return c.json(ikm, 200);
  });
  app.openapi(routes.getPublicIkmOverview, async (c) => {
    const body = await surveyReportsRepo.getPublicIkmOverview(
      c.var.store,
      c.var.tenant,
      c.req.valid('query').period,
      c.var.deps.now(),
    );
    c.header('cache-control', 'public, max-age=60');
    return c.json(body, 200);
  });
}
