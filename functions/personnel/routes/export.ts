import {
  ADMIN_ROLES,
  contactVisible,
  maskEmail,
  maskPhone,
  type SearchEmployeesQuery,
  searchEmployeesQuerySchema,
} from '@pamong/core';
import type { Store } from '@pamong/db';
import * as orgRepo from '@pamong/db/repos/org';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import { defineRoute, type RouteApp } from '@pamong/http';
import * as z from 'zod';
import { buildExportXlsx, XLSX_CONTENT_TYPE } from '../import-workbooks';
import { viewerOf } from './visibility';

/** Rows in one export; a wider selection is cut here and the workbook says so. */
export const EXPORT_CAP = 5000;
/** Filtered pages can come back short; bound the Query calls as well as the rows. */
const MAX_PAGES = 200;

const exportQuery = searchEmployeesQuerySchema.omit({ cursor: true, limit: true });

const routes = {
  exportEmployees: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/export',
    operationId: 'exportEmployees',
    summary: `Export the employees a search finds (or all, without filters) as XLSX, at most ${EXPORT_CAP}`,
    tags: ['personnel'],
    request: { query: exportQuery },
    responses: {
      200: {
        description: 'Workbook with the sheets Pegawai and Keterangan, headers in Bahasa Indonesia',
        content: { [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
      },
    },
  }),
};

async function collect(store: Store, tenantId: string, q: SearchEmployeesQuery) {
  const rows: employeesRepo.SearchRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES && rows.length < EXPORT_CAP; i++) {
    const page = await employeesRepo.searchEmployees(store, tenantId, { ...q, cursor, limit: 100 });
    rows.push(...page.items);
    if (!page.nextCursor) return { rows: rows.slice(0, EXPORT_CAP), truncated: rows.length > EXPORT_CAP };
    cursor = page.nextCursor;
  }
  return { rows: rows.slice(0, EXPORT_CAP), truncated: true };
}

/** Unit names for the rows' agencies: one Query per agency present (units are few per agency). */
async function unitNames(store: Store, tenantId: string, rows: employeesRepo.SearchRow[]) {
  const names = new Map<string, string>();
  for (const agencyId of new Set(rows.map((r) => r.agencyId))) {
    const page = await orgRepo
      .listUnits(store, tenantId, agencyId, { limit: 100 })
      .catch(() => ({ items: [] }));
    for (const u of page.items) names.set(u.id, u.name);
  }
  return names;
}

export function exportRoutes(app: RouteApp) {
  app.openapi(routes.exportEmployees, async (c) => {
    const store = c.var.store;
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const { rows, truncated } = await collect(store, claims.tenantId, { ...q, limit: 100 });
    const viewer = await viewerOf(store, claims);
    // Contact details in full only as search shows them: own agency, or a tenant admin.
    const shown = rows.map((r) =>
      contactVisible(viewer, { agencyId: r.agencyId, id: r.employeeId })
        ? r
        : {
            ...r,
            ...(r.email ? { email: maskEmail(r.email) } : {}),
            ...(r.phone ? { phone: maskPhone(r.phone) } : {}),
          },
    );
    const filters = Object.entries(q)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map((x) => `${x.code}:${x.minLevel}`).join(',') : v}`);
    const now = c.var.deps.now();
    const bytes = await buildExportXlsx(shown, {
      unitNames: await unitNames(store, claims.tenantId, rows),
      filters,
      truncated,
      generatedAt: now,
    });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="pegawai-${now.toISOString().slice(0, 10)}.xlsx"`,
      'cache-control': 'private, no-store',
      'x-export-truncated': String(truncated),
    });
  });
}
