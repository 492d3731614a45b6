import {
  ADMIN_ROLES,
  createShiftRosterSchema,
  listShiftRosterQuerySchema,
  manageScope,
  rosterShiftRecordSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/rosters';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';

const tags = ['attendance'];

const routes = {
  createShiftRoster: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/rosters',
    operationId: 'createShiftRoster',
    summary:
      'Roster up to 99 shifts of a shift schedule (an end at or before the start is the next day); a shift of the same employee and start date is replaced; audited',
    tags,
    request: jsonBody(createShiftRosterSchema),
    responses: {
      201: jsonContent(z.object({ items: z.array(rosterShiftRecordSchema) }), 'The shifts written'),
    },
  }),
  listShiftRoster: defineRoute(['tenant-admin', 'agency-admin', 'supervisor'], {
    method: 'get',
    path: '/v1/attendance/rosters',
    operationId: 'listShiftRoster',
    summary: "A unit's shifts of a month by start date (a supervisor: their own unit)",
    tags,
    request: { query: listShiftRosterQuerySchema },
    responses: { 200: jsonContent(z.object({ items: z.array(rosterShiftRecordSchema) }), 'The shifts') },
  }),
};

export function rosterRoutes(app: RouteApp): void {
  app.openapi(routes.createShiftRoster, async (c) =>
    c.json(
      {
        items: await repo.createShiftRoster(
          c.var.store,
          c.var.actor,
          manageScope(c.var.claims),
          c.req.valid('json'),
          c.var.deps.now(),
        ),
      },
      201,
    ),
  );
  app.openapi(routes.listShiftRoster, async (c) => {
    const claims = c.var.claims;
    const viewer =
      claims.role === 'supervisor'
        ? {
            scope: null,
            ownUnitId: claims.employeeId
              ? (
                  await employeesRepo
                    .getStoredEmployee(c.var.store, claims.tenantId, claims.employeeId)
                    .catch(() => null)
                )?.unitId
              : null,
          }
        : { scope: manageScope(claims) };
    return c.json(
      { items: await repo.listShiftRoster(c.var.store, claims.tenantId, viewer, c.req.valid('query')) },
      200,
    );
  });
}
