/**
 * The staff calls of e-recruitment (issue 12, first slice): rounds and their formasi, one function
 * per operationId. Built on ../../api/client; the types are read from the generated schema.
 */
import { api, type BodyOf, call, type ItemOf, type QueryOf, type ResponseOf } from '../../api/client';

export type RecruitmentRound = ItemOf<'listRecruitmentRounds'>;
export type RecruitmentRoundDetail = ResponseOf<'getRecruitmentRound'>;
export type RecruitmentFormation = RecruitmentRoundDetail['formations'][number];
export type CreateRoundInput = BodyOf<'createRecruitmentRound'>;
export type UpdateRoundInput = BodyOf<'updateRecruitmentRound'>;
export type AddFormationInput = BodyOf<'addFormation'>;
export type UpdateFormationInput = BodyOf<'updateFormation'>;
export type ListRoundsQuery = QueryOf<'listRecruitmentRounds'>;

const roundPath = (roundId: string) => ({ params: { path: { roundId } } });

/** A new draft round (tenant admin). */
export const createRecruitmentRound = (body: CreateRoundInput) =>
  call(api.POST('/v1/recruitment/rounds', { body }));

/** A change to a round, with the version read (tenant admin); 409 names what publication fixed. */
export const updateRecruitmentRound = (roundId: string, body: UpdateRoundInput) =>
  call(api.PATCH('/v1/recruitment/rounds/{roundId}', { ...roundPath(roundId), body }));

/** Publishes a round (once; at least one formasi; before registration closes). */
export const publishRecruitmentRound = (roundId: string, version: number) =>
  call(api.POST('/v1/recruitment/rounds/{roundId}/publish', { ...roundPath(roundId), body: { version } }));

/** One page of the tenant's rounds. */
export const listRecruitmentRounds = (q: ListRoundsQuery = {}) =>
  call(api.GET('/v1/recruitment/rounds', { params: { query: q } }));

/** A round with its formasi (an agency admin gets its own agency's only). */
export const getRecruitmentRound = (roundId: string) =>
  call(api.GET('/v1/recruitment/rounds/{roundId}', roundPath(roundId)));

/** A formasi added to a round (tenant admin; an agency admin for its own agency). */
export const addFormation = (roundId: string, body: AddFormationInput) =>
  call(api.POST('/v1/recruitment/rounds/{roundId}/formations', { ...roundPath(roundId), body }));

/** A change to a formasi, with its version. */
export const updateFormation = (roundId: string, formationId: string, body: UpdateFormationInput) =>
  call(
    api.PATCH('/v1/recruitment/rounds/{roundId}/formations/{formationId}', {
      params: { path: { roundId, formationId } },
      body,
    }),
  );
