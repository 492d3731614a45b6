/**
 * The staff calls of e-recruitment (issue 12, first slice): rounds and their formasi, one function
 * per operationId. Built on ../../api/client; the types are read from the generated schema.
 */
import {
  accepting,
  api,
  type BodyOf,
  call,
  download,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
} from '../../api/client';

export type RecruitmentRound = ItemOf<'listRecruitmentRounds'>;
export type RecruitmentRoundDetail = ResponseOf<'getRecruitmentRound'>;
export type RecruitmentFormation = RecruitmentRoundDetail['formations'][number];
export type CreateRoundInput = BodyOf<'createRecruitmentRound'>;
export type UpdateRoundInput = BodyOf<'updateRecruitmentRound'>;
export type AddFormationInput = BodyOf<'addFormation'>;
export type UpdateFormationInput = BodyOf<'updateFormation'>;
export type ListRoundsQuery = QueryOf<'listRecruitmentRounds'>;
export type StaffApplicationSummary = ItemOf<'listApplications'>;
export type StaffApplication = ResponseOf<'getApplication'>;
export type ApplicationDocument = StaffApplication['documents'][number];
export type ListApplicationsQuery = QueryOf<'listApplications'>;
export type VerifyApplicationInput = BodyOf<'verifyApplication'>;

export type RecruitmentSettings = ResponseOf<'getRecruitmentSettings'>;
export type UpdateRecruitmentSettingsInput = BodyOf<'updateRecruitmentSettings'>;

const roundPath = (roundId: string) => ({ params: { path: { roundId } } });

/** The tenant's recruitment settings (the defaults, version 0, until saved). */
export const getRecruitmentSettings = () => call(api.GET('/v1/recruitment/settings'));

/** Saves the settings with the version read (tenant admin); a stale version is 409. */
export const updateRecruitmentSettings = (body: UpdateRecruitmentSettingsInput) =>
  call(api.PUT('/v1/recruitment/settings', { body }));

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

// ---- applications (screening) ----

const applicationPath = (applicationId: string) => ({ params: { path: { applicationId } } });

/** One page of a round's submitted applications (an agency admin: its own agency's formasi). */
export const listApplications = (roundId: string, q: ListApplicationsQuery = {}) =>
  call(api.GET('/v1/recruitment/rounds/{roundId}/applications', { params: { path: { roundId }, query: q } }));

/** The full record with the applicant's data as submitted; the server logs the access. */
export const getApplication = (applicationId: string) =>
  call(api.GET('/v1/recruitment/applications/{applicationId}', applicationPath(applicationId)));

/** An accepted document's bytes, fetched with the session's token; the server logs the access. */
export const openApplicationDocument = (applicationId: string, documentId: string, contentType: string) =>
  download(
    api.GET('/v1/recruitment/applications/{applicationId}/documents/{documentId}', {
      params: { path: { applicationId, documentId } },
      parseAs: 'blob',
      headers: accepting(contentType),
    }),
  );

/** MS, or TMS with reasons; may be changed until the ADMINISTRATION announcement. */
export const verifyApplication = (applicationId: string, body: VerifyApplicationInput) =>
  call(
    api.POST('/v1/recruitment/applications/{applicationId}/verification', {
      ...applicationPath(applicationId),
      body,
    }),
  );

// ---- announcements and objections ----

export type PublishAnnouncementInput = BodyOf<'publishAnnouncement'>;
export type AnnouncementSummary = ResponseOf<'publishAnnouncement'>;
export type DecideObjectionInput = BodyOf<'decideObjection'>;

/** The next version of a stage's announcement (tenant admin); 409 names what is not ready. */
export const publishAnnouncement = (body: PublishAnnouncementInput) =>
  call(api.POST('/v1/recruitment/announcements', { body }));

/**
 * A round's announcement versions, oldest first, through the public route with the tenant's slug
 * (the same list the careers page shows; a draft round answers 404).
 */
export const listRoundAnnouncements = (tenant: string, roundId: string) =>
  call(
    api.GET('/v1/public/{tenant}/recruitment/rounds/{roundId}/announcements', {
      params: { path: { tenant, roundId } },
      // Not the browser's minute-old copy: the version just published must show.
      cache: 'no-cache',
    }),
  );

/** Accepts (TMS → MS) or rejects an applicant's objection, with a note. */
export const decideObjection = (applicationId: string, body: DecideObjectionInput) =>
  call(
    api.POST('/v1/recruitment/applications/{applicationId}/objection-decision', {
      ...applicationPath(applicationId),
      body,
    }),
  );

// ---- exam scores, the ranking and hiring (issue 12 §5, last part) ----

export type RoundRanking = ResponseOf<'getRanking'>;
export type FormationRanking = RoundRanking['formations'][number];
export type RankingEntry = FormationRanking['entries'][number];
export type HireInput = BodyOf<'hireApplicant'>;
export type HireResult = ResponseOf<'hireApplicant'>;

/** Ranks every formasi from the MS applications and the imported scores (tenant admin). */
export const computeRanking = (roundId: string) =>
  call(api.POST('/v1/recruitment/rounds/{roundId}/ranking', roundPath(roundId)));

/** The ranking as last computed (an agency admin: its own agency's formasi). */
export const getRanking = (roundId: string, formationId?: string) =>
  call(
    api.GET('/v1/recruitment/rounds/{roundId}/ranking', {
      params: { path: { roundId }, query: formationId ? { formationId } : {} },
    }),
  );

/** Makes the employee (CPNS or PPPK) in personnel from an applicant within the openings. */
export const hireApplicant = (applicationId: string, body: HireInput) =>
  call(
    api.POST('/v1/recruitment/applications/{applicationId}/hire', {
      ...applicationPath(applicationId),
      body,
    }),
  );

export type AnnouncementVersion = ResponseOf<'getPublicAnnouncement'>;
export type AnnouncementRow = AnnouncementVersion['results'][number];

/** One announcement version with its results, through the public route (the tenant's slug). */
export const getRoundAnnouncement = (tenant: string, announcementId: string) =>
  call(
    api.GET('/v1/public/{tenant}/recruitment/announcements/{announcementId}', {
      params: { path: { tenant, announcementId } },
    }),
  );
