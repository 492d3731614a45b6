import { STAFF_ROLES } from '../access/roles';
import {
  type AgencyOrg,
  agencyHeadOf,
  MANAGERIAL_POSITION_TYPES,
  type OrgLeader,
} from '../attendance/superior';
import type { FieldError } from '../errors';
import { PREDIKATS, type Predikat } from '../personnel/placement';
import type { OrgAccessRef, PerformanceActor } from './access';
import {
  ORG_PREDIKAT_LABELS,
  type OrgPredikat,
  RATING_LABELS,
  type Rating,
  type UnitHeadMapping,
  unitHeadHasilKerja,
} from './predikat';

/**
 * Assessment of SKPs against the organisation (issue 14 §2): who heads which organisation, who
 * rates it, whose hasil kerja follows its rating, and the per-organisation tally of predikats.
 *
 * Who heads an organisation, from the org structure as `directSuperiorOf` reads it:
 * - the agency is headed by its highest-ranked leader (`agencyHeadOf`, the Kepala Dinas);
 * - a unit is headed by its highest-ranked leader other than the agency head (name order breaks a
 *   tie, as in `directSuperiorOf`). The agency head sits in a root unit (the Sekretariat) only to
 *   have a place in the tree: they lead the agency, and the Sekretaris leads the Sekretariat. A
 *   unit with no leader of its own has no head.
 * - the organisation above a unit is the nearest unit up the tree that has a head, else the
 *   agency: its head rates the unit (`canRateOrganisation`).
 */

export type OrgKind = 'agency' | 'unit';
export interface OrgTarget {
  kind: OrgKind;
  /** The agency's or the unit's id. */
  id: string;
}

const rankOf = (l: OrgLeader) => {
  const i = MANAGERIAL_POSITION_TYPES.indexOf(l.positionType);
  return i < 0 ? MANAGERIAL_POSITION_TYPES.length : i;
};

