import { STAFF_ROLES } from '../access/roles';
import { conflict, forbidden } from '../errors';
import type { Claims } from '../roles';
import type { FeedbackSubject } from './feedback';

/**
 * Who may do what in performance management. Authority over an SKP comes from the org structure,
 * not from the role: the appraiser (pejabat penilai kinerja) is the employee's direct superior,
 * and the appraiser's own superior (atasan pejabat penilai) is recorded with the SKP. The role
 * only decides whether the caller is tenant staff at all (applicants and the platform admin never
 * are) and what an admin reaches:
 * - the employee reads and edits their own SKP, submits it, records realisation;
 * - the appraiser reads, approves or returns, records realisation, gives feedback, assesses;
 * - the appraiser's superior reads;
 * - a tenant admin reads everything; an agency admin reads their own agency; both may finalise an
 *   organisation's assessments in their scope (the BKD/BKPSDM runs the step the head signs);
 * - an organisation is rated by the head of the organisation above it (for a unit) or by a tenant
 *   admin recording the regional head's decision (for an agency, whose rater has no account), and
 *   never by its own head;
 * - a 360 summary is seen by the assessee, their appraiser and admins in scope (for a unit round:
 *   the unit's head and admins); a rater as such sees nothing, and nobody reads single answers.
 */
export type PerformanceActor = Pick<Claims, 'role' | 'agencyId' | 'employeeId'>;

const isStaff = (a: PerformanceActor) => (STAFF_ROLES as readonly string[]).includes(a.role);

/** Admins reaching an agency: tenant admins all, an agency admin their own (and never without one). */
const adminReaches = (a: PerformanceActor, agencyId: string) =>
  a.role === 'tenant-admin' || (a.role === 'agency-admin' && !!a.agencyId && a.agencyId === agencyId);

const is = (a: PerformanceActor, employeeId: string | null | undefined) =>
  isStaff(a) && !!a.employeeId && !!employeeId && a.employeeId === employeeId;

/**
 * The appraiser and the appraiser's superior of an employee, from `superiorOf` (the direct
 * superior in the org structure, null at the top). 409 when the employee has no superior: the
 * SKP cannot be created until one is recorded. The appraiser's superior may be null (the appraiser
 * heads the tenant's top organisation, rated by the regional head, who has no account).
 */
export function appraisalChain(
  employeeId: string,
  superiorOf: (employeeId: string) => string | null,
): { appraiserId: string; appraiserSuperiorId: string | null } {
  const appraiserId = superiorOf(employeeId);
  if (!appraiserId || appraiserId === employeeId)
    throw conflict('The employee has no direct superior recorded, so the SKP has no appraiser.');
  const up = superiorOf(appraiserId);
  return { appraiserId, appraiserSuperiorId: up && up !== appraiserId && up !== employeeId ? up : null };
}

export interface SkpAccessRef {
  employeeId: string;
  agencyId: string;
  appraiserId: string;
  appraiserSuperiorId: string | null;
}

export const canReadSkp = (a: PerformanceActor, skp: SkpAccessRef) =>
  isStaff(a) &&
  (is(a, skp.employeeId) ||
    is(a, skp.appraiserId) ||
    is(a, skp.appraiserSuperiorId) ||
    adminReaches(a, skp.agencyId));

/** Edit and submit: the owner only (the lifecycle decides when). */
export const canEditSkp = (a: PerformanceActor, skp: SkpAccessRef) => is(a, skp.employeeId);

/**
 * The appraiser of an agency head (kepala perangkat daerah) is the regional head (gubernur,
 * bupati or wali kota), who has no account: the SKP names them with this reserved id, and a tenant
 * admin (the BKD) records their approval and assessment, as it records the agency's rating.
 */
export const REGIONAL_HEAD_ID = '00000000000000000000000000';

const REGIONAL_HEAD_TITLES = { provinsi: 'Gubernur', kabupaten: 'Bupati', kota: 'Wali Kota' } as const;

/** The regional head as an SKP's appraiser: "Gubernur Lampung", "Wali Kota Bandar Lampung". */
export function regionalHeadOf(tenant: { name: string; level: keyof typeof REGIONAL_HEAD_TITLES }) {
  const region =
    tenant.name.replace(/^(Pemerintah\s+)?((Provinsi|Kabupaten|Kota)\s+)?/i, '').trim() || tenant.name;
  return { id: REGIONAL_HEAD_ID, name: `${REGIONAL_HEAD_TITLES[tenant.level]} ${region}` };
}

