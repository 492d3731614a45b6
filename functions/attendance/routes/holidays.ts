import {
  holidayDateParamSchema,
  holidaySchema,
  listHolidaysQuerySchema,
  pageOf,
  putHolidaySchema,
  STAFF_ROLES,
} from '@pamong/core';
import * as holidaysRepo from '@pamong/db/repos/attendance/holidays';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['attendance'];

const routes = {
  listHolidays: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/attendance/holidays',
    operationId: 'listHolidays',
    summary:
      "The tenant's holidays of a year, in date order: national holidays and cuti bersama (seeded from the SKB 3 Menteri) and regional days",
    tags,
    request: { query: listHolidaysQuerySchema },
    responses: { 200: jsonContent(pageOf(holidaySchema), 'A page of days') },
  }),
  upsertHoliday: defineRoute(['tenant-admin'], {
    method: 'put',
    path: '/v1/attendance/holidays/{date}',
    operationId: 'upsertHoliday',
    summary: 'Add a day to the holiday calendar, or change its name or kind; audited',
    tags,
    request: { params: holidayDateParamSchema, ...jsonBody(putHolidaySchema) },
    responses: {
      200: jsonContent(holidaySchema, 'The day as changed'),
      201: jsonContent(holidaySchema, 'The day as added'),
    },
  }),
  deleteHoliday: defineRoute(['tenant-admin'], {
    method: 'delete',
    path: '/v1/attendance/holidays/{date}',
    operationId: 'deleteHoliday',
    summary: 'Remove a day from the holiday calendar; audited',
    tags,
    request: { params: holidayDateParamSchema },
    responses: { 204: { description: 'Removed' } },
  }),
};

export function holidayRoutes(app: RouteApp): void {
  app.openapi(routes.listHolidays, async (c) =>
    c.json(await holidaysRepo.listHolidays(c.var.store, c.var.actor.tenantId, c.req.valid('query')), 200),
  );

  app.openapi(routes.upsertHoliday, async (c) => {
    const { holiday, created } = await holidaysRepo.putHoliday(
      c.var.store,
      c.var.actor,
      c.req.valid('param').date,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return created ? c.json(holiday, 201) : c.json(holiday, 200);
  });

  app.openapi(routes.deleteHoliday, async (c) => {
    await holidaysRepo.deleteHoliday(c.var.store, c.var.actor, c.req.valid('param').date, c.var.deps.now());
    return c.body(null, 204);
  });
}
