import {
  ADMIN_ROLES,
  AppError,
  approvalDelegationSchema,
  cancelLeaveSchema,
  createApprovalDelegationSchema,
  createLeaveAttachmentUploadSchema,
  decideLeaveSchema,
  LEAVE_ATTACHMENT_TYPES,
  leaveAttachmentParamsSchema,
  leaveAttachmentUploadSchema,
  leaveBalanceQuerySchema,
  leaveBalanceSchema,
  leaveCalendarQuerySchema,
  leaveCalendarSchema,
  leaveRequestSchema,
  listApprovalDelegationsQuerySchema,
  listLeaveRequestsQuerySchema,
  manageScope,
  pageOf,
  recommendLeaveSchema,
  requestLeaveSchema,
  revokeApprovalDelegationSchema,
  STAFF_ROLES,
} from '@pamong/core';
import { newId } from '@pamong/db';
import * as repo from '@pamong/db/repos/attendance/leave';
import * as leaveFilesRepo from '@pamong/db/repos/attendance/leave-files';
import * as leaveOrgRepo from '@pamong/db/repos/attendance/leave-org';
import * as attendancePunchesRepo from '@pamong/db/repos/attendance/punches';
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
import { viewerOf } from '../viewer';

const tags = ['leave'];
const requestParam = idParam('requestId');

const routes = {
  requestLeave: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/requests',
    operationId: 'requestLeave',
    summary:
      "Ask for leave (cuti): every rule of the type is checked (ASN-RULES §5) and each broken one named; the working days (and annual leave's balance) are held at once. The direct superior recommends, then the PYBMC decides",
    tags,
    request: jsonBody(requestLeaveSchema),
    responses: { 201: jsonContent(leaveRequestSchema, 'The request, waiting for its first step') },
  }),
  getLeaveRequest: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/requests/{requestId}',
    operationId: 'getLeaveRequest',
    summary:
      'One leave request: for the employee, their approvers (now or who acted), a supervisor of the unit and the admins above',
    tags,
    request: { params: requestParam },
    responses: { 200: jsonContent(leaveRequestSchema, 'The request') },
  }),
  listLeaveRequests: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/requests',
    operationId: 'listLeaveRequests',
    summary:
      "Leave requests: one's own (view=mine), those waiting for the caller's step (view=inbox, at most 100, oldest first), or an agency's (view=agency)",
    tags,
    request: { query: listLeaveRequestsQuerySchema },
    responses: { 200: jsonContent(pageOf(leaveRequestSchema), 'A page of requests') },
  }),
  recommendLeave: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/requests/{requestId}/recommendation',
    operationId: 'recommendLeave',
    summary:
      'Step 1: the direct superior (or their Plt/Plh) recommends approve, change, defer or reject. The employee is told nothing until the PYBMC decides',
    tags,
    request: { params: requestParam, ...jsonBody(recommendLeaveSchema) },
    responses: { 200: jsonContent(leaveRequestSchema, 'The request, waiting for the decision') },
  }),
  decideLeave: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/requests/{requestId}/decision',
    operationId: 'decideLeave',
    summary:
      'Step 2: the PYBMC (or their Plt/Plh) approves, changes the period, defers or rejects; a rejection or deferral releases the days',
    tags,
    request: { params: requestParam, ...jsonBody(decideLeaveSchema) },
    responses: { 200: jsonContent(leaveRequestSchema, 'The request, decided') },
  }),
  cancelLeave: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/requests/{requestId}/cancellation',
    operationId: 'cancelLeave',
    summary:
      'Cancel a leave: the employee before it starts; the PYBMC also after, releasing the days from today on',
    tags,
    request: { params: requestParam, ...jsonBody(cancelLeaveSchema) },
    responses: { 200: jsonContent(leaveRequestSchema, 'The request, cancelled') },
  }),
  getMyLeaveBalance: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/balance',
    operationId: 'getMyLeaveBalance',
    summary:
      "The annual-leave balance of a year in its buckets N, N-1 and N-2, with the append-only ledger; one's own, or (for admins and approvers) an employee's",
    tags,
    request: { query: leaveBalanceQuerySchema },
    responses: { 200: jsonContent(leaveBalanceSchema, 'The balance and its ledger') },
  }),
  listLeaveCalendar: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/calendar',
    operationId: 'listLeaveCalendar',
    summary:
      "Who is on leave in a month, within the caller's scope only (own, unit, agency, tenant): names, dates, type and status, never the reason",
    tags,
    request: { query: leaveCalendarQuerySchema },
    responses: { 200: jsonContent(leaveCalendarSchema, 'The month') },
  }),
  createLeaveAttachmentUpload: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/attachments',
    operationId: 'createLeaveAttachmentUpload',
    summary:
      "Before a leave request: an upload URL for one document (a doctor's note; PDF, JPEG or PNG, at most 4 MB), under the caller's own leave files; the request then names its key",
    tags,
    request: jsonBody(createLeaveAttachmentUploadSchema),
    responses: {
      201: jsonContent(leaveAttachmentUploadSchema, 'Where to PUT the file, and the key to name'),
    },
  }),
  openLeaveAttachment: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/requests/{requestId}/attachments/{index}',
    operationId: 'openLeaveAttachment',
    summary:
      'Open an attachment of a leave request (health data, UU 27/2022): only the employee and their approvers may, and each opening is logged',
    tags,
    request: { params: leaveAttachmentParamsSchema },
    responses: {
      200: {
        description: 'The file as uploaded',
        content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
  }),
  createApprovalDelegation: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/delegations',
    operationId: 'createApprovalDelegation',
    summary:
      'Name a Plt or Plh who acts for an official on leave approvals over a date range; each step then records who acted for whom',
    tags,
    request: jsonBody(createApprovalDelegationSchema),
    responses: { 201: jsonContent(approvalDelegationSchema, 'The delegation') },
  }),
  listApprovalDelegations: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/attendance/leave/delegations',
    operationId: 'listApprovalDelegations',
    summary:
      "The Plt/Plh delegations: a tenant admin's (optionally one agency's), an agency admin's own agency",
    tags,
    request: { query: listApprovalDelegationsQuerySchema },
    responses: { 200: jsonContent(pageOf(approvalDelegationSchema), 'A page of delegations') },
  }),
  revokeApprovalDelegation: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/leave/delegations/{delegationId}/revocation',
    operationId: 'revokeApprovalDelegation',
    summary: 'End a delegation before its end date, with a reason',
    tags,
    request: { params: idParam('delegationId'), ...jsonBody(revokeApprovalDelegationSchema) },
    responses: { 200: jsonContent(approvalDelegationSchema, 'The delegation, revoked') },
  }),
};

