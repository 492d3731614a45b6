import {
  ADMIN_ROLES,
  assertCanWriteEmployee,
  type Claims,
  completeTrainingSchema,
  completionSchema,
  countedPageOf,
  createTrainingSchema,
  cursorQuerySchema,
  enrollmentSchema,
  enrollTrainingSchema,
  forbidden,
  myTrainingQuerySchema,
  myTrainingSchema,
  notFound,
  pageOf,
  STAFF_ROLES,
  shortfallQuerySchema,
  shortfallRowSchema,
  trainingSchema,
} from '@pamong/core';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as trainingsRepo from '@pamong/db/repos/personnel/trainings';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

const tags = ['training'];
const trainingParam = idParam('trainingId');

const routes = {
  createTraining: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/trainings',
    operationId: 'createTraining',
    summary:
      'Create a training (pengembangan kompetensi) with its JP, dates, capacity and the competencies it builds',
    tags,
    request: jsonBody(createTrainingSchema),
    responses: { 201: jsonContent(trainingSchema, 'The new training') },
  }),
  listTrainings: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/trainings',
    operationId: 'listTrainings',
    summary: 'List trainings, newest first',
    tags,
    request: { query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(trainingSchema), 'A page of trainings') },
  }),
  getTraining: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/trainings/{trainingId}',
    operationId: 'getTraining',
    summary: 'Get one training',
    tags,
    request: { params: trainingParam },
    responses: { 200: jsonContent(trainingSchema, 'The training') },
  }),
  enrollTraining: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/trainings/{trainingId}/enrollments',
    operationId: 'enrollTraining',
    summary: 'Enrol yourself, or (admins) an employee, while seats remain',
    tags,
    request: {
      params: trainingParam,
      body: { content: { 'application/json': { schema: enrollTrainingSchema } }, required: false },
    },
    responses: { 201: jsonContent(enrollmentSchema, 'The enrolment') },
  }),
  listTrainingEnrollments: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/trainings/{trainingId}/enrollments',
    operationId: 'listTrainingEnrollments',
    summary: "List a training's enrolments (agency admins: their own agency's)",
    tags,
    request: { params: trainingParam, query: cursorQuerySchema },
    responses: {
      200: jsonContent(
        countedPageOf(enrollmentSchema),
        "A page of enrolments; a tenant admin's first with the total",
      ),
    },
  }),
  completeTraining: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/trainings/{trainingId}/completions',
    operationId: 'completeTraining',
    summary:
      "Record an enrolled employee's result; credits the JP and, when LULUS, raises their competencies",
    tags,
    request: { params: trainingParam, ...jsonBody(completeTrainingSchema) },
    responses: { 200: jsonContent(completionSchema, 'The completed enrolment') },
  }),
  getMyTraining: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/personnel/me/training',
    operationId: 'getMyTraining',
    summary: 'My enrolments in trainings ending in a year, and my JP progress towards 20 JP',
    tags,
    request: { query: myTrainingQuerySchema },
    responses: { 200: jsonContent(myTrainingSchema, 'My training year') },
  }),
  listTrainingShortfall: defineRoute(ADMIN_ROLES, {
    method: 'get',
    path: '/v1/personnel/training-shortfall',
    operationId: 'listTrainingShortfall',
    summary: 'Active employees below 20 JP in a year (a page may be short: follow nextCursor)',
    tags,
    request: { query: shortfallQuerySchema },
    responses: { 200: jsonContent(pageOf(shortfallRowSchema), 'A page of employees below target') },
  }),
};

