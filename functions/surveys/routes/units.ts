import {
  ADMIN_ROLES,
  createSurveyUnitSchema,
  cursorQuerySchema,
  issueServiceCodesSchema,
  listSuggestionsQuerySchema,
  listSurveyUnitsQuerySchema,
  manageScope,
  moderateSuggestionSchema,
  notFound,
  pageOf,
  periodSchema,
  serviceCodeBatchSchema,
  setSurveyPopulationSchema,
  suggestionSchema,
  surveyPopulationSchema,
  surveySettingsSchema,
  surveyUnitSchema,
  updateSurveySettingsSchema,
  updateSurveyUnitSchema,
} from '@pamong/core';
import * as surveyUnitsRepo from '@pamong/db/repos/surveys/admin';
import * as surveyCommon from '@pamong/db/repos/surveys/common';
import { defineRoute, idParam, jsonBody, jsonContent, publicBaseUrl, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { buildSurveyPoster, POSTER_CSP } from './poster';

/**
 * Survey administration. Tenant admins act on every unit; an agency admin acts on the units of
 * their own agency only, and another agency's unit is "not found" to them.
 */
const ADMIN = ['tenant-admin'] as const;
const tags = ['surveys (admin)'];
const unitParam = idParam('unitId');
const populationParams = unitParam.extend({ period: periodSchema });
const moderationParams = unitParam.extend(idParam('responseId').shape);

const routes = {
  listSurveyUnits: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units',
    operationId: 'listSurveyUnits',
    summary: 'List survey units (an agency admin sees their own agency only)',
    tags,
    request: { query: listSurveyUnitsQuerySchema },
    responses: { 200: jsonContent(pageOf(surveyUnitSchema), 'A page of survey units') },
  }),
  createSurveyUnit: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/surveys/units',
    operationId: 'createSurveyUnit',
    summary: 'Create a survey unit (a public service unit) in an active agency',
    tags,
    request: jsonBody(createSurveyUnitSchema),
    responses: { 201: jsonContent(surveyUnitSchema, 'The new survey unit') },
  }),
  getSurveyUnit: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}',
    operationId: 'getSurveyUnit',
    summary: 'Get one survey unit',
    tags,
    request: { params: unitParam },
    responses: { 200: jsonContent(surveyUnitSchema, 'The survey unit') },
  }),
  updateSurveyUnit: defineRoute(ADMIN_ROLES, {
    method: 'patch',
    path: '/v1/surveys/units/{unitId}',
    operationId: 'updateSurveyUnit',
    summary: 'Change a survey unit: name, service types, status, publication, verification mode',
    tags,
    request: { params: unitParam, ...jsonBody(updateSurveyUnitSchema) },
    responses: { 200: jsonContent(surveyUnitSchema, 'The survey unit') },
  }),
  getSurveySettings: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/settings',
    operationId: 'getSurveySettings',
    summary: "The tenant's survey settings (defaults with version 0 until first saved)",
    tags,
    responses: { 200: jsonContent(surveySettingsSchema, 'The survey settings') },
  }),
  updateSurveySettings: defineRoute(ADMIN, {
    method: 'put',
    path: '/v1/surveys/settings',
    operationId: 'updateSurveySettings',
    summary: 'Save the survey settings: element order, extra questions, rate limit',
    tags,
    request: jsonBody(updateSurveySettingsSchema),
    responses: { 200: jsonContent(surveySettingsSchema, 'The survey settings') },
  }),
  setSurveyPopulation: defineRoute(ADMIN_ROLES, {
    method: 'put',
    path: '/v1/surveys/units/{unitId}/population/{period}',
    operationId: 'setSurveyPopulation',
    summary: 'Set the number of service users of a unit in a period',
    tags,
    request: { params: populationParams, ...jsonBody(setSurveyPopulationSchema) },
    responses: {
      200: jsonContent(surveyPopulationSchema, 'The population with its Krejcie-Morgan minimum sample'),
    },
  }),
  listSurveyPopulation: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/population',
    operationId: 'listSurveyPopulation',
    summary: 'The population of a unit in every period it was set for',
    tags,
    request: { params: unitParam },
    responses: {
      200: jsonContent(z.object({ items: z.array(surveyPopulationSchema) }), 'Population per period'),
    },
  }),
  issueServiceCodes: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/surveys/units/{unitId}/service-codes',
    operationId: 'issueServiceCodes',
    summary: 'Issue a batch of one-time service codes (kode layanan) for a unit',
    tags,
    request: { params: unitParam, ...jsonBody(issueServiceCodesSchema) },
    responses: { 201: jsonContent(serviceCodeBatchSchema, 'The batch with its codes') },
  }),
  listServiceCodeBatches: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/service-code-batches',
    operationId: 'listServiceCodeBatches',
    summary: 'The service-code batches of a unit, newest first',
    tags,
    request: { params: unitParam, query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(serviceCodeBatchSchema), 'A page of batches') },
  }),
  getSurveyUnitPoster: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/poster',
    operationId: 'getSurveyUnitPoster',
    summary: 'A printable A4 poster with the QR code and short URL of the unit’s survey',
    tags,
    request: { params: unitParam },
    responses: {
      200: {
        description: 'The poster as an HTML page, ready to print on A4',
        content: { 'text/html': { schema: z.string() } },
      },
    },
  }),
  listSurveySuggestions: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/surveys/units/{unitId}/suggestions',
    operationId: 'listSurveySuggestions',
    summary: 'Suggestions left with responses, optionally of one moderation status',
    tags,
    request: { params: unitParam, query: listSuggestionsQuerySchema },
    responses: { 200: jsonContent(pageOf(suggestionSchema), 'A page of suggestions') },
  }),
  moderateSurveySuggestion: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/surveys/units/{unitId}/suggestions/{responseId}/moderation',
    operationId: 'moderateSurveySuggestion',
    summary: 'Show or hide a suggestion (hiding needs a reason; both are audited)',
    tags,
    request: { params: moderationParams, ...jsonBody(moderateSuggestionSchema) },
    responses: { 200: jsonContent(suggestionSchema, 'The suggestion') },
  }),
};

