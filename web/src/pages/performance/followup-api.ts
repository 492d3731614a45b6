/**
 * Calls of the follow-up register API (issue 14 §4), one function per operationId: the register,
 * coaching plans and their check-ins, discipline referrals and their outcome, and the SKP report.
 * Built on ../../api/client (token, problem+json, 401 handling); every type is read from the
 * generated schema.
 */
import {
  accepting,
  answer,
  api,
  attachmentName,
  type BodyOf,
  call,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
  XLSX_TYPE,
} from '../../api/client';

export type FollowUpPage = ResponseOf<'listPerformanceFollowUps'>;
export type FollowUpRow = ItemOf<'listPerformanceFollowUps'>;
export type FollowUpKind = FollowUpRow['kind'];
export type FollowUpStatus = FollowUpRow['status'];
export type FollowUpReason = FollowUpRow['reasons'][number];
export type CoachingPlan = ResponseOf<'createCoachingPlan'>;
export type CoachingCheckIn = CoachingPlan['checkIns'][number];
export type DisciplineReferral = ResponseOf<'recordDisciplineReferral'>;
export type CreateCoachingPlanBody = BodyOf<'createCoachingPlan'>;
export type RecordCheckInBody = BodyOf<'recordCoachingCheckIn'>;
export type RecordReferralBody = BodyOf<'recordDisciplineReferral'>;
export type RecordOutcomeBody = BodyOf<'recordReferralOutcome'>;
export type ReferralOutcome = RecordOutcomeBody['outcome'];
export type ListFollowUpsQuery = QueryOf<'listPerformanceFollowUps'>;

/** One page of the register: an admin's agency, or the caller's own rows (no `agencyId`). */
export const listPerformanceFollowUps = (q: ListFollowUpsQuery) =>
  call(api.GET('/v1/performance/follow-ups', { params: { query: q } }));

/** The register's page size: the API's most (each page is the whole register computed again). */
export const REGISTER_PAGE = 50;
/** Pages read in one go before the page offers to read on (1,000 rows). */
export const REGISTER_PAGES_AT_ONCE = 20;

export interface RegisterRead {
  items: FollowUpRow[];
  /** Where the register goes on, when it was not read to its end. */
  nextCursor: string | null;
  period: FollowUpPage['period'];
  talentPoolYears: number;
  persistYears: number;
}

/**
 * The register of a year read page after page from `cursor` (the start by default), at most
 * `maxPages` pages: the page counts what each category holds, so it reads the whole register.
 */
export async function readRegister(
  q: Pick<ListFollowUpsQuery, 'agencyId' | 'year'>,
  cursor?: string,
  maxPages = REGISTER_PAGES_AT_ONCE,
): Promise<RegisterRead> {
  const items: FollowUpRow[] = [];
  let next: string | undefined = cursor;
  let last: FollowUpPage | null = null;
  for (let i = 0; i < maxPages; i++) {
    last = await listPerformanceFollowUps({ ...q, cursor: next, limit: REGISTER_PAGE });
    items.push(...last.items);
    next = last.nextCursor ?? undefined;
    if (!next) break;
  }
  const page = last!;
  return {
    items,
    nextCursor: next ?? null,
    period: page.period,
    talentPoolYears: page.talentPoolYears,
    persistYears: page.persistYears,
  };
}

/** A coaching plan for an employee whose annual predikat leads to coaching (appraiser or admin). */
export const createCoachingPlan = (body: CreateCoachingPlanBody) =>
  call(api.POST('/v1/performance/coaching-plans', { body }));

/** A check-in held on a coaching plan: completes the planned one of that date, or is added. */
export const recordCoachingCheckIn = (employeeId: string, year: number, body: RecordCheckInBody) =>
  call(
    api.POST('/v1/performance/coaching-plans/{employeeId}/{year}/check-ins', {
      params: { path: { employeeId, year } },
      body,
    }),
  );

/** Records that an employee was referred to the discipline process (admins). */
export const recordDisciplineReferral = (body: RecordReferralBody) =>
  call(api.POST('/v1/performance/referrals', { body }));

/** Records (or corrects, at its version) what the discipline process decided (admins). */
export const recordReferralOutcome = (employeeId: string, year: number, body: RecordOutcomeBody) =>
  call(
    api.POST('/v1/performance/referrals/{employeeId}/{year}/outcome', {
      params: { path: { employeeId, year } },
      body,
    }),
  );

/** An agency's SKPs of a year as the XLSX for e-Kinerja (admins), and whether it was cut short. */
export async function exportSkpReport(
  q: QueryOf<'exportSkpReport'>,
): Promise<{ blob: Blob; filename: string | null; truncated: boolean }> {
  const { data, response } = await answer(
    api.GET('/v1/performance/reports/skp.xlsx', {
      params: { query: q },
      parseAs: 'blob',
      headers: accepting(XLSX_TYPE),
    }),
  );
  return {
    blob: data as Blob,
    filename: attachmentName(response),
    truncated: response.headers.get('x-export-truncated') === 'true',
  };
}
