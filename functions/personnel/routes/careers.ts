import {
  ADMIN_ROLES,
  addYears,
  type Claims,
  dashboardQuerySchema,
  dateInZone,
  forbidden,
  personnelDashboardSchema,
  promotionPageSchema,
  promotionsQuerySchema,
  retirementPageSchema,
  retirementsQuerySchema,
} from '@pamong/core';
import * as careersRepo from '@pamong/db/repos/personnel/careers';
import { defineRoute, jsonContent, type RouteApp, type TenantVariables } from '@pamong/http';

const tags = ['personnel'];

const routes = {
  listPromotionEligible: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/promotions',
    operationId: 'listPromotionEligible',
    summary: 'PNS with at least 4 years in rank on asOf, merit-ordered within the page, with each factor',
    tags,
    request: { query: promotionsQuerySchema },
    responses: { 200: jsonContent(promotionPageSchema, 'A page of promotion-eligible employees') },
  }),
  listUpcomingRetirements: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/retirements',
    operationId: 'listUpcomingRetirements',
    summary: 'Active employees retiring in the next 12 or 24 months, soonest first, with counts per agency',
    tags,
    request: { query: retirementsQuerySchema },
    responses: { 200: jsonContent(retirementPageSchema, 'A page of upcoming retirements') },
  }),
  getPersonnelDashboard: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/dashboard',
    operationId: 'getPersonnelDashboard',
    summary: 'Headcount by agency, rank/grade, education, gender and age band, and retirements per year',
    tags,
    request: { query: dashboardQuerySchema },
    responses: { 200: jsonContent(personnelDashboardSchema, 'The headcount dashboard') },
  }),
};

/** An agency admin sees their own agency only; asking for another one is refused, not widened. */
function agencyScope(claims: Claims, requested: string | undefined): string | undefined {
  if (claims.role !== 'agency-admin') return requested;
  // Without an agency the filter would fall away and show the whole tenant.
  if (!claims.agencyId) throw forbidden();
  if (requested && requested !== claims.agencyId)
    throw forbidden('An agency admin sees the careers and headcount of their own agency only.');
  return claims.agencyId;
}

/** Today in the tenant's time zone. */
const today = (c: { var: TenantVariables }) => dateInZone(c.var.deps.now(), c.var.tenant.timeZone);

export function careerRoutes(app: RouteApp) {
  app.openapi(routes.listPromotionEligible, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const asOf = q.asOf ?? today(c);
    const page = await careersRepo.listPromotionEligible(c.var.store, claims.tenantId, {
      ...q,
      asOf,
      agencyId: agencyScope(claims, q.agencyId),
    });
    return c.json({ asOf, ...page }, 200);
  });

  app.openapi(routes.listUpcomingRetirements, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const from = today(c);
    const to = addYears(from, q.months / 12);
    const page = await careersRepo.listUpcomingRetirements(c.var.store, claims.tenantId, {
      from,
      to,
      agencyId: agencyScope(claims, q.agencyId),
      cursor: q.cursor,
      limit: q.limit,
    });
    return c.json({ from, to, ...page }, 200);
  });

  app.openapi(routes.getPersonnelDashboard, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const dashboard = await careersRepo.getDashboard(c.var.store, claims.tenantId, {
      asOf: today(c),
      agencyId: agencyScope(claims, q.agencyId),
    });
    return c.json(dashboard, 200);
  });
}