/** Today's date (YYYY-MM-DD) in the tenant's time zone; the year of training JP follows it. */
export function todayIn(now: Date, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The caller's own employee record; an account without one has nothing to show (404, as getMyProfile). */
export function ownEmployeeId(claims: Claims): string {
  if (!claims.employeeId) throw notFound('An employee record linked to this account');
  return claims.employeeId;
}

export function trainingRoutes(app: RouteApp) {
  app.openapi(routes.createTraining, async (c) => {
    const training = await trainingsRepo.createTraining(
      c.var.store,
      c.var.actor,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return c.json(training, 201);
  });

  app.openapi(routes.listTrainings, async (c) =>
    c.json(await trainingsRepo.listTrainings(c.var.store, c.var.claims.tenantId, c.req.valid('query')), 200),
  );

  app.openapi(routes.getTraining, async (c) =>
    c.json(
      await trainingsRepo.getTraining(c.var.store, c.var.claims.tenantId, c.req.valid('param').trainingId),
      200,
    ),
  );

  app.openapi(routes.enrollTraining, async (c) => {
    const claims = c.var.claims;
    const store = c.var.store;
    const body = (c.req.valid('json') ?? {}) as { employeeId?: string };
    const employeeId = body.employeeId ?? ownEmployeeId(claims);
    const forOther = employeeId !== claims.employeeId;
    if (forOther && claims.role !== 'tenant-admin' && claims.role !== 'agency-admin')
      throw forbidden('Only administrators enrol other employees.');
    const training = await trainingsRepo.getTraining(
      store,
      claims.tenantId,
      c.req.valid('param').trainingId,
      true,
    );
    const employee = await employeesRepo.getStoredEmployee(store, claims.tenantId, employeeId, true);
    if (forOther) assertCanWriteEmployee(claims, employee.agencyId);
    return c.json(await trainingsRepo.enroll(store, c.var.actor, training, employee, c.var.deps.now()), 201);
  });

  app.openapi(routes.listTrainingEnrollments, async (c) => {
    const claims = c.var.claims;
    const { trainingId } = c.req.valid('param');
    const training = await trainingsRepo.getTraining(c.var.store, claims.tenantId, trainingId);
    const agencyId = claims.role === 'agency-admin' ? claims.agencyId : undefined;
    const q = c.req.valid('query');
    const page = await trainingsRepo.listEnrollments(c.var.store, claims.tenantId, trainingId, {
      ...q,
      agencyId,
    });
    // The training's enrolment count is the whole list's; an agency admin's list is a part of it.
    const total = !agencyId && !q.cursor ? training.enrolled : undefined;
    return c.json({ ...page, ...(total === undefined ? {} : { total }) }, 200);
  });

  app.openapi(routes.completeTraining, async (c) => {
    const claims = c.var.claims;
    const store = c.var.store;
    const input = c.req.valid('json');
    const training = await trainingsRepo.getTraining(
      store,
      claims.tenantId,
      c.req.valid('param').trainingId,
      true,
    );
    const enrollment = await trainingsRepo.getEnrollment(
      store,
      claims.tenantId,
      training.id,
      input.employeeId,
    );
    assertCanWriteEmployee(claims, enrollment.agencyId);
    return c.json(
      await trainingsRepo.complete(store, c.var.actor, training, input, c.var.deps.now(), enrollment),
      200,
    );
  });

  app.openapi(routes.getMyTraining, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const year = q.year ?? Number(todayIn(c.var.deps.now(), c.var.tenant.timeZone).slice(0, 4));
    const mine = await trainingsRepo.myTraining(c.var.store, claims.tenantId, ownEmployeeId(claims), {
      ...q,
      year,
    });
    return c.json(mine, 200);
  });

  app.openapi(routes.listTrainingShortfall, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    if (claims.role === 'agency-admin') {
      if (q.agencyId && q.agencyId !== claims.agencyId)
        throw forbidden('An agency admin sees their own agency only.');
      if (!claims.agencyId) throw notFound('Agency');
      q.agencyId = claims.agencyId;
    }
    const year = q.year ?? Number(todayIn(c.var.deps.now(), c.var.tenant.timeZone).slice(0, 4));
    return c.json(await trainingsRepo.shortfall(c.var.store, claims.tenantId, { ...q, year }), 200);
  });
}
