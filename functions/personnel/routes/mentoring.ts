import {
  ADMIN_ROLES,
  addCheckInSchema,
  assertCanWriteEmployee,
  type Claims,
  checkInSchema,
  conflict,
  createMentorshipSchema,
  cursorQuerySchema,
  endMentorshipSchema,
  forbidden,
  listMentorshipsQuerySchema,
  listMentorsQuerySchema,
  type Mentorship,
  menteeEligibility,
  menteeEligibilityQuerySchema,
  menteeEligibilitySchema,
  mentorSchema,
  mentorSuggestionsSchema,
  mentorshipSchema,
  NEW_EMPLOYEE_YEARS,
  notFound,
  notNewEmployeeDetail,
  pageOf,
  STAFF_ROLES,
  suggestMentorsQuerySchema,
  upsertMentorProfileSchema,
  validationError,
} from '@pamong/core';
import type { Store } from '@pamong/db';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';
import * as mentoringRepo from '@pamong/db/repos/personnel/mentoring';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import { todayIn } from './trainings';
import { visibleEmployee } from './visibility';

const tags = ['mentoring'];
const mentorshipParam = idParam('mentorshipId');

const routes = {
  upsertMentorProfile: defineRoute(STAFF_ROLES, {
    method: 'put',
    path: '/v1/mentoring/mentors/{employeeId}',
    operationId: 'upsertMentorProfile',
    summary: 'Offer yourself (or, admins, an employee) as a mentor: competencies, capacity 1-10, active',
    tags,
    request: { params: idParam('employeeId'), ...jsonBody(upsertMentorProfileSchema) },
    responses: {
      200: jsonContent(mentorSchema, 'The changed mentor profile'),
      201: jsonContent(mentorSchema, 'The new mentor profile'),
    },
  }),
  listMentors: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/mentoring/mentors',
    operationId: 'listMentors',
    summary: 'List active mentors (a page may be short: follow nextCursor)',
    tags,
    request: { query: listMentorsQuerySchema },
    responses: { 200: jsonContent(pageOf(mentorSchema), 'A page of mentors') },
  }),
  getMenteeEligibility: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/mentoring/eligibility',
    operationId: 'getMenteeEligibility',
    summary:
      'Whether mentor suggestions are open to an employee (new: CPNS, or in the first 2 years); default: yourself',
    tags,
    request: { query: menteeEligibilityQuerySchema },
    responses: { 200: jsonContent(menteeEligibilitySchema, 'The eligibility and its reason') },
  }),
  suggestMentors: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/mentoring/suggestions',
    operationId: 'suggestMentors',
    summary:
      "Mentors ranked for a new employee by their position's competency needs (employees: themselves); 409 conflict for an employee who is not new",
    tags,
    request: { query: suggestMentorsQuerySchema },
    responses: { 200: jsonContent(mentorSuggestionsSchema, 'Ranked mentors') },
  }),
  createMentorship: defineRoute(ADMIN_ROLES, {
    method: 'post',
    path: '/v1/mentoring/relationships',
    operationId: 'createMentorship',
    summary: 'Start a mentorship with an active mentor who has a free place',
    tags,
    request: jsonBody(createMentorshipSchema),
    responses: { 201: jsonContent(mentorshipSchema, 'The new mentorship') },
  }),
  listMentorships: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/mentoring/relationships',
    operationId: 'listMentorships',
    summary:
      'List mentorships: admins all (agency admins: their agency), others those they mentor or are mentored in',
    tags,
    request: { query: listMentorshipsQuerySchema },
    responses: { 200: jsonContent(pageOf(mentorshipSchema), 'A page of mentorships') },
  }),
  addMentoringCheckIn: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/mentoring/relationships/{mentorshipId}/check-ins',
    operationId: 'addMentoringCheckIn',
    summary: 'Record a dated check-in note (the mentor or an admin)',
    tags,
    request: { params: mentorshipParam, ...jsonBody(addCheckInSchema) },
    responses: { 201: jsonContent(checkInSchema, 'The check-in') },
  }),
  listMentoringCheckIns: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/mentoring/relationships/{mentorshipId}/check-ins',
    operationId: 'listMentoringCheckIns',
    summary: "A mentorship's check-in notes, newest first (the mentor, the mentee or an admin)",
    tags,
    request: { params: mentorshipParam, query: cursorQuerySchema },
    responses: { 200: jsonContent(pageOf(checkInSchema), 'A page of check-ins') },
  }),
  endMentorship: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/mentoring/relationships/{mentorshipId}/end',
    operationId: 'endMentorship',
    summary: "End a mentorship (the mentor or an admin); frees the mentor's place",
    tags,
    request: { params: mentorshipParam, ...jsonBody(endMentorshipSchema) },
    responses: { 200: jsonContent(mentorshipSchema, 'The ended mentorship') },
  }),
};

const isAdmin = (claims: Claims) => claims.role === 'tenant-admin' || claims.role === 'agency-admin';

function canActOn(claims: Claims, m: Mentorship): boolean {
  if (claims.role === 'tenant-admin') return true;
  if (claims.role === 'agency-admin')
    return m.agencyId === claims.agencyId || m.mentorAgencyId === claims.agencyId;
  return !!claims.employeeId && claims.employeeId === m.mentorEmployeeId;
}

/** Reading also admits the mentee; the rest is as for acting on it. */
const canSeeMentorship = (claims: Claims, m: Mentorship) =>
  canActOn(claims, m) || (!!claims.employeeId && claims.employeeId === m.menteeEmployeeId);

