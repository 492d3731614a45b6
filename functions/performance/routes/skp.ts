import {
  addSkpFeedbackSchema,
  cascadeResultSchema,
  cascadeSkpItemsSchema,
  createSkpEvidenceUploadSchema,
  createSkpSchema,
  listSkpsQuerySchema,
  pageOf,
  recordSkpRealisationSchema,
  regionalHeadOf,
  STAFF_ROLES,
  skpCascadeSchema,
  skpDetailSchema,
  skpDocumentParamsSchema,
  skpEvidenceUploadSchema,
  skpFeedbackNoteSchema,
  skpRealisationSchema,
  skpReasonStepSchema,
  skpSchema,
  skpStepSchema,
  skpSummarySchema,
  updateSkpPlanSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/performance/skp';
import {
  defineRoute,
  documentsOf,
  idParam,
  jsonBody,
  jsonContent,
  type RouteApp,
  readDocumentOrNull,
} from '@pamong/http';
import * as z from 'zod';

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
      "Record an item's realisation for an assessment period, with a note and evidence: links, or documents uploaded first, whose bytes are checked here (the owner or the appraiser; approved SKPs)",
    tags,
    request: { params: skpParam, ...jsonBody(recordSkpRealisationSchema) },
    responses: { 201: jsonContent(skpRealisationSchema, 'The realisation as recorded') },
  }),
  createSkpEvidenceUpload: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/skps/{skpId}/documents',
    operationId: 'createSkpEvidenceUpload',
    summary:
      'Before a realisation names a document: an upload URL for one file (PDF, JPEG or PNG, at most 4 MB) under this SKP (the owner or the appraiser; approved SKPs)',
    tags,
    request: { params: skpParam, ...jsonBody(createSkpEvidenceUploadSchema) },
    responses: {
      201: jsonContent(skpEvidenceUploadSchema, 'Where to PUT the file, and the documentId to name'),
    },
  }),
  openSkpEvidence: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/skps/{skpId}/documents/{documentId}',
    operationId: 'openSkpEvidence',
    summary:
      'Open an evidence document of an SKP, for those who may read the SKP, while a realisation names it',
    tags,
    request: { params: skpDocumentParamsSchema },
    responses: {
      200: {
        description: 'The file as uploaded, with the type its bytes were found to be',
        content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
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
  app.openapi(routes.recordSkpRealisation, async (c) => {
    const documents = c.var.deps.documents;
    return c.json(
      await repo.recordRealisation(
        c.var.store,
        c.var.actor,
        c.var.claims,
        c.req.valid('param').skpId,
        c.req.valid('json'),
        c.var.deps.now(),
        documents && ((key) => readDocumentOrNull(documents, key)),
      ),
      201,
    );
  });
  app.openapi(routes.createSkpEvidenceUpload, async (c) => {
    const documents = documentsOf(c.var.deps);
    const body = c.req.valid('json');
    const target = await repo.evidenceUploadTarget(c.var.store, c.var.claims, c.req.valid('param').skpId);
    const upload = await documents.createUpload(target.key, body.contentType);
    return c.json(
      { documentId: target.documentId, name: body.name, contentType: body.contentType, upload },
      201,
    );
  });
  app.openapi(routes.openSkpEvidence, async (c) => {
    const documents = documentsOf(c.var.deps);
    const { skpId, documentId } = c.req.valid('param');
    const file = await repo.openEvidence(c.var.store, c.var.claims, skpId, documentId, (key) =>
      readDocumentOrNull(documents, key),
    );
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `inline; filename="${file.name.replace(/[^A-Za-z0-9._ -]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
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
