import {
  addSkpFeedbackSchema,
  cascadeResultSchema,
  cascadeSkpItemsSchema,
  createSkpSchema,
  listSkpsQuerySchema,
  pageOf,
  recordSkpRealisationSchema,
  regionalHeadOf,
  STAFF_ROLES,
  skpCascadeSchema,
  skpDetailSchema,
  skpFeedbackNoteSchema,
  skpRealisationSchema,
  skpReasonStepSchema,
  skpSchema,
  skpStepSchema,
  skpSummarySchema,
  updateSkpPlanSchema,
} from '@pamong/core';
import { skpRepo as repo } from '@pamong/db';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['performance'];
const skpParam = idParam('skpId');

/** The four lifecycle steps share a shape: POST with the version read (and a reason where one is required). */
const step = (operationId: string, path: string, summary: string, reasonRequired: boolean) =>
  defineRoute(STAFF_ROLES, {
    method: 'post',
    path: `/v1/performance/skps/{skpId}/${path}`,
    operationId,
    summary,
    tags,
    request: { params: skpParam, ...jsonBody(reasonRequired ? skpReasonStepSchema : skpStepSchema) },
    responses: { 200: jsonContent(skpSchema, 'The SKP in its new state') },
  });

const routes = {
  createSkp: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/skps',
    operationId: 'createSkp',
    summary:
      "Create an employee's SKP for the annual period: the appraiser (direct superior) and their superior are taken from the org structure; one SKP per employee and year",
    tags,
    request: jsonBody(createSkpSchema),
    responses: { 201: jsonContent(skpSchema, 'The new SKP, as a draft') },
  }),
  listSkps: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/skps',
    operationId: 'listSkps',
    summary:
      "A page of SKPs of a year: one's own (mine), those one appraises (team), or an agency's (admins)",
    tags,
    request: { query: listSkpsQuerySchema },
    responses: { 200: jsonContent(pageOf(skpSummarySchema), 'A page of SKPs') },
  }),
  getSkp: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/skps/{skpId}',
    operationId: 'getSkp',
    summary:
      "One SKP with its realisations and the feedback notes, for the employee, the appraiser, the appraiser's superior and admins in scope",
    tags,
    request: { params: skpParam },
    responses: { 200: jsonContent(skpDetailSchema, 'The SKP') },
  }),
  getSkpCascade: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/skps/{skpId}/cascade',
    operationId: 'getSkpCascade',
    summary:
      "One level of the cascade tree: the SKP with its items and the same period's SKPs its owner appraises, with the items they support",
    tags,
    request: { params: skpParam },
    responses: { 200: jsonContent(skpCascadeSchema, "The SKP and its subordinates' SKPs") },
  }),
  updateSkpPlan: defineRoute(STAFF_ROLES, {
    method: 'put',
    path: '/v1/performance/skps/{skpId}/plan',
    operationId: 'updateSkpPlan',
    summary:
      "Replace a draft SKP's items and behaviour expectations (the owner); a parent item must be on the appraiser's approved SKP",
    tags,
    request: { params: skpParam, ...jsonBody(updateSkpPlanSchema) },
    responses: { 200: jsonContent(skpSchema, 'The SKP') },
  }),
  submitSkpPlan: step('submitSkpPlan', 'submit', 'The owner submits a draft SKP to the appraiser', false),
  approveSkpPlan: step('approveSkpPlan', 'approve', 'The appraiser approves a submitted SKP', false),
  returnSkpPlan: step(
    'returnSkpPlan',
    'return',
    'The appraiser returns a submitted SKP to draft, with a reason',
    true,
  ),
  reviseSkpPlan: step(
    'reviseSkpPlan',
    'revise',
    'Open a revision of an approved SKP (back to draft), with a reason; audited',
    true,
  ),
  cascadeSkpItems: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/skps/cascade',
    operationId: 'cascadeSkpItems',
    summary:
      "Send items of one's approved SKP to all direct subordinates (or those named) as the parents of new items, in one request; idempotent",
    tags,
    request: jsonBody(cascadeSkpItemsSchema),
    responses: { 200: jsonContent(cascadeResultSchema, 'What was created, and who was refused and why') },
  }),
  recordSkpRealisation: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/skps/{skpId}/realisations',
    operationId: 'recordSkpRealisation',
    summary:
      "Record an item's realisation for an assessment period, with a note and evidence links (the owner or the appraiser; approved SKPs)",
    tags,
    request: { params: skpParam, ...jsonBody(recordSkpRealisationSchema) },
    responses: { 201: jsonContent(skpRealisationSchema, 'The realisation as recorded') },
  }),
  addSkpFeedback: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/skps/{skpId}/feedback',
    operationId: 'addSkpFeedback',
    summary: 'A dated continuous-feedback note from the appraiser, on the SKP or one of its items',
    tags,
    request: { params: skpParam, ...jsonBody(addSkpFeedbackSchema) },
    responses: { 201: jsonContent(skpFeedbackNoteSchema, 'The note') },
  }),
};

export function skpRoutes(app: RouteApp): void {
  app.openapi(routes.createSkp, async (c) =>
    c.json(
      await repo.createSkp(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('json'),
        c.var.deps.now(),
        regionalHeadOf(c.var.tenant),
      ),
      201,
    ),
  );
  app.openapi(routes.listSkps, async (c) =>
    c.json(await repo.listSkps(c.var.store, c.var.claims, c.req.valid('query'), c.var.deps.now()), 200),
  );
  app.openapi(routes.getSkp, async (c) =>
    c.json(await repo.getSkpDetail(c.var.store, c.var.claims, c.req.valid('param').skpId), 200),
  );
  app.openapi(routes.getSkpCascade, async (c) =>
    c.json(await repo.getCascade(c.var.store, c.var.claims, c.req.valid('param').skpId), 200),
  );
  app.openapi(routes.updateSkpPlan, async (c) =>
    c.json(
      await repo.updateSkpPlan(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param').skpId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
  const lifecycle = [
    [routes.submitSkpPlan, 'submit'],
    [routes.approveSkpPlan, 'approve'],
    [routes.returnSkpPlan, 'return'],
    [routes.reviseSkpPlan, 'revise'],
  ] as const;
  for (const [route, action] of lifecycle) {
    app.openapi(route, async (c) =>
      c.json(
        await repo.transition(
          c.var.store,
          c.var.actor,
          c.var.claims,
          c.req.valid('param').skpId,
          action,
          c.req.valid('json'),
          c.var.deps.now(),
        ),
        200,
      ),
    );
  }
  app.openapi(routes.cascadeSkpItems, async (c) =>
    c.json(
      await repo.cascade(c.var.store, c.var.actor, c.var.claims, c.req.valid('json'), c.var.deps.now()),
      200,
    ),
  );
  app.openapi(routes.recordSkpRealisation, async (c) =>
    c.json(
      await repo.recordRealisation(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param').skpId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.addSkpFeedback, async (c) =>
    c.json(
      await repo.addFeedbackNote(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param').skpId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      201,
    ),
  );
}
