import {
  applicationDocumentSchema,
  applicationSchema,
  applicationUploadSchema,
  createApplicationSchema,
  cursorQuerySchema,
  listApplicationsQuerySchema,
  pageOf,
  requestApplicationUploadSchema,
  staffApplicationSchema,
  staffApplicationSummarySchema,
  submitApplicationSchema,
  verifyApplicationSchema,
} from '@pamong/core';
import { defineRoute, idParam, jsonBody, jsonContent, publicBaseUrl, type RouteApp } from '@pamong/http';
import { PRINTABLE_CSP } from '@pamong/http/printable';
import * as z from 'zod';
import * as service from '../services/applications';
import { buildApplicationProof } from '../services/proof';
import { ctxOf } from './context';

/**
 * Applications (issue 12 §3-§4). The applicant's under `/v1/recruitment/me/applications` (their
 * own only: another's is 404); staff's under the round and `/v1/recruitment/applications`, a tenant
 * admin for all, an agency admin for their own agency's formasi (another's is 404). Drafts are the
 * applicant's own and never shown to staff.
 */
const tags = ['recruitment (applicant)'];
const staffTags = ['recruitment'];
const APPLICANT = ['applicant'] as const;
const SCREENERS = ['tenant-admin', 'agency-admin'] as const;
const applicationParam = idParam('applicationId');
const documentParams = applicationParam.extend(idParam('documentId').shape);
const binary = (description: string) => ({
  description,
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
});

const routes = {
  createApplication: defineRoute(APPLICANT, {
    method: 'post',
    path: '/v1/recruitment/me/applications',
    operationId: 'createApplication',
    summary:
      'Start an application (a draft kept on the server) for one formasi of an open round. One application per applicant per round: a second is 409, however many requests race',
    tags,
    request: jsonBody(createApplicationSchema),
    responses: { 201: jsonContent(applicationSchema, 'The draft') },
  }),
  listMyApplications: defineRoute(APPLICANT, {
    method: 'get',
    path: '/v1/recruitment/me/applications',
    operationId: 'listMyApplications',
    summary: "The applicant's applications, newest first, with their status",
    tags,
    request: { query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(applicationSchema), 'A page of applications') },
  }),
  getMyApplication: defineRoute(APPLICANT, {
    method: 'get',
    path: '/v1/recruitment/me/applications/{applicationId}',
    operationId: 'getMyApplication',
    summary: 'One of the applicant’s applications, with its documents, screening reasons and objections',
    tags,
    request: { params: applicationParam },
    responses: { 200: jsonContent(applicationSchema, 'The application') },
  }),
  requestApplicationUpload: defineRoute(APPLICANT, {
    method: 'post',
    path: '/v1/recruitment/me/applications/{applicationId}/uploads',
    operationId: 'requestApplicationUpload',
    summary:
      "A presigned upload for one of the formasi's required documents, in one of its formats and within its size (at most 4 MB). A draft only",
    tags,
    request: { params: applicationParam, ...jsonBody(requestApplicationUploadSchema) },
    responses: { 201: jsonContent(applicationUploadSchema, 'Where to PUT the file') },
  }),
  confirmApplicationDocument: defineRoute(APPLICANT, {
    method: 'post',
    path: '/v1/recruitment/me/applications/{applicationId}/documents/{documentId}/confirm',
    operationId: 'confirmApplicationDocument',
    summary:
      "The server checks an uploaded file: not empty, within the formasi's size, and one of its formats by the bytes (PDF, JPEG, PNG). Accepted, it takes its type's place in the draft; refused, 400 at `document` says why and the draft is unchanged",
    tags,
    request: { params: documentParams },
    responses: {
      200: jsonContent(
        z.object({ document: applicationDocumentSchema, application: applicationSchema }),
        'The document, accepted',
      ),
    },
  }),
  submitApplication: defineRoute(APPLICANT, {
    method: 'post',
    path: '/v1/recruitment/me/applications/{applicationId}/submit',
    operationId: 'submitApplication',
    summary:
      'Submit the draft (with its version) while registration is open: every requirement of the formasi must be met (422 naming each one not met: education, minIpk, maxAge, track, documents.<type>). It is then read-only and has its registration number',
    tags,
    request: { params: applicationParam, ...jsonBody(submitApplicationSchema) },
    responses: {
      200: jsonContent(applicationSchema, 'The application, submitted'),
      422: { description: 'Requirements of the formasi not met, each named at its path' },
    },
  }),
  getApplicationProof: defineRoute(APPLICANT, {
    method: 'get',
    path: '/v1/recruitment/me/applications/{applicationId}/proof',
    operationId: 'getApplicationProof',
    summary:
      'The printable A4 proof of registration (HTML), with a QR code of the signed page that checks it is genuine. Once submitted',
    tags,
    request: { params: applicationParam },
    responses: {
      200: { description: 'The proof', content: { 'text/html': { schema: z.string() } } },
    },
  }),
  openApplicationDocument: defineRoute([...SCREENERS, 'applicant'], {
    method: 'get',
    path: '/v1/recruitment/applications/{applicationId}/documents/{documentId}',
    operationId: 'openApplicationDocument',
    summary:
      'Open an accepted document of an application: its applicant, or staff in scope once it is submitted (written to the access log)',
    tags: staffTags,
    request: { params: documentParams },
    responses: { 200: binary('The file, with the type its bytes were found to be') },
  }),
  listApplications: defineRoute(SCREENERS, {
    method: 'get',
    path: '/v1/recruitment/rounds/{roundId}/applications',
    operationId: 'listApplications',
    summary:
      "A round's submitted applications, by agency and formasi; filters: formasi, status (SUBMITTED, MS, TMS). The NIK is masked. An agency admin sees their own agency's",
    tags: staffTags,
    request: { params: idParam('roundId'), query: listApplicationsQuerySchema },
    responses: { 200: jsonContent(pageOf(staffApplicationSummarySchema), 'A page of applications') },
  }),
  getApplication: defineRoute(SCREENERS, {
    method: 'get',
    path: '/v1/recruitment/applications/{applicationId}',
    operationId: 'getApplication',
    summary:
      'The full application with the applicant’s data as submitted; opening it is written to the access log (who, when, what)',
    tags: staffTags,
    request: { params: applicationParam },
    responses: { 200: jsonContent(staffApplicationSchema, 'The application') },
  }),
  verifyApplication: defineRoute(SCREENERS, {
    method: 'post',
    path: '/v1/recruitment/applications/{applicationId}/verification',
    operationId: 'verifyApplication',
    summary:
      'Administrative screening: MS, or TMS with at least one reason. An audited transition, which may be changed until the ADMINISTRATION announcement',
    tags: staffTags,
    request: { params: applicationParam, ...jsonBody(verifyApplicationSchema) },
    responses: { 200: jsonContent(staffApplicationSummarySchema, 'The application as screened') },
  }),
};

