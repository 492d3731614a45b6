import {
  attendanceCheckInSchema,
  checkInResultSchema,
  myAttendanceQuerySchema,
  myAttendanceSchema,
  relyingPartyOf,
  STAFF_ROLES,
  teamAttendanceTodaySchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/punches';
import { defineRoute, jsonBody, jsonContent, publicBaseUrl, type RouteApp, readAlong } from '@pamong/http';
import { assertionVerifier } from '../webauthn';

const tags = ['attendance'];

const routes = {
  checkIn: defineRoute(
    STAFF_ROLES,
    {
      method: 'post',
      path: '/v1/attendance/punches',
      operationId: 'checkIn',
      summary:
        "Check in or out at a work location of one's agency: the server's clock in the location's zone, never the device's; 400 for a missing or stale fix, 422 outside the geofence with the distance",
      tags,
      request: jsonBody(attendanceCheckInSchema),
      responses: {
        200: jsonContent(checkInResultSchema, 'A repeated check-in: the first one of the day, unchanged'),
        201: jsonContent(checkInResultSchema, 'The punch as recorded'),
      },
    },
    // The morning peak's route: its first reads go with the account's, one call fewer.
    { readAlong: readAlong((token, { tenant, now }) => repo.checkInReads(token, tenant.timeZone, now)) },
  ),
  getMyAttendance: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/me',
    operationId: 'getMyAttendance',
    summary:
      "A month of one's own attendance as a calendar (default: this month), with TL/PSW and the deduction",
    tags,
    request: { query: myAttendanceQuerySchema },
    responses: { 200: jsonContent(myAttendanceSchema, 'The month') },
  }),
  listTeamAttendanceToday: defineRoute(['supervisor'], {
    method: 'get',
    path: '/v1/attendance/team/today',
    operationId: 'listTeamAttendanceToday',
    summary: "A supervisor's own unit today: who is in, late, not yet in, absent or off",
    tags,
    responses: { 200: jsonContent(teamAttendanceTodaySchema, 'The unit today') },
  }),
};

export function punchRoutes(app: RouteApp): void {
  app.openapi(routes.checkIn, async (c) => {
    const result = await repo.checkIn(
      c.var.store,
      c.var.claims,
      c.req.valid('json'),
      c.var.tenant.timeZone,
      c.var.deps.now(),
      assertionVerifier(relyingPartyOf(publicBaseUrl(c))),
    );
    return result.repeated ? c.json(result, 200) : c.json(result, 201);
  });
  app.openapi(routes.getMyAttendance, async (c) =>
    c.json(
      await repo.getMyAttendance(
        c.var.store,
        c.var.claims,
        c.req.valid('query').month,
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.listTeamAttendanceToday, async (c) =>
    c.json(await repo.teamToday(c.var.store, c.var.claims, c.var.tenant.timeZone, c.var.deps.now()), 200),
  );
}
