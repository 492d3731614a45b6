import {
  getRankingQuerySchema,
  hireApplicantSchema,
  hireResultSchema,
  roundRankingSchema,
} from '@pamong/core';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';
import * as service from '../services/ranking';
import { ctxOf } from './context';

/** The ranking of a round's formasi and hiring (issue 12 §4). */
const tags = ['recruitment'];
const roundParam = idParam('roundId');

const routes = {
  computeRanking: defineRoute(['tenant-admin'], {
    method: 'post',
    path: '/v1/recruitment/rounds/{roundId}/ranking',
    operationId: 'computeRanking',
    summary:
      'Rank every formasi of the round from its MS applications and the imported scores: the SKD passing grade of the track (none for PPPK), up to skbMultiplier × openings on to the SKB, the final score 40/60 rounded once, and the tie-breakers (SKD total, TKP, TIU, TWK, IPK, the older first). Every factor is stored. 409 before the ADMINISTRATION_AFTER_OBJECTION announcement. Tenant admin',
    tags,
    request: { params: roundParam },
    responses: { 200: jsonContent(roundRankingSchema, 'The ranking as stored') },
  }),
  getRanking: defineRoute(['tenant-admin', 'agency-admin'], {
    method: 'get',
    path: '/v1/recruitment/rounds/{roundId}/ranking',
    operationId: 'getRanking',
    summary:
      'The ranking as last computed, each factor shown; `stale` when scores were imported after it. An agency admin sees their own agency’s formasi',
    tags,
    request: { params: roundParam, query: getRankingQuerySchema },
    responses: { 200: jsonContent(roundRankingSchema, 'The ranking') },
  }),
  hireApplicant: defineRoute(['tenant-admin', 'agency-admin'], {
    method: 'post',
    path: '/v1/recruitment/applications/{applicationId}/hire',
    operationId: 'hireApplicant',
    summary:
      'Create the employee (CPNS or PPPK) in personnel with the formasi’s position and unit and the applicant’s data, once BKN’s NIP or NI PPPK is entered; the employee and the application are linked both ways. Only an applicant the latest FINAL announcement lists within the openings (409 otherwise). An agency admin for their own agency’s formasi',
    tags,
    request: { params: idParam('applicationId'), ...jsonBody(hireApplicantSchema) },
    responses: { 201: jsonContent(hireResultSchema, 'The employee made') },
  }),
};

export function rankingRoutes(app: RouteApp): void {
  app.openapi(routes.computeRanking, async (c) =>
    c.json(
      await service.computeRanking(ctxOf(c), c.var.claims, c.var.actor, c.req.valid('param').roundId),
      200,
    ),
  );
  app.openapi(routes.getRanking, async (c) =>
    c.json(
      await service.getRanking(ctxOf(c), c.var.claims, c.req.valid('param').roundId, c.req.valid('query')),
      200,
    ),
  );
  app.openapi(routes.hireApplicant, async (c) =>
    c.json(
      await service.hireApplicant(
        ctxOf(c),
        c.var.claims,
        c.var.actor,
        c.req.valid('param').applicationId,
        c.req.valid('json'),
      ),
      201,
    ),
  );
}