/**
 * Approve, return and assess: the appraiser, who is never the owner; for an agency head, whose
 * appraiser is the regional head, a tenant admin on their behalf.
 */
export const canApproveSkp = (a: PerformanceActor, skp: SkpAccessRef) =>
  skp.appraiserId === REGIONAL_HEAD_ID
    ? a.role === 'tenant-admin' && !is(a, skp.employeeId)
    : is(a, skp.appraiserId) && skp.appraiserId !== skp.employeeId;
export const canAssessSkp = canApproveSkp;

export const canRecordRealisation = (a: PerformanceActor, skp: SkpAccessRef) =>
  is(a, skp.employeeId) || canApproveSkp(a, skp);

/** Continuous feedback notes (umpan balik berkelanjutan) come from the appraiser. */
export const canAddSkpFeedback = canApproveSkp;

/** Cascading sends items of one's own approved SKP. */
export const canCascadeFrom = (a: PerformanceActor, superiorSkp: Pick<SkpAccessRef, 'employeeId'>) =>
  is(a, superiorSkp.employeeId);

export interface OrgAccessRef {
  kind: 'agency' | 'unit';
  agencyId: string;
  headEmployeeId: string | null;
  /** For a unit: the head of the organisation above it. */
  parentHeadEmployeeId: string | null;
}

export function canRateOrganisation(a: PerformanceActor, org: OrgAccessRef): boolean {
  if (!isStaff(a) || is(a, org.headEmployeeId)) return false;
  if (a.role === 'tenant-admin') return true;
  return org.kind === 'unit' && is(a, org.parentHeadEmployeeId);
}

export const canFinaliseAssessments = (a: PerformanceActor, org: OrgAccessRef) =>
  isStaff(a) && (is(a, org.headEmployeeId) || adminReaches(a, org.agencyId));

export interface FeedbackRoundAccessRef {
  subject: FeedbackSubject;
  agencyId: string;
  /** Employee round: the assessee's appraiser. */
  assesseeAppraiserId: string | null;
  /** Unit round: the unit's head. */
  unitHeadId: string | null;
  raterIds: readonly string[];
}

/** Opening a round: admins in scope, or the assessee's appraiser (the unit's head for a unit round). */
export const canOpenFeedbackRound = (a: PerformanceActor, r: Omit<FeedbackRoundAccessRef, 'raterIds'>) =>
  isStaff(a) &&
  (adminReaches(a, r.agencyId) ||
    (r.subject.kind === 'employee' ? is(a, r.assesseeAppraiserId) : is(a, r.unitHeadId)));

export const canAnswerFeedback = (a: PerformanceActor, r: FeedbackRoundAccessRef) =>
  isStaff(a) && !!a.employeeId && r.raterIds.includes(a.employeeId);

/** The aggregate only; being a rater gives no view of it. */
export const canSeeFeedbackSummary = (a: PerformanceActor, r: FeedbackRoundAccessRef) =>
  isStaff(a) &&
  (adminReaches(a, r.agencyId) ||
    (r.subject.kind === 'employee'
      ? is(a, r.subject.id) || is(a, r.assesseeAppraiserId)
      : is(a, r.unitHeadId)));

/** Nobody, whatever their role, reads a single 360 answer: there is no route for it. */
export const canReadSingleFeedbackAnswer = (_a: PerformanceActor): false => false;

/**
 * The follow-up register: admins in scope; an employee sees their own rows, and an appraiser the
 * rows of those whose annual assessment they made (they coach them).
 */
export const canSeeFollowUps = (
  a: PerformanceActor,
  row: { agencyId: string; employeeId: string; appraiserId?: string | null },
) => isStaff(a) && (adminReaches(a, row.agencyId) || is(a, row.employeeId) || is(a, row.appraiserId));

/** The tenant's performance settings (matrix, distribution, minimum raters, mappings). */
export const canManagePerformanceSettings = (a: PerformanceActor) => a.role === 'tenant-admin';

/** Any of the checks above, refusing with 403. */
export function assertPerformance(allowed: boolean, detail?: string): void {
  if (!allowed) throw forbidden(detail);
}
