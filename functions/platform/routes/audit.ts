import { auditEntrySchema, listAuditQuerySchema, pageOf } from '@pamong/core';
import { auditRepo } from '@pamong/db';
import { defineRoute, jsonContent, type RouteApp } from '@pamong/http';

const listAuditEntries = defineRoute(['tenant-admin'], {
  method: 'get',
  path: '/v1/audit',
  operationId: 'listAuditEntries',
  summary: 'List audit entries by entity and/or date range, newest first',
  tags: ['audit'],
  request: { query: listAuditQuerySchema },
  responses: { 200: jsonContent(pageOf(auditEntrySchema), 'A page of audit entries') },
});

export function auditRoutes(app: RouteApp) {
  app.openapi(listAuditEntries, async (c) =>
    c.json(await auditRepo.listAuditEntries(c.var.store, c.var.actor.tenantId, c.req.valid('query')), 200),
  );
}
