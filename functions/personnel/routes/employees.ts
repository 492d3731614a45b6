import {
  ADMIN_ROLES,
  assertCanWriteEmployee,
  canSeeEmployee,
  contactVisible,
  countedPageOf,
  createEmployeeSchema,
  cursorQuerySchema,
  employeeSchema,
  historyEntrySchema,
  idSchema,
  maskEmail,
  maskNip,
  maskPhone,
  nipVisible,
  notFound,
  pageOf,
  READER_ROLES,
  STAFF_ROLES,
  searchEmployeesQuerySchema,
  searchHitSchema,
  updateEmployeeSchema,
} from '@pamong/core';
import * as orgRepo from '@pamong/db/repos/org';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import type * as z from 'zod';
import { present, viewerOf, visibleEmployee } from './visibility';

const tags = ['personnel'];
const employeeParam = idParam('employeeId');

const listQuery = cursorQuerySchema.extend({ agencyId: idSchema.optional() });

const routes = {
  createEmployee: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/employees',
    operationId: 'createEmployee',
    summary:
      'Create an employee record (PNS, CPNS or PPPK); the NIP is checked against birth date, gender and TMT CPNS',
    tags,
    request: jsonBody(createEmployeeSchema),
    responses: { 201: jsonContent(employeeSchema, 'The stored employee') },
  }),
  listEmployees: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/employees',
    operationId: 'listEmployees',
    summary: 'List employees by name (supervisors: their own agency)',
    tags,
    request: { query: listQuery },
    responses: {
      200: jsonContent(countedPageOf(employeeSchema), 'A page of employees; the first with the total'),
    },
  }),
  getEmployee: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/employees/{employeeId}',
    operationId: 'getEmployee',
    summary: 'Get one employee (employees: only themselves)',
    tags,
    request: { params: employeeParam },
    responses: { 200: jsonContent(employeeSchema, 'The employee') },
  }),
  updateEmployee: defineRoute(ADMIN_ROLES, {
    method: 'patch',
    path: '/v1/employees/{employeeId}',
    operationId: 'updateEmployee',
    summary: 'Change an employee record; rank, grade, type and status changes become history entries',
    tags,
    request: { params: employeeParam, ...jsonBody(updateEmployeeSchema) },
    responses: { 200: jsonContent(employeeSchema, 'The employee') },
  }),
  listEmployeeHistory: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/employees/{employeeId}/history',
    operationId: 'listEmployeeHistory',
    summary: "An employee's dated history (rank, position, unit, agency, status), newest TMT first",
    tags,
    request: { params: employeeParam, query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(historyEntrySchema), 'A page of history entries') },
  }),
  getMyProfile: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/personnel/me',
    operationId: 'getMyProfile',
    summary: "The signed-in staff member's own employee record",
    tags,
    responses: { 200: jsonContent(employeeSchema, 'My employee record') },
  }),
  searchEmployees: defineRoute(READER_ROLES, {
    method: 'get',
    path: '/v1/personnel/search',
    operationId: 'searchEmployees',
    summary: 'Search employees across agencies by competency, education, rank, type, agency and name prefix',
    tags,
    request: { query: searchEmployeesQuerySchema },
    responses: { 200: jsonContent(pageOf(searchHitSchema), 'A page of matching employees') },
  }),
};

export function employeeRoutes(app: RouteApp) {
  app.openapi(routes.createEmployee, async (c) => {
    const input = c.req.valid('json');
    assertCanWriteEmployee(c.var.claims, input.agencyId);
    const e = await employeesRepo.createEmployee(c.var.store, c.var.actor, input, c.var.deps.now());
    return c.json(present({ claims: c.var.claims }, e), 201);
  });

  app.openapi(routes.listEmployees, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    if (claims.role === 'supervisor') q.agencyId = claims.agencyId;
    const [viewer, page, total] = await Promise.all([
      viewerOf(c.var.store, claims),
      employeesRepo.listEmployees(c.var.store, claims.tenantId, q),
      // The agencies' employee counts say how long the list is; read with the first page only.
      q.cursor
        ? undefined
        : orgRepo.agencyCounterTotal(c.var.store, claims.tenantId, 'employeeCount', q.agencyId),
    ]);
    return c.json(
      {
        items: page.items.map((e) => present(viewer, e)),
        nextCursor: page.nextCursor,
        ...(total === undefined ? {} : { total }),
      },
      200,
    );
  });

  app.openapi(routes.getEmployee, async (c) => {
    const viewer = await viewerOf(c.var.store, c.var.claims);
    const e = await visibleEmployee(c.var.store, viewer, c.req.valid('param').employeeId);
    return c.json(present(viewer, e), 200);
  });

  app.openapi(routes.updateEmployee, async (c) => {
    const claims = c.var.claims;
    const { employeeId } = c.req.valid('param');
    const before = await employeesRepo.getStoredEmployee(c.var.store, claims.tenantId, employeeId);
    assertCanWriteEmployee(claims, before.agencyId);
    const after = await employeesRepo.updateEmployee(
      c.var.store,
      c.var.actor,
      employeeId,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return c.json(present({ claims }, after), 200);
  });

  app.openapi(routes.listEmployeeHistory, async (c) => {
    const viewer = await viewerOf(c.var.store, c.var.claims);
    const { employeeId } = c.req.valid('param');
    await visibleEmployee(c.var.store, viewer, employeeId);
    const page = await employeesRepo.listHistory(
      c.var.store,
      viewer.claims.tenantId,
      employeeId,
      c.req.valid('query'),
    );
    return c.json(page, 200);
  });

  app.openapi(routes.getMyProfile, async (c) => {
    const claims = c.var.claims;
    if (!claims.employeeId) throw notFound('An employee record linked to this account');
    const e = await employeesRepo.getStoredEmployee(c.var.store, claims.tenantId, claims.employeeId);
    return c.json(present({ claims }, e), 200);
  });

  app.openapi(routes.searchEmployees, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    if (claims.role === 'supervisor') q.agencyId = claims.agencyId;
    const viewer = await viewerOf(c.var.store, claims);
    const page = await employeesRepo.searchEmployees(c.var.store, claims.tenantId, q);
    const wanted = q.competency ?? [];
    const items = page.items.map((r) => {
      const e = { id: r.employeeId, agencyId: r.agencyId, unitId: r.unitId };
      const showContact = contactVisible(viewer, e);
      const showNip = nipVisible(viewer, e) && canSeeEmployee(viewer, e);
      return {
        id: r.employeeId,
        name: r.name,
        nip: showNip ? r.nip : maskNip(r.nip),
        nipMasked: !showNip,
        employmentType: r.employmentType as z.infer<typeof searchHitSchema>['employmentType'],
        agencyId: r.agencyId,
        agencyName: r.agencyName,
        unitId: r.unitId,
        ...(r.positionId ? { positionId: r.positionId, positionName: r.positionName } : {}),
        ...(r.rank ? { rank: r.rank } : {}),
        ...(r.grade ? { grade: r.grade } : {}),
        highestEducation: r.highestEducation,
        matchedCompetencies: (wanted.length
          ? wanted.map((w) => ({ code: w.code, level: r.comps[w.code] ?? 0 }))
          : Object.entries(r.comps).map(([code, level]) => ({ code, level }))
        ).filter((m) => m.level > 0),
        ...(r.email ? { email: showContact ? r.email : maskEmail(r.email) } : {}),
        ...(r.phone ? { phone: showContact ? r.phone : maskPhone(r.phone) } : {}),
        contactMasked: !showContact,
      };
    });
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });
}
