import {
  addFormationSchema,
  createRecruitmentRoundSchema,
  listRecruitmentRoundsQuerySchema,
  pageOf,
  publishRecruitmentRoundSchema,
  recruitmentFormationSchema,
  recruitmentRoundDetailSchema,
  recruitmentRoundSchema,
  updateFormationSchema,
  updateRecruitmentRoundSchema,
} from '@pamong/core';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as service from '../services/rounds';

/**
 * Staff routes of rounds and formasi (issue 12 §4). Round-wide acts are the tenant admin's; an
 * agency admin reads the rounds and manages their own agency's formasi (recruitment/access.ts).
 */
const tags = ['recruitment'];
const RUN_ROUNDS = ['tenant-admin'] as const;
const FORMASI = ['tenant-admin', 'agency-admin'] as const;
const roundParam = idParam('roundId');
const formationParams = roundParam.extend(idParam('formationId').shape);

const routes = {
  createRecruitmentRound: defineRoute(RUN_ROUNDS, {
    method: 'post',
    path: '/v1/recruitment/rounds',
    operationId: 'createRecruitmentRound',
    summary:
      "Create a selection round (CPNS or PPPK) as a draft: registration times in the tenant's time zone, the reference date for the maximum age, and the per-round settings (ASN-RULES §7 defaults). Tenant admin",
    tags,
    request: jsonBody(createRecruitmentRoundSchema),
    responses: { 201: jsonContent(recruitmentRoundSchema, 'The round, unpublished') },
  }),
  listRecruitmentRounds: defineRoute(FORMASI, {
    method: 'get',
    path: '/v1/recruitment/rounds',
    operationId: 'listRecruitmentRounds',
    summary: "The tenant's selection rounds, newest first, drafts included",
    tags,
    request: { query: listRecruitmentRoundsQuerySchema },
    responses: { 200: jsonContent(pageOf(recruitmentRoundSchema), 'A page of rounds') },
  }),
  getRecruitmentRound: defineRoute(FORMASI, {
    method: 'get',
    path: '/v1/recruitment/rounds/{roundId}',
    operationId: 'getRecruitmentRound',
    summary:
      "A round with its formasi: all of them for a tenant admin, their own agency's for an agency admin",
    tags,
    request: { params: roundParam },
    responses: { 200: jsonContent(recruitmentRoundDetailSchema, 'The round and its formasi') },
  }),
  updateRecruitmentRound: defineRoute(RUN_ROUNDS, {
    method: 'patch',
    path: '/v1/recruitment/rounds/{roundId}',
    operationId: 'updateRecruitmentRound',
    summary:
      'Change a round (with its version). Once published, its selection rules are fixed and an open registration may be extended but not shortened (409 naming the fields)',
    tags,
    request: { params: roundParam, ...jsonBody(updateRecruitmentRoundSchema) },
    responses: { 200: jsonContent(recruitmentRoundSchema, 'The round as changed') },
  }),
  publishRecruitmentRound: defineRoute(RUN_ROUNDS, {
    method: 'post',
    path: '/v1/recruitment/rounds/{roundId}/publish',
    operationId: 'publishRecruitmentRound',
    summary:
      'Publish a round on the careers page: once, with at least one formasi, before its registration closes',
    tags,
    request: { params: roundParam, ...jsonBody(publishRecruitmentRoundSchema) },
    responses: { 200: jsonContent(recruitmentRoundSchema, 'The round, published') },
  }),
  addFormation: defineRoute(FORMASI, {
    method: 'post',
    path: '/v1/recruitment/rounds/{roundId}/formations',
    operationId: 'addFormation',
    summary:
      "Add a formasi: a position of the tenant (its agency is the formasi's) and a unit of that agency, openings, track, requirements and required documents. An agency admin for their own agency; not once a published round's registration has opened",
    tags,
    request: { params: roundParam, ...jsonBody(addFormationSchema) },
    responses: { 201: jsonContent(recruitmentFormationSchema, 'The formasi') },
  }),
  updateFormation: defineRoute(FORMASI, {
    method: 'patch',
    path: '/v1/recruitment/rounds/{roundId}/formations/{formationId}',
    operationId: 'updateFormation',
    summary:
      "Change a formasi (with its version). Once a published round's registration has opened, only its openings change",
    tags,
    request: { params: formationParams, ...jsonBody(updateFormationSchema) },
    responses: { 200: jsonContent(recruitmentFormationSchema, 'The formasi as changed') },
  }),
};

export function roundRoutes(app: RouteApp): void {
  app.openapi(routes.createRecruitmentRound, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    return c.json(await service.createRound(ctx, c.var.claims, c.var.actor, c.req.valid('json')), 201);
  });
  app.openapi(routes.listRecruitmentRounds, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    return c.json(await service.listRounds(ctx, c.var.claims, c.req.valid('query')), 200);
  });
  app.openapi(routes.getRecruitmentRound, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    return c.json(await service.getRound(ctx, c.var.claims, c.req.valid('param').roundId), 200);
  });
  app.openapi(routes.updateRecruitmentRound, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    const { roundId } = c.req.valid('param');
    return c.json(
      await service.updateRound(ctx, c.var.claims, c.var.actor, roundId, c.req.valid('json')),
      200,
    );
  });
  app.openapi(routes.publishRecruitmentRound, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    const { roundId } = c.req.valid('param');
    return c.json(
      await service.publishRound(ctx, c.var.claims, c.var.actor, roundId, c.req.valid('json')),
      200,
    );
  });
  app.openapi(routes.addFormation, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    const { roundId } = c.req.valid('param');
    return c.json(
      await service.addFormation(ctx, c.var.claims, c.var.actor, roundId, c.req.valid('json')),
      201,
    );
  });
  app.openapi(routes.updateFormation, async (c) => {
    const ctx = { store: c.var.store, timeZone: c.var.tenant.timeZone, now: c.var.deps.now() };
    const { roundId, formationId } = c.req.valid('param');
    return c.json(
      await service.updateFormation(
        ctx,
        c.var.claims,
        c.var.actor,
        roundId,
        formationId,
        c.req.valid('json'),
      ),
      200,
    );
  });
}
