/**
 * Calls of the assessment and organisation-rating API (issue 14 §2), one function per operationId,
 * plus the few SKP reads the assessment screen needs (the team's SKPs, one SKP with `can.assess`)
 * and the tenant's settings (the matrix, the cadence). Built on ../../api/client (token,
 * problem+json, 401 handling); every type is read from the generated schema.
 */
import { api, type BodyOf, call, type ItemOf, type QueryOf, type ResponseOf } from '../../api/client';
import type { Period } from './assessment-model';

export type PerformanceSettings = ResponseOf<'getPerformanceSettings'>;
export type SkpSummary = ItemOf<'listSkps'>;
export type SkpDetail = ResponseOf<'getSkp'>;
export type Assessment = ItemOf<'listSkpAssessments'>;
export type AssessSkpBody = BodyOf<'assessSkp'>;
export type AssessmentDistribution = ResponseOf<'getAssessmentDistribution'>;
export type DistributionLimit = AssessmentDistribution['limits'][number];
export type AssessmentFinalisation = ResponseOf<'finaliseSkpAssessments'>;
export type OrganisationRating = ItemOf<'listOrganisationRatings'>;
export type RateOrganisationBody = BodyOf<'rateOrganisation'>;

/** An organisation as the API's queries name it: a unit (with its agency) or an agency. */
export type OrgQuery = { unitId: string; agencyId?: string } | { agencyId: string; unitId?: undefined };

const periodQuery = (p: Period) => `${p.start}/${p.end}`;

/** The tenant's performance settings (every tenant role reads them). */
export const getPerformanceSettings = () => call(api.GET('/v1/performance/settings'));

/** A page of SKPs of a year: one's own (`mine`), those one appraises (`team`). */
export const listSkps = (q: QueryOf<'listSkps'>) =>
  call(api.GET('/v1/performance/skps', { params: { query: q } }));

/** Every SKP the caller appraises in a year (a few pages at most). */
export async function listTeamSkps(year?: number): Promise<SkpSummary[]> {
  const out: SkpSummary[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await listSkps({ scope: 'team', year, cursor, limit: 100 });
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/** One SKP, with what the caller may do with it (`can.assess`). */
export const getSkp = (skpId: string) =>
  call(api.GET('/v1/performance/skps/{skpId}', { params: { path: { skpId } } }));

/** Assesses an approved SKP for a period; `version` replaces the assessment read. */
export const assessSkp = (body: AssessSkpBody) => call(api.POST('/v1/performance/assessments', { body }));

/** A page of an organisation's assessments of a period (an appraiser sees those they made). */
export const listSkpAssessments = (org: OrgQuery, period: Period, cursor?: string) =>
  call(
    api.GET('/v1/performance/assessments', {
      params: { query: { ...org, period: periodQuery(period), cursor, limit: 100 } },
    }),
  );

/** Every assessment of an organisation and period the caller may see (a few pages at most). */
export async function listAllAssessments(org: OrgQuery, period: Period): Promise<Assessment[]> {
  const out: Assessment[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await listSkpAssessments(org, period, cursor);
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/** An organisation's predikats of a period against the caps of its rating. */
export const getAssessmentDistribution = (org: OrgQuery, period: Period) =>
  call(
    api.GET('/v1/performance/assessments/distribution', {
      params: { query: { ...org, period: periodQuery(period) } },
    }),
  );

/** Finalises an organisation's assessments of a period; 409 naming each broken cap. */
export function finaliseSkpAssessments(org: OrgQuery, p: Period) {
  // Exactly one organisation, and the period's two months only (the body is checked strictly).
  const period = { start: p.start, end: p.end };
  return call(
    api.POST('/v1/performance/assessments/finalise', {
      body: org.unitId ? { unitId: org.unitId, period } : { agencyId: org.agencyId, period },
    }),
  );
}

/** Rates a unit or an agency for a period (who may is the API's: the head above, a tenant admin). */
export const rateOrganisation = (body: RateOrganisationBody) =>
  call(api.POST('/v1/performance/org-ratings', { body }));

/** A page of the ratings of a period: a tenant admin's all (or one agency's), other staff their agency's. */
export const listOrganisationRatings = (period: Period, agencyId?: string, cursor?: string) =>
  call(
    api.GET('/v1/performance/org-ratings', {
      params: { query: { period: periodQuery(period), agencyId, cursor, limit: 100 } },
    }),
  );