export function surveyUnitRoutes(app: RouteApp): void {
  app.openapi(routes.listSurveyUnits, async (c) => {
    const scope = manageScope(c.var.claims);
    const q = c.req.valid('query');
    if (scope.agencyId) {
      if (q.agencyId && q.agencyId !== scope.agencyId) throw notFound('Agency');
      q.agencyId = scope.agencyId;
    }
    return c.json(await surveyUnitsRepo.listSurveyUnits(c.var.store, c.var.actor.tenantId, q), 200);
  });

  app.openapi(routes.createSurveyUnit, async (c) => {
    const unit = await surveyUnitsRepo.createSurveyUnit(
      c.var.store,
      c.var.actor,
      c.req.valid('json'),
      manageScope(c.var.claims),
      c.var.deps.now(),
    );
    return c.json(unit, 201);
  });

  app.openapi(routes.getSurveyUnit, async (c) => {
    const unit = await surveyUnitsRepo.getScopedUnit(
      c.var.store,
      c.var.actor.tenantId,
      c.req.valid('param').unitId,
      manageScope(c.var.claims),
    );
    return c.json(unit, 200);
  });

  app.openapi(routes.updateSurveyUnit, async (c) => {
    const { version, ...patch } = c.req.valid('json');
    const unit = await surveyUnitsRepo.updateSurveyUnit(
      c.var.store,
      c.var.actor,
      c.req.valid('param').unitId,
      patch,
      version,
      manageScope(c.var.claims),
      c.var.deps.now(),
    );
    return c.json(unit, 200);
  });

  app.openapi(routes.getSurveySettings, async (c) =>
    c.json(await surveyCommon.getSurveySettings(c.var.store, c.var.actor.tenantId), 200),
  );

  app.openapi(routes.updateSurveySettings, async (c) =>
    c.json(
      await surveyUnitsRepo.updateSurveySettings(
        c.var.store,
        c.var.actor,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );

  app.openapi(routes.setSurveyPopulation, async (c) => {
    const { unitId, period } = c.req.valid('param');
    const result = await surveyUnitsRepo.setSurveyPopulation(
      c.var.store,
      c.var.actor,
      unitId,
      period,
      c.req.valid('json').population,
      manageScope(c.var.claims),
      c.var.deps.now(),
    );
    return c.json(result, 200);
  });

  app.openapi(routes.listSurveyPopulation, async (c) =>
    c.json(
      await surveyUnitsRepo.listSurveyPopulation(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').unitId,
        manageScope(c.var.claims),
      ),
      200,
    ),
  );

  app.openapi(routes.issueServiceCodes, async (c) => {
    const batch = await surveyUnitsRepo.issueServiceCodes(
      c.var.store,
      c.var.actor,
      c.req.valid('param').unitId,
      c.req.valid('json'),
      manageScope(c.var.claims),
      c.var.deps.now(),
    );
    return c.json(batch, 201);
  });

  app.openapi(routes.listServiceCodeBatches, async (c) =>
    c.json(
      await surveyUnitsRepo.listServiceCodeBatches(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').unitId,
        c.req.valid('query'),
        manageScope(c.var.claims),
      ),
      200,
    ),
  );

  app.openapi(routes.getSurveyUnitPoster, async (c) => {
    const unit = await surveyUnitsRepo.getScopedUnit(
      c.var.store,
      c.var.actor.tenantId,
      c.req.valid('param').unitId,
      manageScope(c.var.claims),
    );
    const tenant = c.var.tenant;
    const base = publicBaseUrl(c);
    const html = await buildSurveyPoster({
      unit,
      tenant,
      surveyUrl: `${base}/survei/${tenant.slug}/${unit.id}`,
      shortUrl: `${base}/s/${tenant.slug}/${unit.shortCode}`,
    });
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': POSTER_CSP,
      'cache-control': 'no-store',
    });
  });

  app.openapi(routes.listSurveySuggestions, async (c) =>
    c.json(
      await surveyUnitsRepo.listSuggestions(
        c.var.store,
        c.var.actor.tenantId,
        c.req.valid('param').unitId,
        c.req.valid('query'),
        manageScope(c.var.claims),
      ),
      200,
    ),
  );

  app.openapi(routes.moderateSurveySuggestion, async (c) => {
    const { unitId, responseId } = c.req.valid('param');
    const suggestion = await surveyUnitsRepo.moderateSuggestion(
      c.var.store,
      c.var.actor,
      unitId,
      responseId,
      c.req.valid('json'),
      manageScope(c.var.claims),
      c.var.tenant.timeZone,
      c.var.deps.now(),
    );
    return c.json(suggestion, 200);
  });
}
