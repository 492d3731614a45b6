import {
  agencySchema,
  createAgencySchema,
  createUnitSchema,
  cursorQuerySchema,
  pageOf,
  unitSchema,
  updateAgencySchema,
  updateUnitSchema,
} from '@pamong/core';
import * as orgRepo from '@pamong/db/repos/org';
import {
  defineRoute,
  idParam,
  jsonBody,
  jsonContent,
  type RouteApp,
  STAFF_ROLES,
  stateChangeRoute,
} from '@pamong/http';
import * as z from 'zod';

const ADMIN = ['tenant-admin'] as const;
const agencyParam = idParam('agencyId');
const unitParams = agencyParam.extend(idParam('unitId').shape);
const tags = ['organisation'];

const routes = {
  listAgencies: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/agencies',
    operationId: 'listAgencies',
    summary: 'List the agencies (OPD) of the tenant',
    tags,
    request: { query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(agencySchema), 'A page of agencies') },
  }),
  createAgency: defineRoute(ADMIN, {
    method: 'post',
    path: '/v1/agencies',
    operationId: 'createAgency',
    summary: 'Create an agency',
    tags,
    request: jsonBody(createAgencySchema),
    responses: { 201: jsonContent(agencySchema, 'The new agency') },
  }),
  getAgency: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/agencies/{agencyId}',
    operationId: 'getAgency',
    summary: 'Get one agency',
    tags,
    request: { params: agencyParam },
    responses: { 200: jsonContent(agencySchema, 'The agency') },
  }),
  updateAgency: defineRoute(ADMIN, {
    method: 'patch',
    path: '/v1/agencies/{agencyId}',
    operationId: 'updateAgency',
    summary: 'Rename or recode an agency',
    tags,
    request: { params: agencyParam, ...jsonBody(updateAgencySchema) },
    responses: { 200: jsonContent(agencySchema, 'The agency') },
  }),
  deactivateAgency: stateChangeRoute(ADMIN, {
    path: '/v1/agencies/{agencyId}/deactivate',
    operationId: 'deactivateAgency',
    summary: 'Deactivate an agency',
    tags,
    params: agencyParam,
    entity: agencySchema,
    entityName: 'agency',
  }),
  reactivateAgency: stateChangeRoute(ADMIN, {
    path: '/v1/agencies/{agencyId}/reactivate',
    operationId: 'reactivateAgency',
    summary: 'Reactivate an agency',
    tags,
    params: agencyParam,
    entity: agencySchema,
    entityName: 'agency',
  }),
  deleteAgency: defineRoute(ADMIN, {
    method: 'delete',
    path: '/v1/agencies/{agencyId}',
    operationId: 'deleteAgency',
    summary: 'Delete an empty agency (no units, employees or user accounts)',
    tags,
    request: { params: agencyParam, query: z.object({ version: z.coerce.number().int().min(1) }) },
    responses: { 204: { description: 'Deleted' } },
  }),
  listUnits: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/agencies/{agencyId}/units',
    operationId: 'listUnits',
    summary: 'List the units of an agency',
    tags,
    request: { params: agencyParam, query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(unitSchema), 'A page of units') },
  }),
  createUnit: defineRoute(ADMIN, {
    method: 'post',
    path: '/v1/agencies/{agencyId}/units',
    operationId: 'createUnit',
    summary: 'Create a unit in an agency',
    tags,
    request: { params: agencyParam, ...jsonBody(createUnitSchema) },
    responses: { 201: jsonContent(unitSchema, 'The new unit') },
  }),
  updateUnit: defineRoute(ADMIN, {
    method: 'patch',
    path: '/v1/agencies/{agencyId}/units/{unitId}',
    operationId: 'updateUnit',
    summary: 'Rename a unit or move it to another parent or agency',
    tags,
    request: { params: unitParams, ...jsonBody(updateUnitSchema) },
    responses: { 200: jsonContent(unitSchema, 'The unit') },
  }),
  deactivateUnit: stateChangeRoute(ADMIN, {
    path: '/v1/agencies/{agencyId}/units/{unitId}/deactivate',
    operationId: 'deactivateUnit',
    summary: 'Deactivate a unit',
    tags,
    params: unitParams,
    entity: unitSchema,
    entityName: 'unit',
  }),
};

export function orgRoutes(app: RouteApp) {
  app.openapi(routes.listAgencies, async (c) =>
    c.json(await orgRepo.listAgencies(c.var.store, c.var.actor.tenantId, c.req.valid('query')), 200),
  );
  app.openapi(routes.createAgency, async (c) =>
    c.json(await orgRepo.createAgency(c.var.store, c.var.actor, c.req.valid('json'), c.var.deps.now()), 201),
  );
  app.openapi(routes.getAgency, async (c) =>
    c.json(await orgRepo.getAgency(c.var.store, c.var.actor.tenantId, c.req.valid('param').agencyId), 200),
  );
  app.openapi(routes.updateAgency, async (c) => {
    const { version, ...patch } = c.req.valid('json');
    const { agencyId } = c.req.valid('param');
    return c.json(
      await orgRepo.changeAgency(
        c.var.store,
        c.var.actor,
        agencyId,
        patch,
        version,
        c.var.deps.now(),
        'agency.update',
      ),
      200,
    );
  });
  for (const [route, status] of [
    [routes.deactivateAgency, 'inactive'],
    [routes.reactivateAgency, 'active'],
  ] as const) {
    app.openapi(route, async (c) => {
      const { agencyId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      const action = status === 'inactive' ? 'agency.deactivate' : 'agency.reactivate';
      return c.json(
        await orgRepo.changeAgency(
          c.var.store,
          c.var.actor,
          agencyId,
          { status },
          version,
          c.var.deps.now(),
          action,
        ),
        200,
      );
    });
  }
  app.openapi(routes.deleteAgency, async (c) => {
    const { agencyId } = c.req.valid('param');
    await orgRepo.deleteAgency(
      c.var.store,
      c.var.actor,
      agencyId,
      c.req.valid('query').version,
      c.var.deps.now(),
    );
    return c.body(null, 204);
  });
  app.openapi(routes.listUnits, async (c) => {
    const { agencyId } = c.req.valid('param');
    return c.json(
      await orgRepo.listUnits(c.var.store, c.var.actor.tenantId, agencyId, c.req.valid('query')),
      200,
    );
  });
  app.openapi(routes.createUnit, async (c) => {
    const { agencyId } = c.req.valid('param');
    return c.json(
      await orgRepo.createUnit(c.var.store, c.var.actor, agencyId, c.req.valid('json'), c.var.deps.now()),
      201,
    );
  });
  app.openapi(routes.updateUnit, async (c) => {
    const { agencyId, unitId } = c.req.valid('param');
    const { version, ...patch } = c.req.valid('json');
    return c.json(
      await orgRepo.changeUnit(
        c.var.store,
        c.var.actor,
        agencyId,
        unitId,
        patch,
        version,
        c.var.deps.now(),
        'unit.update',
      ),
      200,
    );
  });
  app.openapi(routes.deactivateUnit, async (c) => {
    const { agencyId, unitId } = c.req.valid('param');
    const { version } = c.req.valid('json');
    return c.json(
      await orgRepo.changeUnit(
        c.var.store,
        c.var.actor,
        agencyId,
        unitId,
        { status: 'inactive' },
        version,
        c.var.deps.now(),
        'unit.deactivate',
      ),
      200,
    );
  });
}