export function applicationRoutes(app: RouteApp): void {
  app.openapi(routes.createApplication, async (c) =>
    c.json(await service.createApplication(ctxOf(c), c.var.claims, c.var.actor, c.req.valid('json')), 201),
  );
  app.openapi(routes.listMyApplications, async (c) =>
    c.json(await service.listMyApplications(ctxOf(c), c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.getMyApplication, async (c) =>
    c.json(await service.getMyApplication(ctxOf(c), c.var.claims, c.req.valid('param').applicationId), 200),
  );
  app.openapi(routes.requestApplicationUpload, async (c) =>
    c.json(
      await service.requestUpload(
        ctxOf(c),
        c.var.claims,
        c.req.valid('param').applicationId,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  app.openapi(routes.confirmApplicationDocument, async (c) => {
    const { applicationId, documentId } = c.req.valid('param');
    return c.json(
      await service.confirmDocument(ctxOf(c), c.var.claims, c.var.actor, applicationId, documentId),
      200,
    );
  });
  app.openapi(routes.submitApplication, async (c) =>
    c.json(
      await service.submitApplication(
        ctxOf(c),
        c.var.claims,
        c.var.actor,
        c.req.valid('param').applicationId,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(routes.getApplicationProof, async (c) => {
    const ctx = ctxOf(c);
    const {
      app: application,
      applicant,
      url,
    } = await service.proofOf(ctx, c.var.claims, c.req.valid('param').applicationId, publicBaseUrl(c));
    const html = await buildApplicationProof({
      tenantName: c.var.tenant.name,
      app: application,
      applicant,
      verifyUrl: url,
      timeZone: c.var.tenant.timeZone,
    });
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PRINTABLE_CSP,
      'cache-control': 'private, no-store',
    });
  });
  app.openapi(routes.openApplicationDocument, async (c) => {
    const { applicationId, documentId } = c.req.valid('param');
    const { doc, bytes } = await service.openDocument(
      ctxOf(c),
      c.var.claims,
      c.var.actor,
      applicationId,
      documentId,
    );
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': doc.contentType,
      'content-disposition': `inline; filename="${doc.name.replace(/[^A-Za-z0-9._ -]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
  app.openapi(routes.listApplications, async (c) =>
    c.json(
      await service.listApplications(
        ctxOf(c),
        c.var.claims,
        c.req.valid('param').roundId,
        c.req.valid('query'),
      ),
      200,
    ),
  );
  app.openapi(routes.getApplication, async (c) =>
    c.json(
      await service.getApplication(ctxOf(c), c.var.claims, c.var.actor, c.req.valid('param').applicationId),
      200,
    ),
  );
  app.openapi(routes.verifyApplication, async (c) =>
    c.json(
      await service.verifyApplication(
        ctxOf(c),
        c.var.claims,
        c.var.actor,
        c.req.valid('param').applicationId,
        c.req.valid('json'),
      ),
      200,
    ),
  );
}