/** A mentorship the caller may act on; any other is "not found", so its existence is never revealed. */
async function actionableMentorship(store: Store, claims: Claims, mentorshipId: string) {
  const m = await mentoringRepo.getMentorship(store, claims.tenantId, mentorshipId, true);
  if (!canActOn(claims, m)) throw notFound('Mentorship');
  return m;
}

/** An employee named in a body: unknown is a 400 on that field. */
async function employeeFromBody(store: Store, tenantId: string, employeeId: string, path: string) {
  try {
    return await employeesRepo.getStoredEmployee(store, tenantId, employeeId, true);
  } catch {
    throw validationError([{ path, message: 'employee does not exist in this tenant' }], 'Unknown employee.');
  }
}

export function mentoringRoutes(app: RouteApp) {
  app.openapi(routes.upsertMentorProfile, async (c) => {
    const claims = c.var.claims;
    const { employeeId } = c.req.valid('param');
    const self = claims.employeeId === employeeId;
    if (!self && !isAdmin(claims)) throw forbidden('You can change only your own mentor profile.');
    const employee = await employeesRepo.getStoredEmployee(c.var.store, claims.tenantId, employeeId, true);
    if (!self) assertCanWriteEmployee(claims, employee.agencyId);
    const { mentor, created } = await mentoringRepo.upsertMentor(
      c.var.store,
      c.var.actor,
      employee,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return created ? c.json(mentor, 201) : c.json(mentor, 200);
  });

  app.openapi(routes.listMentors, async (c) =>
    c.json(await mentoringRepo.listMentors(c.var.store, c.var.claims.tenantId, c.req.valid('query')), 200),
  );

  app.openapi(routes.getMenteeEligibility, async (c) => {
    const claims = c.var.claims;
    const menteeId = c.req.valid('query').menteeId ?? claims.employeeId;
    if (!menteeId)
      throw validationError(
        [{ path: 'menteeId', message: 'is required: your account is not linked to an employee record' }],
        'Name the employee to check.',
      );
    const mentee = await visibleEmployee(c.var.store, { claims }, menteeId);
    const today = todayIn(c.var.deps.now(), c.var.tenant.timeZone);
    return c.json(
      { menteeId, ...menteeEligibility(mentee, today), newEmployeeYears: NEW_EMPLOYEE_YEARS },
      200,
    );
  });

  app.openapi(routes.suggestMentors, async (c) => {
    const claims = c.var.claims;
    const { menteeId, limit } = c.req.valid('query');
    const mentee = await visibleEmployee(c.var.store, { claims }, menteeId);
    const today = todayIn(c.var.deps.now(), c.var.tenant.timeZone);
    // Not a field error: the id is valid and the employee exists, they are just not new. A conflict
    // with the rule in words; GET /v1/mentoring/eligibility tells a page beforehand.
    const eligibility = menteeEligibility(mentee, today);
    if (!eligibility.eligible) throw conflict(notNewEmployeeDetail(eligibility));
    const out = await mentoringRepo.suggestMentors(c.var.store, claims.tenantId, mentee, limit);
    return c.json({ menteeId, ...out }, 200);
  });

  app.openapi(routes.createMentorship, async (c) => {
    const claims = c.var.claims;
    const store = c.var.store;
    const input = c.req.valid('json');
    const [mentor, mentee] = await Promise.all([
      employeeFromBody(store, claims.tenantId, input.mentorEmployeeId, 'mentorEmployeeId'),
      employeeFromBody(store, claims.tenantId, input.menteeEmployeeId, 'menteeEmployeeId'),
    ]);
    assertCanWriteEmployee(claims, mentee.agencyId);
    const m = await mentoringRepo.createMentorship(
      store,
      c.var.actor,
      mentor,
      mentee,
      input,
      c.var.deps.now(),
    );
    return c.json(m, 201);
  });

  app.openapi(routes.listMentorships, async (c) => {
    const claims = c.var.claims;
    const q = c.req.valid('query');
    const store = c.var.store;
    if (claims.role === 'tenant-admin')
      return c.json(await mentoringRepo.listAllMentorships(store, claims.tenantId, q), 200);
    if (claims.role === 'agency-admin')
      return c.json(
        await mentoringRepo.listAllMentorships(store, claims.tenantId, {
          ...q,
          agencyId: claims.agencyId ?? '-',
        }),
        200,
      );
    if (!claims.employeeId) return c.json({ items: [], nextCursor: null }, 200);
    return c.json(await mentoringRepo.listOwnMentorships(store, claims.tenantId, claims.employeeId, q), 200);
  });

  app.openapi(routes.addMentoringCheckIn, async (c) => {
    const claims = c.var.claims;
    const m = await actionableMentorship(c.var.store, claims, c.req.valid('param').mentorshipId);
    const checkIn = await mentoringRepo.addCheckIn(
      c.var.store,
      c.var.actor,
      m,
      c.req.valid('json'),
      c.var.deps.now(),
    );
    return c.json(checkIn, 201);
  });

  app.openapi(routes.listMentoringCheckIns, async (c) => {
    const claims = c.var.claims;
    const store = c.var.store;
    const { mentorshipId } = c.req.valid('param');
    const m = await mentoringRepo.getMentorship(store, claims.tenantId, mentorshipId);
    if (!canSeeMentorship(claims, m)) throw notFound('Mentorship');
    return c.json(await mentoringRepo.listCheckIns(store, claims.tenantId, m.id, c.req.valid('query')), 200);
  });

  app.openapi(routes.endMentorship, async (c) => {
    const claims = c.var.claims;
    const m = await actionableMentorship(c.var.store, claims, c.req.valid('param').mentorshipId);
    return c.json(
      await mentoringRepo.endMentorship(c.var.store, c.var.actor, m, c.req.valid('json'), c.var.deps.now()),
      200,
    );
  });
}
