import { forbidden } from '../errors';
import type { Claims } from '../roles';
import type { ApprovalStep, DelegationKind, LeaveActor } from './approval';
import type { LeaveType } from './leave';

/**
 * Who sees and acts on attendance and leave (issue 13 §2, §4). One place, so every route answers the
 * same way:
 * - an employee sees their own attendance and leave, and nobody else's;
 * - a supervisor sees their own unit (the unit of their own employee record) and nothing beyond it;
 * - an agency admin sees their agency, a tenant admin the whole tenant;
 * - applicants and platform admins see nothing: they are no one's colleague in a tenant.
 * Acting on a leave is not a role but a relation: the requester's direct superior recommends, the
 * PYBMC decides, each possibly through a Plt/Plh delegation valid on the day they act.
 */

export interface AttendanceViewer {
  claims: Pick<Claims, 'role' | 'agencyId' | 'employeeId'>;
  /** The unit of the viewer's own employee record (a supervisor's team). */
  ownUnitId?: string | null;
}

export type AttendanceScope =
  | { kind: 'own'; employeeId: string }
  | { kind: 'unit'; unitId: string; agencyId: string; employeeId: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'tenant' };

/** The widest attendance and leave view of a caller, or 403. */
export function attendanceScope(v: AttendanceViewer): AttendanceScope {
  const { role, agencyId, employeeId } = v.claims;
  switch (role) {
    case 'tenant-admin':
      return { kind: 'tenant' };
    case 'agency-admin':
      if (agencyId) return { kind: 'agency', agencyId };
      break;
    case 'supervisor':
      if (agencyId && employeeId && v.ownUnitId)
        return { kind: 'unit', unitId: v.ownUnitId, agencyId, employeeId };
      if (employeeId) return { kind: 'own', employeeId };
      break;
    case 'employee':
      if (employeeId) return { kind: 'own', employeeId };
      break;
  }
  throw forbidden('Attendance and leave are visible to the employees and the officials of a tenant only.');
}

export interface OwnedRecord {
  employeeId: string;
  unitId: string;
  agencyId: string;
}

/** Whether a scope reaches one employee's attendance or leave. */
export function inAttendanceScope(scope: AttendanceScope, r: OwnedRecord): boolean {
  switch (scope.kind) {
    case 'tenant':
      return true;
    case 'agency':
      return r.agencyId === scope.agencyId;
    case 'unit':
      return (
        r.employeeId === scope.employeeId || (r.agencyId === scope.agencyId && r.unitId === scope.unitId)
      );
    case 'own':
      return r.employeeId === scope.employeeId;
  }
}

export function canSeeAttendance(v: AttendanceViewer, r: OwnedRecord): boolean {
  try {
    return inAttendanceScope(attendanceScope(v), r);
  } catch {
    return false;
  }
}

/** `listTeamAttendanceToday`: a supervisor's own unit, and only that. */
export function teamUnitOf(v: AttendanceViewer): { unitId: string; agencyId: string } {
  const scope = attendanceScope(v);
  if (scope.kind !== 'unit') throw forbidden('The team view is for supervisors, over their own unit.');
  return { unitId: scope.unitId, agencyId: scope.agencyId };
}

export interface LeaveCalendarItem extends OwnedRecord {
  requestId: string;
  employeeName: string;
  type: LeaveType;
  startDate: string;
  endDate: string;
  status: string;
  reason?: string | null;
  attachments?: readonly unknown[];
}

export type LeaveCalendarEntry = Pick<
  LeaveCalendarItem,
  'requestId' | 'employeeId' | 'employeeName' | 'unitId' | 'type' | 'startDate' | 'endDate' | 'status'
>;

/**
 * The leave calendar a viewer may see: only entries inside their scope (never another unit's: the
 * frappe/hrms#117 bug), and only the dates, type and status, never the reason or attachments.
 */
export function visibleLeaveCalendar(
  v: AttendanceViewer,
  items: readonly LeaveCalendarItem[],
): LeaveCalendarEntry[] {
  const scope = attendanceScope(v);
  return items
    .filter((i) => inAttendanceScope(scope, i))
    .map(({ requestId, employeeId, employeeName, unitId, type, startDate, endDate, status }) => ({
      requestId,
      employeeId,
      employeeName,
      unitId,
      type,
      startDate,
      endDate,
      status,
    }));
}

/** A Plt or Plh standing in for an official for a date range (`createApprovalDelegation`). */
export interface ApprovalDelegation {
  principalId: string;
  delegateId: string;
  kind: DelegationKind;
  startDate: string;
  endDate: string;
  revoked?: boolean;
}

/**
 * How `employeeId` may act in `principalId`'s place on a date: as themselves, as a delegate under a
 * delegation valid that day, or not at all (null).
 */
export function actingAs(
  employeeId: string,
  principalId: string | null | undefined,
  delegations: readonly ApprovalDelegation[],
  on: string,
): LeaveActor | null {
  if (!principalId) return null;
  if (employeeId === principalId) return { employeeId, actingFor: null };
  const d = delegations.find(
    (x) =>
      !x.revoked &&
      x.principalId === principalId &&
      x.delegateId === employeeId &&
      x.startDate <= on &&
      on <= x.endDate,
  );
  return d ? { employeeId, actingFor: { employeeId: principalId, kind: d.kind } } : null;
}

