import { performanceSettingsSchema, STAFF_ROLES, updatePerformanceSettingsSchema } from '@pamong/core';
import * as repo from '@pamong/db/repos/performance/settings';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['performance'];

const routes = {
  getPerformanceSettings: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/settings',
    operationId: 'getPerformanceSettings',
    summary:
      "The tenant's performance settings: the predikat matrix and distribution caps (PermenPANRB 6/2022 by default), the cadence, the IKM and unit-head mappings, the minimum 360 raters",
    tags,
    responses: { 200: jsonContent(performanceSettingsSchema, 'The settings') },
  }),
  updatePerformanceSettings: defineRoute(['tenant-admin'], {
    method: 'patch',
    path: '/v1/performance/settings',
    operationId: 'updatePerformanceSettings',
    summary: 'Change any of the performance settings at the version read; audited',
    tags,
    request: jsonBody(updatePerformanceSettingsSchema),
    responses: { 200: jsonContent(performanceSettingsSchema, 'The settings as saved') },
  }),
};

export function settingsRoutes(app: RouteApp): void {
  app.openapi(routes.getPerformanceSettings, async (c) =>
    c.json(await repo.getPerformanceSettings(c.var.store, c.var.actor.tenantId), 200),
  );
  app.openapi(routes.updatePerformanceSettings, async (c) =>
    c.json(
      await repo.updatePerformanceSettings(c.var.store, c.var.actor, c.req.valid('json'), c.var.deps.now()),
      200,
    ),
  );
}