/** The head of a unit (see above), or null when it has no leader besides the agency head. */
export function unitHeadOf(unitId: string, org: AgencyOrg): OrgLeader | null {
  const agencyHead = agencyHeadOf(org);
  return (
    org.leaders
      .filter((l) => l.unitId === unitId && l.employeeId !== agencyHead?.employeeId)
      .sort((a, b) => rankOf(a) - rankOf(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] ?? null
  );
}

/** The heads of the organisations above a unit, nearest first, ending with the agency head. */
export function headsAboveUnit(unitId: string, org: AgencyOrg): OrgLeader[] {
  const heads: OrgLeader[] = [];
  const seen = new Set<string>([unitId]);
  let up = org.parentOf.get(unitId) ?? null;
  while (up && !seen.has(up)) {
    seen.add(up);
    const head = unitHeadOf(up, org);
    if (head && !heads.some((h) => h.employeeId === head.employeeId)) heads.push(head);
    up = org.parentOf.get(up) ?? null;
  }
  const agencyHead = agencyHeadOf(org);
  if (agencyHead && !heads.some((h) => h.employeeId === agencyHead.employeeId)) heads.push(agencyHead);
  return heads;
}

/** The head of the organisation above a unit: the one who rates it. */
export const parentHeadOf = (unitId: string, org: AgencyOrg): OrgLeader | null =>
  headsAboveUnit(unitId, org)[0] ?? null;

/**
 * The organisation an employee heads, judged on the unit their SKP names: the agency when they are
 * its head, the unit when they are its head, else null (their hasil kerja is the appraiser's call).
 */
export function organisationHeadedBy(
  employee: { id: string; unitId: string; agencyId: string },
  org: AgencyOrg,
): OrgTarget | null {
  if (agencyHeadOf(org)?.employeeId === employee.id) return { kind: 'agency', id: employee.agencyId };
  if (unitHeadOf(employee.unitId, org)?.employeeId === employee.id)
    return { kind: 'unit', id: employee.unitId };
  return null;
}

/** What the access policy needs of an organisation (`canRateOrganisation`, `canFinaliseAssessments`). */
export function orgAccessRefOf(target: OrgTarget, agencyId: string, org: AgencyOrg): OrgAccessRef {
  if (target.kind === 'agency')
    return {
      kind: 'agency',
      agencyId,
      headEmployeeId: agencyHeadOf(org)?.employeeId ?? null,
      parentHeadEmployeeId: null,
    };
  return {
    kind: 'unit',
    agencyId,
    headEmployeeId: unitHeadOf(target.id, org)?.employeeId ?? null,
    parentHeadEmployeeId: parentHeadOf(target.id, org)?.employeeId ?? null,
  };
}

/**
 * A unit head's hasil kerja follows their organisation's rating (ASN-RULES §4). The appraiser
 * still states it, so the form cannot silently say something else: a different rating is a 400 at
 * `hasilKerja` naming the organisation's predikat and the rating it gives.
 */
export function unitHeadHasilKerjaIssues(
  given: Rating,
  orgPredikat: OrgPredikat,
  mapping: UnitHeadMapping,
  orgKind: OrgKind,
): FieldError[] {
  const expected = unitHeadHasilKerja(orgPredikat, mapping);
  if (given === expected) return [];
  return [
    {
      path: 'hasilKerja',
      message: `must be ${expected} (${RATING_LABELS[expected]}): the assessee heads the ${orgKind}, rated ${ORG_PREDIKAT_LABELS[orgPredikat]} for this period, and their hasil kerja follows that rating`,
    },
  ];
}

/**
 * The change an assessment makes to its organisations' tallies: one more of the new predikat, and
 * when it replaces an assessment, one less of the old one (nothing when the predikat is the same).
 * `total` moves only for a new assessment.
 */
export function tallyDelta(
  before: Predikat | null,
  after: Predikat,
): {
  counts: Partial<Record<Predikat, number>>;
  total: number;
} {
  if (before === after) return { counts: {}, total: 0 };
  return { counts: before ? { [after]: 1, [before]: -1 } : { [after]: 1 }, total: before ? 0 : 1 };
}

/** Every predikat's count from a tally item's attributes (absent or non-numeric: 0). */
export function countsFromTally(item: Record<string, unknown> | undefined): Record<Predikat, number> {
  return Object.fromEntries(
    PREDIKATS.map((p) => {
      const v = item?.[p];
      return [p, typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0];
    }),
  ) as Record<Predikat, number>;
}

const isStaff = (a: PerformanceActor) => (STAFF_ROLES as readonly string[]).includes(a.role);
const adminReaches = (a: PerformanceActor, agencyId: string) =>
  a.role === 'tenant-admin' || (a.role === 'agency-admin' && !!a.agencyId && a.agencyId === agencyId);

/**
 * Which of an organisation's assessments the caller may list: `all` for admins in scope and for
 * the heads of the organisation and of those above it; `appraiser` (only the ones they assess) for
 * other staff of the agency; null (403) for anyone else.
 */
export function assessmentListScope(
  a: PerformanceActor,
  org: { agencyId: string; headIds: readonly string[] },
): 'all' | 'appraiser' | null {
  if (!isStaff(a)) return null;
  if (adminReaches(a, org.agencyId)) return 'all';
  if (a.employeeId && org.headIds.includes(a.employeeId)) return 'all';
  if (a.employeeId && a.agencyId === org.agencyId) return 'appraiser';
  return null;
}

/**
 * Who sees an organisation's distribution (counts only, no names) and its ratings: admins in scope
 * and the agency's own staff, the appraisers among them watching the caps while they rate.
 */
export const canSeeOrgAssessmentSummary = (a: PerformanceActor, agencyId: string) =>
  isStaff(a) && (adminReaches(a, agencyId) || (!!a.employeeId && a.agencyId === agencyId));
