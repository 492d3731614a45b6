import {
  ADMIN_ROLES,
  type Claims,
  createPositionSchema,
  forbidden,
  listPositionsQuerySchema,
  pageOf,
  positionSchema,
  STAFF_ROLES,
  updatePositionSchema,
} from '@pamong/core';
import * as positionsRepo from '@pamong/db/repos/personnel/positions';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['positions'];
const positionParam = idParam('positionId');

const routes = {
  createPosition: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/positions',
    operationId: 'createPosition',
    summary: 'Create a position (jabatan) in a unit, with its requirements and number of seats',
    tags,
    request: jsonBody(createPositionSchema),
    responses: { 201: jsonContent(positionSchema, 'The new position') },
  }),
  listPositions: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/positions',
    operationId: 'listPositions',
    summary: 'List positions of the tenant or of one agency, optionally only those with a vacancy',
    tags,
    request: { query: listPositionsQuerySchema },
    responses: { 200: jsonContent(pageOf(positionSchema), 'A page of positions') },
  }),
  getPosition: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/positions/{positionId}',
    operationId: 'getPosition',
    summary: 'Get one position with its seats, filled seats and vacancies',
    tags,
    request: { params: positionParam },
    responses: { 200: jsonContent(positionSchema, 'The position') },
  }),
  updatePosition: defineRoute(ADMIN_ROLES, {
    method: 'patch',
    path: '/v1/positions/{positionId}',
    operationId: 'updatePosition',
    summary: 'Change a position; seats cannot drop below the employees placed in it',
    tags,
    request: { params: positionParam, ...jsonBody(updatePositionSchema) },
    responses: { 200: jsonContent(positionSchema, 'The position') },
  }),
};

/** Every staff member of the tenant reads positions; an agency admin writes only in their own agency. */
function assertWritesIn(claims: Claims, agencyId: string) {
  if (claims.role === 'tenant-admin') return;
  if (!claims.agencyId || claims.agencyId !== agencyId)
    throw forbidden('An agency admin manages the positions of their own agency only.');
}

export function positionRoutes(app: RouteApp): void {
  app.openapi(routes.createPosition, async (c) => {
    const input = c.req.valid('json');
    assertWritesIn(c.var.claims, input.agencyId);
    return c.json(await positionsRepo.createPosition(c.var.store, c.var.actor, input, c.var.deps.now()), 201);
  });

  app.openapi(routes.listPositions, async (c) =>
    c.json(await positionsRepo.listPositions(c.var.store, c.var.actor.tenantId, c.req.valid('query')), 200),
  );

  app.openapi(routes.getPosition, async (c) =>
    c.json(
      await positionsRepo.getPosition(c.var.store, c.var.actor.tenantId, c.req.valid('param').positionId),
      200,
    ),
  );

  app.openapi(routes.updatePosition, async (c) => {
    const store = c.var.store;
    const actor = c.var.actor;
    const before = await positionsRepo.getPosition(
      store,
      actor.tenantId,
      c.req.valid('param').positionId,
      true,
    );
    assertWritesIn(c.var.claims, before.agencyId);
    return c.json(
      await positionsRepo.updatePosition(store, actor, before, c.req.valid('json'), c.var.deps.now()),
      200,
    );
  });
}
