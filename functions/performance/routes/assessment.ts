import {
  assessmentDistributionQuerySchema,
  assessmentDistributionSchema,
  assessmentFinalisationSchema,
  assessSkpSchema,
  finaliseSkpAssessmentsSchema,
  listOrganisationRatingsQuerySchema,
  listSkpAssessmentsQuerySchema,
  organisationIkmQuerySchema,
  organisationIkmSchema,
  organisationRatingSchema,
  pageOf,
  rateOrganisationSchema,
  STAFF_ROLES,
  skpAssessmentSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/performance/assessment';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['performance'];

const routes = {
  assessSkp: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/assessments',
    operationId: 'assessSkp',
    summary:
      "The appraiser assesses an approved SKP for an assessment period (or the year): hasil kerja and perilaku give the predikat from the tenant's matrix; a unit head's hasil kerja follows their unit's rating. Counted in the unit's and agency's distribution; refused once they are finalised",
    tags,
    request: jsonBody(assessSkpSchema),
    responses: {
      200: jsonContent(skpAssessmentSchema, 'The assessment, replacing the earlier one of that period'),
      201: jsonContent(skpAssessmentSchema, 'The assessment'),
    },
  }),
  listSkpAssessments: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/assessments',
    operationId: 'listSkpAssessments',
    summary:
      "A page of a unit's or an agency's assessments of a period, by unit and employee: admins in scope and the organisation's heads see all, an appraiser those they assess",
    tags,
    request: { query: listSkpAssessmentsQuerySchema },
    responses: { 200: jsonContent(pageOf(skpAssessmentSchema), 'A page of assessments') },
  }),
  getAssessmentDistribution: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/assessments/distribution',
    operationId: 'getAssessmentDistribution',
    summary:
      "A unit's or an agency's predikats of a period against the caps of its rating (allowed and given per cap), and whether they are finalised: the assessment screen's chart",
    tags,
    request: { query: assessmentDistributionQuerySchema },
    responses: { 200: jsonContent(assessmentDistributionSchema, 'The distribution') },
  }),
  finaliseSkpAssessments: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/assessments/finalise',
    operationId: 'finaliseSkpAssessments',
    summary:
      "Finalise a unit's or an agency's assessments of a period (its head or an admin in scope): refused with 409 naming each cap broken, with the counts allowed and given; otherwise all at once, after which they cannot change",
    tags,
    request: jsonBody(finaliseSkpAssessmentsSchema),
    responses: {
      200: jsonContent(assessmentFinalisationSchema, 'The finalisation, with the counts checked'),
    },
  }),
  rateOrganisation: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/org-ratings',
    operationId: 'rateOrganisation',
    summary:
      'Rate a unit (the head of the organisation above it) or an agency (a tenant admin, for the regional head) for a period, with its indicators; audited; refused once its assessments are finalised',
    tags,
    request: jsonBody(rateOrganisationSchema),
    responses: {
      200: jsonContent(organisationRatingSchema, 'The rating, replacing the earlier one of that period'),
      201: jsonContent(organisationRatingSchema, 'The rating'),
    },
  }),
  getOrganisationIkm: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/org-ikm',
    operationId: 'getOrganisationIkm',
    summary:
      "A unit's or an agency's citizen IKM for a period, from the counters of the survey units linked to it: its grade, the respondents against the Krejcie-Morgan minimum, the organisation predikat it suggests (none while indicative) and the months of the period (a tenant admin, or staff of the agency)",
    tags,
    request: { query: organisationIkmQuerySchema },
    responses: { 200: jsonContent(organisationIkmSchema, "The organisation's IKM") },
  }),
  listOrganisationRatings: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/org-ratings',
    operationId: 'listOrganisationRatings',
    summary:
      "The organisation ratings of a period: a tenant admin's all (or one agency's), other staff their own agency's",
    tags,
    request: { query: listOrganisationRatingsQuerySchema },
    responses: { 200: jsonContent(pageOf(organisationRatingSchema), 'A page of ratings') },
  }),
};

export function assessmentRoutes(app: RouteApp): void {
  app.openapi(routes.assessSkp, async (c) => {
    const { assessment, created } = await repo.assessSkp(
      c.var.store,
      c.var.actor,
      c.var.claims,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return created ? c.json(assessment, 201) : c.json(assessment, 200);
  });
  app.openapi(routes.listSkpAssessments, async (c) =>
    c.json(await repo.listSkpAssessments(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.getAssessmentDistribution, async (c) =>
    c.json(await repo.getAssessmentDistribution(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.finaliseSkpAssessments, async (c) =>
    c.json(
      await repo.finaliseSkpAssessments(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.getOrganisationIkm, async (c) =>
    c.json(await repo.getOrganisationIkm(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.rateOrganisation, async (c) => {
    const { rating, created } = await repo.rateOrganisation(
      c.var.store,
      c.var.actor,
      c.var.claims,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return created ? c.json(rating, 201) : c.json(rating, 200);
  });
  app.openapi(routes.listOrganisationRatings, async (c) =>
    c.json(await repo.listOrganisationRatings(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
}