function staffEmployeeId(claims: AttendanceViewer['claims']): string {
  if (claims.role === 'applicant' || claims.role === 'platform-admin' || !claims.employeeId)
    throw forbidden('Only an official of this tenant can act on a leave request.');
  return claims.employeeId;
}

export interface ApproverContext {
  /** The requester's direct superior now (from the org data at the time of acting, not of the request). */
  currentSuperiorId: string | null;
  /** The PYBMC now, from `pybmcOf`. */
  pybmcId: string | null;
  delegations: readonly ApprovalDelegation[];
  /** The tenant-local date of the act. */
  on: string;
}

/**
 * Step 1 is for the requester's current direct superior, or their Plt/Plh. Nobody recommends their
 * own leave.
 */
export function recommenderFor(
  claims: AttendanceViewer['claims'],
  request: { employeeId: string },
  ctx: ApproverContext,
): LeaveActor {
  const me = staffEmployeeId(claims);
  if (me === request.employeeId) throw forbidden('Nobody recommends their own leave.');
  const actor = actingAs(me, ctx.currentSuperiorId, ctx.delegations, ctx.on);
  if (!actor)
    throw forbidden('Only the direct superior of the employee, or their Plt/Plh, recommends this leave.');
  return actor;
}

/** Step 2 is for the PYBMC, or their Plt/Plh. Nobody decides their own leave. */
export function deciderFor(
  claims: AttendanceViewer['claims'],
  request: { employeeId: string },
  ctx: ApproverContext,
): LeaveActor & { alsoSuperior: boolean } {
  const me = staffEmployeeId(claims);
  if (me === request.employeeId) throw forbidden('Nobody decides their own leave.');
  const actor = actingAs(me, ctx.pybmcId, ctx.delegations, ctx.on);
  if (!actor) throw forbidden('Only the PYBMC, or their Plt/Plh, decides this leave.');
  return { ...actor, alsoSuperior: actingAs(me, ctx.currentSuperiorId, ctx.delegations, ctx.on) !== null };
}

/** Who cancels: the employee themself, or the PYBMC (or their delegate); anyone else is refused. */
export function cancellerFor(
  claims: AttendanceViewer['claims'],
  request: { employeeId: string },
  ctx: ApproverContext,
): { by: 'employee' | 'pybmc'; actor: LeaveActor } {
  const me = staffEmployeeId(claims);
  if (me === request.employeeId) return { by: 'employee', actor: { employeeId: me, actingFor: null } };
  const actor = actingAs(me, ctx.pybmcId, ctx.delegations, ctx.on);
  if (!actor) throw forbidden('Only the employee or the PYBMC cancels a leave.');
  return { by: 'pybmc', actor };
}

/**
 * A sick leave's attachments are health data (UU 27/2022 on personal data protection): only the
 * employee and their approvers open them, the ones who acted on the request and the ones who may act
 * now. The caller logs every opening.
 */
export function canOpenLeaveAttachment(
  claims: AttendanceViewer['claims'],
  request: { employeeId: string; steps: readonly Pick<ApprovalStep, 'actorId' | 'onBehalfOfId'>[] },
  ctx: ApproverContext,
): boolean {
  if (claims.role === 'applicant' || claims.role === 'platform-admin' || !claims.employeeId) return false;
  const me = claims.employeeId;
  if (me === request.employeeId) return true;
  if (request.steps.some((s) => s.actorId === me)) return true;
  return (
    actingAs(me, ctx.currentSuperiorId, ctx.delegations, ctx.on) !== null ||
    actingAs(me, ctx.pybmcId, ctx.delegations, ctx.on) !== null
  );
}

/**
 * Who is PYBMC (pejabat yang berwenang memberikan cuti) for a request. PP 11/2017 gives the authority to
 * the PPK (the governor, regent or mayor), who delegates it in part, usually to the head of each
 * agency (kepala perangkat daerah). A tenant states it as rules; the most specific wins: agency and
 * type, then agency, then tenant-wide and type, then tenant-wide.
 */
export interface PybmcRule {
  /** Null: every agency. */
  agencyId: string | null;
  /** Null: every type. */
  types: readonly LeaveType[] | null;
  employeeId: string;
}

export function pybmcOf(
  rules: readonly PybmcRule[],
  request: { agencyId: string; type: LeaveType },
): string | null {
  const rank = (r: PybmcRule): number => {
    if (r.agencyId !== null && r.agencyId !== request.agencyId) return -1;
    if (r.types !== null && !r.types.includes(request.type)) return -1;
    return (r.agencyId !== null ? 2 : 0) + (r.types !== null ? 1 : 0);
  };
  let best: PybmcRule | null = null;
  for (const r of rules) if (rank(r) >= 0 && (!best || rank(r) > rank(best))) best = r;
  return best?.employeeId ?? null;
}
