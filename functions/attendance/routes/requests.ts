import {
  attendanceRequestSchema,
  decideAttendancePermissionSchema,
  decideOffsiteDutySchema,
  listAttendanceRequestsQuerySchema,
  pageOf,
  requestAttendancePermissionSchema,
  requestOffsiteDutySchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/requests';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import { viewerOf } from '../viewer';

const tags = ['attendance'];
const requestParam = idParam('requestId');

const routes = {
  requestOffsiteDuty: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/offsite-duties',
    operationId: 'requestOffsiteDuty',
    summary:
      'Ask for an off-site duty (dinas luar): the assignment letter, the dates (at most 31 days) and the place; a supervisor of the unit decides',
    tags,
    request: jsonBody(requestOffsiteDutySchema),
    responses: { 201: jsonContent(attendanceRequestSchema, 'The request, pending') },
  }),
  decideOffsiteDuty: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/offsite-duties/{requestId}/decision',
    operationId: 'decideOffsiteDuty',
    summary:
      "Approve or refuse a pending off-site duty (a supervisor of the employee's unit, or an admin of their agency); a refusal needs a reason",
    tags,
    request: { params: requestParam, ...jsonBody(decideOffsiteDutySchema) },
    responses: { 200: jsonContent(attendanceRequestSchema, 'The request, decided') },
  }),
  requestAttendancePermission: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/permissions',
    operationId: 'requestAttendancePermission',
    summary:
      'Ask for izin to arrive late or leave early on a date; approved before the month closes, it waives the deduction',
    tags,
    request: jsonBody(requestAttendancePermissionSchema),
    responses: { 201: jsonContent(attendanceRequestSchema, 'The request, pending') },
  }),
  decideAttendancePermission: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/attendance/permissions/{requestId}/decision',
    operationId: 'decideAttendancePermission',
    summary: 'Approve or refuse a pending izin (as decideOffsiteDuty)',
    tags,
    request: { params: requestParam, ...jsonBody(decideAttendancePermissionSchema) },
    responses: { 200: jsonContent(attendanceRequestSchema, 'The request, decided') },
  }),
  listAttendanceRequests: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/requests',
    operationId: 'listAttendanceRequests',
    summary:
      "Off-site duties and izin: one's own (view=mine, newest first) or those the caller may decide (view=inbox, oldest first, by status)",
    tags,
    request: { query: listAttendanceRequestsQuerySchema },
    responses: { 200: jsonContent(pageOf(attendanceRequestSchema), 'A page of requests') },
  }),
};

export function requestRoutes(app: RouteApp): void {
  app.openapi(routes.requestOffsiteDuty, async (c) =>
    c.json(
      await repo.createRequest(
        c.var.store,
        c.var.claims,
        c.var.actor,
        { kind: 'offsite-duty', ...c.req.valid('json') },
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.requestAttendancePermission, async (c) => {
    const { kind, ...rest } = c.req.valid('json');
    return c.json(
      await repo.createRequest(c.var.store, c.var.claims, c.var.actor, { kind, ...rest }, c.var.deps.now()),
      201,
    );
  });
  app.openapi(routes.decideOffsiteDuty, async (c) =>
    c.json(
      await repo.decideRequest(
        c.var.store,
        c.var.actor,
        await viewerOf(c.var.store, c.var.claims),
        ['offsite-duty'],
        c.req.valid('param').requestId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.decideAttendancePermission, async (c) =>
    c.json(
      await repo.decideRequest(
        c.var.store,
        c.var.actor,
        await viewerOf(c.var.store, c.var.claims),
        ['late-arrival', 'early-leave'],
        c.req.valid('param').requestId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.listAttendanceRequests, async (c) =>
    c.json(
      await repo.listRequests(c.var.store, await viewerOf(c.var.store, c.var.claims), c.req.valid('query')),
      200,
    ),
  );
}
