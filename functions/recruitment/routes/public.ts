import {
  cursorQuerySchema,
  pageOf,
  publicRecruitmentRoundDetailSchema,
  publicRecruitmentRoundSchema,
} from '@pamong/core';
import { defineRoute, idParam, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import * as service from '../services/rounds';

/**
 * The careers page (issue 12 §2): no token; the tenant comes from the slug in the path (the
 * `public` access rule resolves it, refusing unknown and suspended tenants). Published rounds only,
 * and nothing personal.
 */
const tags = ['recruitment (public)'];
const tenantParam = z.object({ tenant: z.string().min(1).max(64) });

const routes = {
  listPublicRecruitmentRounds: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/recruitment/rounds',
    operationId: 'listPublicRecruitmentRounds',
    summary:
      "The tenant's published selection rounds, latest registration first, each upcoming, open or closed by the clock",
    tags,
    request: { params: tenantParam, query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(publicRecruitmentRoundSchema), 'A page of published rounds') },
  }),
  getPublicRecruitmentRound: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/recruitment/rounds/{roundId}',
    operationId: 'getPublicRecruitmentRound',
    summary:
      'A published round: its formasi (position, unit, openings, track, requirements, required documents) and the schedule. A draft is 404',
    tags,
    request: { params: tenantParam.extend(idParam('roundId').shape) },
    responses: { 200: jsonContent(publicRecruitmentRoundDetailSchema, 'The round and its formasi') },
  }),
};

export function publicRoundRoutes(app: RouteApp): void {
  app.openapi(routes.listPublicRecruitmentRounds, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    c.header('cache-control', 'public, max-age=60');
    return c.json(await service.listPublicRounds(ctx, c.var.tenant.id, c.req.valid('query')), 200);
  });
  app.openapi(routes.getPublicRecruitmentRound, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    const body = await service.getPublicRound(ctx, c.var.tenant.id, c.req.valid('param').roundId);
    c.header('cache-control', 'public, max-age=60');
    return c.json(body, 200);
  });
}
