import {
  ADMIN_ROLES,
  manageScope,
  placementCandidatesSchema,
  placementLimitQuerySchema,
  placementResultSchema,
  recordPlacementSchema,
  suggestedPositionsSchema,
} from '@pamong/core';
import * as placementRepo from '@pamong/db/repos/personnel/placement';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['placement'];

const routes = {
  getPlacementCandidates: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/positions/{positionId}/candidates',
    operationId: 'getPlacementCandidates',
    summary:
      'Employees ranked for a position, with the score of each factor (education, competency, rank, performance)',
    tags,
    request: { params: idParam('positionId'), query: placementLimitQuerySchema },
    responses: { 200: jsonContent(placementCandidatesSchema, 'The position and its ranked candidates') },
  }),
  getSuggestedPositions: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/employees/{employeeId}/suggested-positions',
    operationId: 'getSuggestedPositions',
    summary: 'Vacant positions ranked by how well an employee fits them',
    tags,
    request: { params: idParam('employeeId'), query: placementLimitQuerySchema },
    responses: { 200: jsonContent(suggestedPositionsSchema, 'Vacant positions, best fit first') },
  }),
  recordPlacement: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/employees/{employeeId}/placements',
    operationId: 'recordPlacement',
    summary:
      'Record a placement (mutasi) into a unit and position; outside the top 5 candidates it needs a justification',
    tags,
    request: { params: idParam('employeeId'), ...jsonBody(recordPlacementSchema) },
    responses: { 201: jsonContent(placementResultSchema, 'The employee after the placement') },
  }),
};

export function placementRoutes(app: RouteApp): void {
  app.openapi(routes.getPlacementCandidates, async (c) => {
    const { positionId } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    return c.json(
      await placementRepo.getPlacementCandidates(
        c.var.store,
        c.var.actor.tenantId,
        positionId,
        limit,
        c.var.deps.now(),
      ),
      200,
    );
  });

  app.openapi(routes.getSuggestedPositions, async (c) => {
    const { employeeId } = c.req.valid('param');
    const { limit } = c.req.valid('query');
    return c.json(
      await placementRepo.getSuggestedPositions(
        c.var.store,
        c.var.actor.tenantId,
        employeeId,
        limit,
        c.var.deps.now(),
      ),
      200,
    );
  });

  app.openapi(routes.recordPlacement, async (c) => {
    const result = await placementRepo.recordPlacement(
      c.var.store,
      c.var.actor,
      c.req.valid('param').employeeId,
      c.req.valid('json'),
      manageScope(c.var.claims),
      c.var.deps.now(),
    );
    return c.json(result, 201);
  });
}
