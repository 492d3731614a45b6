import { dateInZone, personnelSummarySchema, STAFF_ROLES } from '@pamong/core';
import * as personnelSummaryRepo from '@pamong/db/repos/personnel/summary';
import { defineRoute, jsonContent, type RouteApp } from '@pamong/http';

const getPersonnelSummary = defineRoute(STAFF_ROLES, {
  method: 'get',
  path: '/v1/personnel/summary',
  operationId: 'getPersonnelSummary',
  summary:
    "The home page's personnel numbers for the caller: an admin's work in their scope, a supervisor's unit, and the caller's own record, JP and mentor",
  tags: ['personnel'],
  responses: { 200: jsonContent(personnelSummarySchema, 'The parts that apply to the caller') },
});

export function summaryRoutes(app: RouteApp) {
  app.openapi(getPersonnelSummary, async (c) => {
    const now = c.var.deps.now();
    const claims = c.var.claims;
    const summary = await personnelSummaryRepo.personnelSummary(
      c.var.store,
      {
        tenantId: claims.tenantId,
        role: claims.role,
        agencyId: claims.agencyId ?? null,
        employeeId: claims.employeeId ?? null,
      },
      dateInZone(now, c.var.tenant.timeZone),
      now,
    );
    return c.json(summary, 200);
  });
}
