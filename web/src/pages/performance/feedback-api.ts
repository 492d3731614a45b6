/**
 * Calls of the anonymous 360 API (issue 14 §3), one function per operationId. No call here returns,
 * or could be joined into, anything that links an answer to its rater: a round has counts per
 * group, a form is the caller's own, an answer comes back as `{ received: true }`, and the summary
 * holds averages of groups that reach the tenant's minimum.
 */
import { api, type BodyOf, call, type ItemOf, type ResponseOf } from '../../api/client';

export type FeedbackRound = ResponseOf<'getFeedbackRound'>;
export type FeedbackRoundGroup = FeedbackRound['groups'][number];
export type RaterRelation = FeedbackRoundGroup['relation'];
export type FeedbackForm = ItemOf<'listMyFeedbackForms'>;
export type OpenFeedbackRoundBody = BodyOf<'openFeedbackRound'>;
export type SubmitFeedbackBody = BodyOf<'submitFeedback'>;
export type FeedbackScores = SubmitFeedbackBody['scores'];
export type FeedbackSummary = ResponseOf<'getFeedbackSummary'>;
export type FeedbackGroupSummary = FeedbackSummary['groups'][number];

const roundPath = (roundId: string) => ({ params: { path: { roundId } } });

/** Opens a round: the assessee's appraiser (a unit: its head) or an admin of the agency. */
export const openFeedbackRound = (body: OpenFeedbackRoundBody) =>
  call(api.POST('/v1/performance/feedback-rounds', { body }));

/** A page of rounds, newest first (a tenant admin names the agency). */
export const listFeedbackRounds = (q: { agencyId?: string; cursor?: string; limit?: number }) =>
  call(api.GET('/v1/performance/feedback-rounds', { params: { query: q } }));

export const getFeedbackRound = (roundId: string) =>
  call(api.GET('/v1/performance/feedback-rounds/{roundId}', roundPath(roundId)));

/** The rounds the caller is asked to rate, newest first, and whether they have answered. */
export const listMyFeedbackForms = (cursor?: string, limit = 50) =>
  call(api.GET('/v1/performance/feedback-forms', { params: { query: { cursor, limit } } }));

/** Answers a round once: 201 `{ received: true }`, nothing that could identify the answer. */
export const submitFeedback = (roundId: string, body: SubmitFeedbackBody) =>
  call(api.POST('/v1/performance/feedback-rounds/{roundId}/answers', { ...roundPath(roundId), body }));

/** Averages per value and group; groups below the minimum say "not enough raters". */
export const getFeedbackSummary = (roundId: string) =>
  call(api.GET('/v1/performance/feedback-rounds/{roundId}/summary', roundPath(roundId)));
