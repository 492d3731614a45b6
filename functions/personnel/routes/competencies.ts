import {
  competencySchema,
  createCompetencySchema,
  listCompetenciesQuerySchema,
  pageOf,
  STAFF_ROLES,
} from '@pamong/core';
import * as competenciesRepo from '@pamong/db/repos/personnel/competencies';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['competencies'];

const routes = {
  createCompetency: defineRoute(['tenant-admin'], {
    method: 'post',
    path: '/v1/competencies',
    operationId: 'createCompetency',
    summary: "Add a competency to the tenant's catalogue, with a description of each level 1-5",
    tags,
    request: jsonBody(createCompetencySchema),
    responses: { 201: jsonContent(competencySchema, 'The new competency') },
  }),
  listCompetencies: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/competencies',
    operationId: 'listCompetencies',
    summary: 'The competency catalogue by code, optionally of one group',
    tags,
    request: { query: listCompetenciesQuerySchema },
    responses: { 200: jsonContent(pageOf(competencySchema), 'A page of competencies') },
  }),
};

export function competencyRoutes(app: RouteApp): void {
  app.openapi(routes.createCompetency, async (c) =>
    c.json(
      await competenciesRepo.createCompetency(
        c.var.store,
        c.var.actor,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      201,
    ),
  );

  app.openapi(routes.listCompetencies, async (c) =>
    c.json(
      await competenciesRepo.listCompetencies(c.var.store, c.var.actor.tenantId, c.req.valid('query')),
      200,
    ),
  );
}
