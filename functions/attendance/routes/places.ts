import {
  ADMIN_ROLES,
  assignWorkScheduleSchema,
  attendanceSettingsRecordSchema,
  createWorkLocationSchema,
  createWorkScheduleSchema,
  listScheduleAssignmentsQuerySchema,
  listWorkLocationsQuerySchema,
  manageScope,
  pageOf,
  patchWorkLocationSchema,
  STAFF_ROLES,
  scheduleAssignmentSchema,
  updateAttendanceSettingsSchema,
  updateWorkScheduleSchema,
  workLocationSchema,
  workScheduleSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/places';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';

const tags = ['attendance'];

const routes = {
  getAttendanceSettings: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/settings',
    operationId: 'getAttendanceSettings',
    summary:
      "The tenant's attendance settings: passkey policy, geofence thresholds, deduction table, leave policies (defaults with version 0 until first saved)",
    tags,
    responses: { 200: jsonContent(attendanceSettingsRecordSchema, 'The attendance settings') },
  }),
  updateAttendanceSettings: defineRoute(['tenant-admin'], {
    method: 'put',
    path: '/v1/attendance/settings',
    operationId: 'updateAttendanceSettings',
    summary: 'Save the attendance settings (the whole document, with the version read); audited',
    tags,
    request: jsonBody(updateAttendanceSettingsSchema),
    responses: { 200: jsonContent(attendanceSettingsRecordSchema, 'The attendance settings') },
  }),
  listWorkLocations: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/locations',
    operationId: 'listWorkLocations',
    summary:
      "Work locations (geofences), by name order of creation; everyone but a tenant admin sees their own agency's",
    tags,
    request: { query: listWorkLocationsQuerySchema },
    responses: { 200: jsonContent(pageOf(workLocationSchema), 'A page of work locations') },
  }),
  createWorkLocation: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/locations',
    operationId: 'createWorkLocation',
    summary:
      'Add a work location of an agency (or of one of its units): a point, a radius of 10-1000 m, a zone',
    tags,
    request: jsonBody(createWorkLocationSchema),
    responses: { 201: jsonContent(workLocationSchema, 'The new work location') },
  }),
  updateWorkLocation: defineRoute(ADMIN_ROLES, {
    method: 'patch',
    path: '/v1/attendance/locations/{locationId}',
    operationId: 'updateWorkLocation',
    summary: 'Change a work location, or retire it (active: false); audited',
    tags,
    request: { params: idParam('locationId'), ...jsonBody(patchWorkLocationSchema) },
    responses: { 200: jsonContent(workLocationSchema, 'The work location') },
  }),
  listWorkSchedules: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/attendance/schedules',
    operationId: 'listWorkSchedules',
    summary: "The tenant's work schedules (without an assignment, Perpres 21/2023 applies)",
    tags,
    responses: { 200: jsonContent(z.object({ items: z.array(workScheduleSchema) }), 'Every schedule') },
  }),
  createWorkSchedule: defineRoute(['tenant-admin'], {
    method: 'post',
    path: '/v1/attendance/schedules',
    operationId: 'createWorkSchedule',
    summary: 'Add a schedule: a fixed week (with date ranges such as Ramadan) or a shift schedule; audited',
    tags,
    request: jsonBody(createWorkScheduleSchema),
    responses: { 201: jsonContent(workScheduleSchema, 'The new schedule') },
  }),
  updateWorkSchedule: defineRoute(['tenant-admin'], {
    method: 'put',
    path: '/v1/attendance/schedules/{scheduleId}',
    operationId: 'updateWorkSchedule',
    summary: "Change a schedule's name, week or date ranges (with the version read); audited",
    tags,
    request: { params: idParam('scheduleId'), ...jsonBody(updateWorkScheduleSchema) },
    responses: { 200: jsonContent(workScheduleSchema, 'The schedule') },
  }),
  assignWorkSchedule: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/schedule-assignments',
    operationId: 'assignWorkSchedule',
    summary:
      'Give a schedule to a unit or to one employee from a date (an employee’s own assignment wins); audited',
    tags,
    request: jsonBody(assignWorkScheduleSchema),
    responses: {
      200: jsonContent(scheduleAssignmentSchema, 'The assignment of that date, replaced'),
      201: jsonContent(scheduleAssignmentSchema, 'The new assignment'),
    },
  }),
  listScheduleAssignments: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/attendance/schedule-assignments',
    operationId: 'listScheduleAssignments',
    summary: "A unit's or an employee's schedule assignments, newest first",
    tags,
    request: { query: listScheduleAssignmentsQuerySchema },
    responses: {
      200: jsonContent(z.object({ items: z.array(scheduleAssignmentSchema) }), 'The assignments'),
    },
  }),
};

export function placeRoutes(app: RouteApp): void {
  app.openapi(routes.getAttendanceSettings, async (c) =>
    c.json(await repo.getAttendanceSettings(c.var.store, c.var.actor.tenantId), 200),
  );
  app.openapi(routes.updateAttendanceSettings, async (c) =>
    c.json(
      await repo.updateAttendanceSettings(c.var.store, c.var.actor, c.req.valid('json'), c.var.deps.now()),
      200,
    ),
  );

  app.openapi(routes.listWorkLocations, async (c) =>
    c.json(await repo.listWorkLocations(c.var.store, c.var.claims, c.req.valid('query')), 200),
  );
  app.openapi(routes.createWorkLocation, async (c) =>
    c.json(
      await repo.createWorkLocation(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('json'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.updateWorkLocation, async (c) =>
    c.json(
      await repo.updateWorkLocation(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('param').locationId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );

  app.openapi(routes.listWorkSchedules, async (c) =>
    c.json({ items: await repo.listWorkSchedules(c.var.store, c.var.actor.tenantId) }, 200),
  );
  app.openapi(routes.createWorkSchedule, async (c) =>
    c.json(
      await repo.createWorkSchedule(c.var.store, c.var.actor, c.req.valid('json'), c.var.deps.now()),
      201,
    ),
  );
  app.openapi(routes.updateWorkSchedule, async (c) =>
    c.json(
      await repo.updateWorkSchedule(
        c.var.store,
        c.var.actor,
        c.req.valid('param').scheduleId,
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.assignWorkSchedule, async (c) => {
    const { assignment, created } = await repo.assignWorkSchedule(
      c.var.store,
      c.var.actor,
      manageScope(c.var.claims),
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return created ? c.json(assignment, 201) : c.json(assignment, 200);
  });
  app.openapi(routes.listScheduleAssignments, async (c) =>
    c.json(
      {
        items: await repo.listScheduleAssignments(
          c.var.store,
          c.var.actor.tenantId,
          manageScope(c.var.claims),
          c.req.valid('query'),
        ),
      },
      200,
    ),
  );
}
