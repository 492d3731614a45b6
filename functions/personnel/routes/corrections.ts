import {
  ADMIN_ROLES,
  assertCanWriteEmployee,
  correctionSchema,
  dateInZone,
  decideCorrectionSchema,
  forbidden,
  listCorrectionsQuerySchema,
  notFound,
  pageOf,
  proposeCorrectionSchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as correctionsRepo from '@pamong/db/repos/personnel/corrections';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['personnel'];

const routes = {
  proposeProfileCorrection: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/personnel/me/corrections',
    operationId: 'proposeProfileCorrection',
    summary:
      'Propose a correction of my own record (education, contact, birth place, titles) for HR to decide',
    tags,
    request: jsonBody(proposeCorrectionSchema),
    responses: { 201: jsonContent(correctionSchema, 'The pending correction') },
  }),
  listProfileCorrections: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/corrections',
    operationId: 'listProfileCorrections',
    summary: 'Profile corrections by status, oldest first (an agency admin: their own agency)',
    tags,
    request: { query: listCorrectionsQuerySchema },
    responses: { 200: jsonContent(pageOf(correctionSchema), 'A page of corrections') },
  }),
  decideProfileCorrection: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/personnel/corrections/{correctionId}/decision',
    operationId: 'decideProfileCorrection',
    summary: 'Approve (apply to the record) or reject a pending profile correction',
    tags,
    request: { params: idParam('correctionId'), ...jsonBody(decideCorrectionSchema) },
    responses: { 200: jsonContent(correctionSchema, 'The decided correction') },
  }),
};

export function correctionRoutes(app: RouteApp) {
  app.openapi(routes.proposeProfileCorrection, async (c) => {
    const claims = c.var.claims;
    // Same answer as getMyProfile: the account has no employee record to correct.
    if (!claims.employeeId) throw notFound('An employee record linked to this account');
    const correction = await correctionsRepo.proposeCorrection(
      c.var.store,
      c.var.actor,
      claims.employeeId,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return c.json(correction, 201);
  });

  app.openapi(routes.listProfileCorrections, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    if (claims.role === 'agency-admin') {
      if (!claims.agencyId) throw forbidden();
      if (q.agencyId && q.agencyId !== claims.agencyId)
        throw forbidden('An agency admin sees the corrections of their own agency only.');
      q.agencyId = claims.agencyId;
    }
    return c.json(await correctionsRepo.listCorrections(c.var.store, claims.tenantId, q), 200);
  });

  app.openapi(routes.decideProfileCorrection, async (c) => {
    const claims = c.var.claims;
    const { correctionId } = c.req.valid('param');
    const correction = await correctionsRepo.getCorrection(c.var.store, claims.tenantId, correctionId, true);
    // Another agency's corrections do not exist for an agency admin.
    if (claims.role === 'agency-admin' && correction.agencyId !== claims.agencyId)
      throw notFound('Correction');
    const now = c.var.deps.now();
    const decided = await correctionsRepo.decideCorrection(
      c.var.store,
      c.var.actor,
      correction,
      c.req.valid('json'),
      {
        now,
        today: dateInZone(now, c.var.tenant.timeZone),
        assertCanWrite: (e) => assertCanWriteEmployee(claims, e.agencyId),
      },
    );
    return c.json(decided, 200);
  });
}