export function leaveRoutes(app: RouteApp): void {
  app.openapi(routes.requestLeave, async (c) => {
    const body = c.req.valid('json');
    const documents = body.attachments?.length ? documentsOf(c.var.deps) : undefined;
    const read = async (key: string) => (documents ? readDocumentOrNull(documents, key) : null);
    return c.json(
      await repo.requestLeave(
        c.var.store,
        c.var.claims,
        c.var.actor,
        body,
        c.var.tenant.timeZone,
        c.var.deps.now(),
        read,
      ),
      201,
    );
  });
  app.openapi(routes.createLeaveAttachmentUpload, async (c) => {
    const documents = documentsOf(c.var.deps);
    const body = c.req.valid('json');
    const me = await attendancePunchesRepo.selfOf(c.var.store, c.var.claims);
    const key = leaveFilesRepo.leaveAttachmentKey(
      c.var.claims.tenantId,
      me.id,
      newId(),
      LEAVE_ATTACHMENT_TYPES[body.contentType],
    );
    const upload = await documents.createUpload(key, body.contentType);
    return c.json({ key, name: body.name, contentType: body.contentType, upload }, 201);
  });
  app.openapi(routes.openLeaveAttachment, async (c) => {
    const documents = documentsOf(c.var.deps);
    const { requestId, index } = c.req.valid('param');
    const file = await repo.openAttachment(
      c.var.store,
      c.var.claims,
      c.var.actor,
      requestId,
      index,
      c.var.tenant.timeZone,
      c.var.deps.now(),
      // A file gone from storage (deleted by hand, or a restored table without its bucket) is a
      // clear 404, never a 500; nothing is audited, since nothing was opened.
      async (key) => {
        const bytes = await readDocumentOrNull(documents, key);
        if (!bytes)
          throw new AppError(
            404,
            'not-found',
            'Not Found',
            "The attachment's file is no longer in storage. Ask the employee to attach it again.",
          );
        return bytes;
      },
    );
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType,
      'content-disposition': `inline; filename="${file.name.replace(/[^A-Za-z0-9._ -]/g, '_')}"`,
      'cache-control': 'private, no-store',
    });
  });
  app.openapi(routes.getLeaveRequest, async (c) =>
    c.json(
      await repo.getLeaveRequest(
        c.var.store,
        await viewerOf(c.var.store, c.var.claims),
        c.req.valid('param').requestId,
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.listLeaveRequests, async (c) =>
    c.json(
      await repo.listLeaveRequests(
        c.var.store,
        await viewerOf(c.var.store, c.var.claims),
        c.req.valid('query'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  for (const [route, step] of [
    [routes.recommendLeave, repo.recommendLeave],
    [routes.decideLeave, repo.decideLeave],
  ] as const) {
    app.openapi(route, async (c) =>
      c.json(
        await step(
          c.var.store,
          c.var.claims,
          c.var.actor,
          c.req.valid('param').requestId,
          c.req.valid('json'),
          c.var.tenant.timeZone,
          c.var.deps.now(),
        ),
        200,
      ),
    );
  }
  app.openapi(routes.cancelLeave, async (c) =>
    c.json(
      await repo.cancelLeave(
        c.var.store,
        c.var.claims,
        c.var.actor,
        c.req.valid('param').requestId,
        c.req.valid('json'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.getMyLeaveBalance, async (c) =>
    c.json(
      await repo.getLeaveBalance(
        c.var.store,
        await viewerOf(c.var.store, c.var.claims),
        c.req.valid('query'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.listLeaveCalendar, async (c) =>
    c.json(
      await repo.leaveCalendar(c.var.store, await viewerOf(c.var.store, c.var.claims), c.req.valid('query')),
      200,
    ),
  );
  app.openapi(routes.createApprovalDelegation, async (c) =>
    c.json(
      await leaveOrgRepo.createDelegation(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.listApprovalDelegations, async (c) =>
    c.json(
      await leaveOrgRepo.listDelegations(
        c.var.store,
        c.var.claims.tenantId,
        manageScope(c.var.claims),
        c.req.valid('query'),
      ),
      200,
    ),
  );
  app.openapi(routes.revokeApprovalDelegation, async (c) =>
    c.json(
      await leaveOrgRepo.revokeDelegation(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('param').delegationId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
}
