import {
  announcementSchema,
  announcementSummarySchema,
  applicationSchema,
  decideObjectionSchema,
  publishAnnouncementSchema,
  submitObjectionSchema,
} from '@pamong/core';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import * as service from '../services/announcements';
import { ctxOf } from './context';

/**
 * Announcements and objections (issue 12 §4). Announcements are published by the tenant admin and
 * read by anyone on the careers page: a version never changes, so it is served with a long
 * `Cache-Control` and its hash as the `ETag` (the CDK puts these routes behind a caching CloudFront
 * behaviour, so a results day is served from the edge). The list changes when a version is added,
 * so it is cached briefly.
 */
const tags = ['recruitment'];
const publicTags = ['recruitment (public)'];
const tenantParam = z.object({ tenant: z.string().min(1).max(64) });
const applicationParam = idParam('applicationId');

/** How long the edge and browsers may keep the list of a round's announcements. */
export const ANNOUNCEMENT_LIST_MAX_AGE = 60;

const routes = {
  publishAnnouncement: defineRoute(['tenant-admin'], {
    method: 'post',
    path: '/v1/recruitment/announcements',
    operationId: 'publishAnnouncement',
    summary:
      "Publish the next version of a stage's announcement: the results as they are now, hashed with the previous version's hash. ADMINISTRATION needs every application screened; ADMINISTRATION_AFTER_OBJECTION waits for the objection window to close and every objection to be decided (409 naming what is missing). Tenant admin",
    tags,
    request: jsonBody(publishAnnouncementSchema),
    responses: { 201: jsonContent(announcementSummarySchema, 'The version published') },
  }),
  listPublicAnnouncements: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/recruitment/rounds/{roundId}/announcements',
    operationId: 'listPublicAnnouncements',
    summary:
      "A published round's announcements, every version of every stage, oldest first, with their hashes",
    tags: publicTags,
    request: { params: tenantParam.extend(idParam('roundId').shape) },
    responses: {
      200: jsonContent(z.object({ items: z.array(announcementSummarySchema) }), 'The versions'),
    },
  }),
  getPublicAnnouncement: defineRoute('public', {
    method: 'get',
    path: '/v1/public/{tenant}/recruitment/announcements/{announcementId}',
    operationId: 'getPublicAnnouncement',
    summary:
      'One announcement version with its results and exactly what was hashed, so anyone can check the chain. Immutable: ETag is its hash',
    tags: publicTags,
    request: { params: tenantParam.extend(idParam('announcementId').shape) },
    responses: {
      200: jsonContent(announcementSchema, 'The version'),
      304: { description: 'Not modified (If-None-Match had its ETag)' },
    },
  }),
  submitObjection: defineRoute(['applicant'], {
    method: 'post',
    path: '/v1/recruitment/me/applications/{applicationId}/objections',
    operationId: 'submitObjection',
    summary:
      'A sanggah: only a TMS applicant, once per stage, within the window after the announcement (409 naming why: early, late, repeated, not TMS, or a reason the verifier found to be the applicant’s own). No document can be replaced',
    tags: ['recruitment (applicant)'],
    request: { params: applicationParam, ...jsonBody(submitObjectionSchema) },
    responses: { 201: jsonContent(applicationSchema, 'The application with the objection') },
  }),
  decideObjection: defineRoute(['tenant-admin', 'agency-admin'], {
    method: 'post',
    path: '/v1/recruitment/applications/{applicationId}/objection-decision',
    operationId: 'decideObjection',
    summary:
      'Decide an objection within objectionDecisionDays of the window’s close: accepted turns an administration TMS into MS. An agency admin for their own agency’s formasi',
    tags,
    request: { params: applicationParam, ...jsonBody(decideObjectionSchema) },
    responses: { 200: jsonContent(applicationSchema, 'The application as decided') },
  }),
};

export function announcementRoutes(app: RouteApp): void {
  app.openapi(routes.publishAnnouncement, async (c) =>
    c.json(await service.publishAnnouncement(ctxOf(c), c.var.claims, c.var.actor, c.req.valid('json')), 201),
  );
  app.openapi(routes.listPublicAnnouncements, async (c) => {
    const body = await service.listAnnouncements(ctxOf(c), c.req.valid('param').roundId);
    c.header('cache-control', `public, max-age=${ANNOUNCEMENT_LIST_MAX_AGE}`);
    return c.json(body, 200);
  });
  app.openapi(routes.getPublicAnnouncement, async (c) => {
    const body = await service.getAnnouncement(ctxOf(c), c.req.valid('param').announcementId);
    const etag = `"${body.hash}"`;
    // A version never changes: the edge and browsers may keep it, and ask again with its ETag.
    c.header('cache-control', 'public, max-age=86400, immutable');
    c.header('etag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json(body, 200);
  });
  app.openapi(routes.submitObjection, async (c) =>
    c.json(
      await service.submitObjection(
        ctxOf(c),
        c.var.claims,
        c.var.actor,
        c.req.valid('param').applicationId,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  app.openapi(routes.decideObjection, async (c) =>
    c.json(
      await service.decideObjection(
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
