import { conflict, forbidden } from '../errors';
import type { Claims } from '../roles';
import type { AgencyScope } from './scope';

/**
 * Who sees which employee, and how much of them. One place, so every personnel route answers
 * the same way:
 * - tenant admins see every employee in full;
 * - agency admins see the whole tenant (competency search is tenant-wide on purpose), with the
 *   NIP in full, and write only in their own agency;
 * - supervisors see their own agency; the NIP in full only inside their reporting line, which is
 *   the unit of their own employee record;
 * - employees see themselves only.
 */
export interface Viewer {
  claims: Claims;
  /** The unit of the viewer's own employee record (a supervisor's reporting line), if any. */
  ownUnitId?: string;
}

export function canSeeEmployee(v: Viewer, e: { id: string; agencyId: string }): boolean {
  const { role, agencyId, employeeId } = v.claims;
  if (role === 'tenant-admin' || role === 'agency-admin') return true;
  if (role === 'supervisor') return e.agencyId === agencyId || e.id === employeeId;
  return e.id === employeeId;
}

export function nipVisible(v: Viewer, e: { id: string; unitId: string }): boolean {
  const { role, employeeId } = v.claims;
  if (role === 'tenant-admin' || role === 'agency-admin' || e.id === employeeId) return true;
  return role === 'supervisor' && !!v.ownUnitId && v.ownUnitId === e.unitId;
}

/** Contact data in full only to the same agency and to tenant admins (issue 3 §3). */
export function contactVisible(v: Viewer, e: { agencyId: string; id?: string }): boolean {
  const { role, agencyId, employeeId } = v.claims;
  return role === 'tenant-admin' || e.agencyId === agencyId || e.id === employeeId;
}

export const maskEmail = (email: string) => {
  const [user, domain] = email.split('@');
  return `${(user ?? '').slice(0, 1)}***@${domain ?? ''}`;
};
export const maskPhone = (phone: string) => `${phone.slice(0, 4)}****${phone.slice(-2)}`;

/** Agency admins change employees of their own agency only. */
export function assertCanWriteEmployee(caller: Pick<Claims, 'role' | 'agencyId'>, agencyId: string): void {
  if (caller.role === 'agency-admin' && caller.agencyId !== agencyId)
    throw forbidden('An agency admin manages employees of their own agency only.');
}

/** A placement (mutasi) stays inside the caller's scope at both ends. */
export function assertCanPlace(scope: AgencyScope, fromAgencyId: string, toAgencyId: string): void {
  if (scope.agencyId && (fromAgencyId !== scope.agencyId || toAgencyId !== scope.agencyId))
    throw forbidden('An agency admin places employees of their own agency into their own agency only.');
}

/** Only an active employee can be placed (not one on leave outside the state budget, retired, …). */
export function assertPlaceable(status: string): void {
  if (status !== 'AKTIF') throw conflict(`Only an active employee can be placed; this one is ${status}.`);
}
