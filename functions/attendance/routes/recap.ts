import {
  ADMIN_ROLES,
  attendanceMonthStateSchema,
  attendanceRecapQuerySchema,
  attendanceRecapSchema,
  closeAttendanceMonthSchema,
  exportAttendanceRecapQuerySchema,
  manageScope,
  reopenAttendanceMonthSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/attendance/recap';
import { defineRoute, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { buildRecapXlsx, XLSX_CONTENT_TYPE } from '../recap-workbook';

const tags = ['attendance'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const routes = {
  getAttendanceRecap: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/attendance/recap',
    operationId: 'getAttendanceRecap',
    summary:
      "An agency's month per employee: working days, present, absent, TL/PSW per band, leave, duty and the TPP deduction (a page of employees)",
    tags,
    request: { query: attendanceRecapQuerySchema },
    responses: { 200: jsonContent(attendanceRecapSchema, 'A page of the recap') },
  }),
  exportAttendanceRecap: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/attendance/recap/export',
    operationId: 'exportAttendanceRecap',
    summary: "An agency's month as XLSX, in the layout sent to finance (at most 5,000 employees)",
    tags,
    request: { query: exportAttendanceRecapQuerySchema },
    responses: {
      200: {
        description: 'Workbook with the sheets Rekap and Keterangan, headers in Bahasa Indonesia',
        content: { [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
  }),
  closeAttendanceMonth: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/months/close',
    operationId: 'closeAttendanceMonth',
    summary: "Close an agency's ended month (the TPP is paid on it); audited",
    tags,
    request: jsonBody(closeAttendanceMonthSchema),
    responses: { 200: jsonContent(attendanceMonthStateSchema, 'The month, closed') },
  }),
  reopenAttendanceMonth: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/attendance/months/reopen',
    operationId: 'reopenAttendanceMonth',
    summary: 'Reopen a closed month for a correction, with the reason; audited',
    tags,
    request: jsonBody(reopenAttendanceMonthSchema),
    responses: { 200: jsonContent(attendanceMonthStateSchema, 'The month, open again') },
  }),
};

export function recapRoutes(app: RouteApp): void {
  app.openapi(routes.getAttendanceRecap, async (c) =>
    c.json(
      await repo.getRecap(
        c.var.store,
        c.var.actor.tenantId,
        manageScope(c.var.claims),
        c.req.valid('query'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.exportAttendanceRecap, async (c) => {
    const q = c.req.valid('query');
    const now = c.var.deps.now();
    const { recap, truncated } = await repo.allRecapRows(
      c.var.store,
      c.var.actor.tenantId,
      manageScope(c.var.claims),
      q,
      c.var.tenant.timeZone,
      now,
    );
    const monthName = `${MONTHS[Number(q.month.slice(5, 7)) - 1]} ${q.month.slice(0, 4)}`;
    const bytes = buildRecapXlsx(recap, { generatedAt: now, truncated, monthName });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="rekap-kehadiran-${q.month}.xlsx"`,
      'cache-control': 'private, no-store',
      'x-export-truncated': String(truncated),
    });
  });
  app.openapi(routes.closeAttendanceMonth, async (c) =>
    c.json(
      await repo.closeMonth(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('json'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.reopenAttendanceMonth, async (c) =>
    c.json(
      await repo.reopenMonth(
        c.var.store,
        c.var.actor,
        manageScope(c.var.claims),
        c.req.valid('json'),
        c.var.deps.now(),
      ),
      200,
    ),
  );
}
