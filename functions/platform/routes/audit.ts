import { auditPageSchema, listAuditQuerySchema } from '@pamong/core';
import * as auditRepo from '@pamong/db/repos/audit';
import { defineRoute, jsonContent, type RouteApp } from '@pamong/http';

const listAuditEntries = defineRoute(['tenant-admin'], {
  method: 'get',
  path: '/v1/audit',
  operationId: 'listAuditEntries',
  summary:
    "List audit entries by entity and/or date range, newest first, with each actor's name and the names of the entities the page refers to",
  tags: ['audit'],
  request: { query: listAuditQuerySchema },
  responses: {
    200: jsonContent(auditPageSchema, 'A page of audit entries, with `names` of the ids they refer to'),
  },
});

export function auditRoutes(app: RouteApp) {
  app.openapi(listAuditEntries, async (c) => {
    const tenantId = c.var.actor.tenantId;
    const page = await auditRepo.listAuditEntries(c.var.store, tenantId, c.req.valid('query'));
    // Older entries' platform-admin actors are named from the platform partition (the function's own role).
    const named = await auditRepo.auditNames(c.var.store, tenantId, page.items, c.var.deps.stores.platform());
    return c.json({ items: named.items, nextCursor: page.nextCursor, names: named.names }, 200);
  });
}
