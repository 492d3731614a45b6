import { type AgencyScope, inScope } from '../access/scope';
import { forbidden } from '../errors';
import type { Claims } from '../roles';

/**
 * Who may do what in e-recruitment (issue 12 §1, §3, §4). One meaning per role:
 * - tenant admin (BKD/BKPSDM): everything in the tenant, including the round-wide acts: creating,
 *   changing and publishing rounds, publishing announcements and importing exam scores (the import
 *   is keyed by registration number across every formasi of the round);
 * - agency admin: "an agency admin for their own agency's formasi" (issue 12 §4) — adding and
 *   changing formasi, reading and screening their applications, deciding their objections,
 *   computing their ranking and hiring from them. Never round-wide acts;
 * - applicant: their own profile, applications and objections in their own tenant, nothing else;
 * - supervisor, employee, platform admin: no recruitment data at all (the platform admin runs the
 *   platform, not a tenant's selection).
 * Every function takes Claims-like input and throws 403 or answers a boolean; no I/O.
 */

type Caller = Pick<Claims, 'role' | 'agencyId'>;

/** createRecruitmentRound, updateRecruitmentRound, publishing the round, publishAnnouncement, importExamScores. */
export function assertCanRunRounds(caller: Caller | undefined): void {
  if (caller?.role !== 'tenant-admin') throw forbidden('Only a tenant admin runs recruitment rounds.');
}

/**
 * Where a caller works on formasi and their applications (addFormation, updateFormation,
 * listApplications, getApplication, verifyApplication, decideObjection, computeRanking,
 * hireApplicant): the tenant for a tenant admin, their own agency for an agency admin with one.
 */
export function recruitmentScope(caller: Caller | undefined): AgencyScope {
  if (caller?.role === 'tenant-admin') return { agencyId: null };
  if (caller?.role === 'agency-admin' && caller.agencyId) return { agencyId: caller.agencyId };
  throw forbidden(
    'Only a tenant admin, or an agency admin for their own agency, works on formasi and applications.',
  );
}

/** The formasi belongs to an agency (through its unit); an agency admin reaches their own only. */
export function assertCanManageFormation(caller: Caller | undefined, formation: { agencyId: string }): void {
  if (!inScope(recruitmentScope(caller), formation.agencyId))
    throw forbidden("An agency admin works on their own agency's formasi only.");
}

export const canManageFormation = (caller: Caller | undefined, formation: { agencyId: string }): boolean => {
  try {
    assertCanManageFormation(caller, formation);
    return true;
  } catch {
    return false;
  }
};

/** An applicant's token: `applicantId` when the adapter sets it, else the subject is the applicant id. */
export type ApplicantCaller = Pick<Claims, 'role' | 'sub' | 'tenantId'> & { applicantId?: string };

const applicantIdOf = (caller: ApplicantCaller): string => caller.applicantId ?? caller.sub;

/** Whether a caller is the applicant who owns this data (same tenant, same applicant). */
export function isOwnApplicantData(
  caller: ApplicantCaller | undefined,
  owner: { tenantId: string; applicantId: string },
): boolean {
  return (
    caller?.role === 'applicant' &&
    caller.tenantId === owner.tenantId &&
    applicantIdOf(caller) === owner.applicantId
  );
}

/**
 * An applicant reaches their own data only (issue 12 §1). Answer 404 rather than 403 in the route
 * if the record's existence must not leak; this throws 403.
 */
export function assertOwnApplicantData(
  caller: ApplicantCaller | undefined,
  owner: { tenantId: string; applicantId: string },
): void {
  if (!isOwnApplicantData(caller, owner)) throw forbidden('An applicant reaches their own data only.');
}

/**
 * How a NIK is shown (ASN-RULES §8, issue 12 §4): always masked in lists; in full on an opened
 * record to the applicant themself and to staff who may work on the formasi; masked otherwise.
 */
export function nikView(
  caller: (Caller & Partial<ApplicantCaller>) | undefined,
  view: 'list' | 'record',
  record: { tenantId: string; applicantId: string; agencyId: string },
): 'full' | 'masked' {
  if (view === 'list') return 'masked';
  if (caller?.role === 'applicant')
    return isOwnApplicantData(caller as ApplicantCaller, record) ? 'full' : 'masked';
  return canManageFormation(caller, record) ? 'full' : 'masked';
}

/**
 * Whether opening a full record or a document writes an access-log entry (who, when, what; issue 12
 * §4, UU 27/2022): every opening by staff. An applicant opening their own data is not logged.
 */
export function accessIsLogged(caller: Pick<Claims, 'role'>): boolean {
  return caller.role !== 'applicant';
}
