import {
  feedbackFormSchema,
  feedbackReceiptSchema,
  feedbackRoundSchema,
  feedbackSummarySchema,
  listFeedbackFormsQuerySchema,
  listFeedbackRoundsQuerySchema,
  openFeedbackRoundSchema,
  pageOf,
  STAFF_ROLES,
  submitFeedbackSchema,
} from '@pamong/core';
import * as repo from '@pamong/db/repos/performance/feedback';
import { defineRoute, idParam, jsonBody, jsonContent, type RouteApp } from '@pamong/http';

/**
 * Anonymous 360 feedback (issue 14 §3). Who may do what is the performance policy's
 * (canOpenFeedbackRound, canAnswerFeedback, canSeeFeedbackSummary), applied in the repository;
 * no route returns a rater next to an answer, and no route reads a single answer.
 */
const tags = ['performance'];
const roundParam = idParam('roundId');

const routes = {
  openFeedbackRound: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/feedback-rounds',
    operationId: 'openFeedbackRound',
    summary:
      "Open a 360 round for an employee or a unit: the raters (superior, peers, subordinates, self) checked against the org structure, each asked the seven BerAKHLAK values (1-5) and a comment. The assessee's appraiser, the unit's head, or an admin of the agency; at most 98 raters",
    tags,
    request: jsonBody(openFeedbackRoundSchema),
    responses: { 201: jsonContent(feedbackRoundSchema, 'The round, with its raters counted per group') },
  }),
  listFeedbackRounds: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/feedback-rounds',
    operationId: 'listFeedbackRounds',
    summary:
      "360 rounds of an agency, newest first: an admin's in scope, or (other staff) the rounds whose summary the caller may see. Counts per group only, never the raters",
    tags,
    request: { query: listFeedbackRoundsQuerySchema },
    responses: { 200: jsonContent(pageOf(feedbackRoundSchema), 'A page of rounds') },
  }),
  getFeedbackRound: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/feedback-rounds/{roundId}',
    operationId: 'getFeedbackRound',
    summary:
      'One 360 round: subject, period, closing day, raters asked and answers received per group (never who). For the assessee, their appraiser (a unit: its head) and admins in scope',
    tags,
    request: { params: roundParam },
    responses: { 200: jsonContent(feedbackRoundSchema, 'The round') },
  }),
  listMyFeedbackForms: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/feedback-forms',
    operationId: 'listMyFeedbackForms',
    summary: 'The 360 rounds the caller is asked to rate, newest first, and whether they have answered',
    tags,
    request: { query: listFeedbackFormsQuerySchema },
    responses: { 200: jsonContent(pageOf(feedbackFormSchema), "A page of the caller's forms") },
  }),
  submitFeedback: defineRoute(STAFF_ROLES, {
    method: 'post',
    path: '/v1/performance/feedback-rounds/{roundId}/answers',
    operationId: 'submitFeedback',
    summary:
      'Answer a 360 round, once, as one of its raters. The answer is stored apart from the rater (no rater id, no time, a random key) and is read only through the summary; nothing comes back that could identify it',
    tags,
    request: { params: roundParam, ...jsonBody(submitFeedbackSchema) },
    responses: { 201: jsonContent(feedbackReceiptSchema, 'Received') },
  }),
  getFeedbackSummary: defineRoute(STAFF_ROLES, {
    method: 'get',
    path: '/v1/performance/feedback-rounds/{roundId}/summary',
    operationId: 'getFeedbackSummary',
    summary:
      'A 360 round\'s averages per BerAKHLAK value and rater group; a group with fewer answers than the tenant\'s minimum (default 3) says "not enough raters"; comments of shown groups in random order',
    tags,
    request: { params: roundParam },
    responses: { 200: jsonContent(feedbackSummarySchema, 'The summary') },
  }),
};

export function feedbackRoutes(app: RouteApp): void {
  app.openapi(routes.openFeedbackRound, async (c) =>
    c.json(
      await repo.openFeedbackRound(
        c.var.store,
        c.var.claims,
        c.var.actor,
        c.req.valid('json'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.listFeedbackRounds, async (c) =>
    c.json(
      await repo.listFeedbackRounds(
        c.var.store,
        c.var.claims,
        c.req.valid('query'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.getFeedbackRound, async (c) =>
    c.json(
      await repo.getFeedbackRound(
        c.var.store,
        c.var.claims,
        c.req.valid('param').roundId,
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.listMyFeedbackForms, async (c) =>
    c.json(
      await repo.listMyFeedbackForms(
        c.var.store,
        c.var.claims,
        c.req.valid('query'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
  app.openapi(routes.submitFeedback, async (c) =>
    c.json(
      await repo.submitFeedback(
        c.var.store,
        c.var.claims,
        c.req.valid('param').roundId,
        c.req.valid('json'),
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      201,
    ),
  );
  app.openapi(routes.getFeedbackSummary, async (c) =>
    c.json(
      await repo.getFeedbackSummary(
        c.var.store,
        c.var.claims,
        c.req.valid('param').roundId,
        c.var.tenant.timeZone,
        c.var.deps.now(),
      ),
      200,
    ),
  );
}
