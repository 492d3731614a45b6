import { type Claims, type Employee, forbidden, maskNip, notFound } from '@pamong/core';
import { employeesRepo, type Store, type StoredEmployee, toEmployee } from '@pamong/db';

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
export const ADMINS = ['tenant-admin', 'agency-admin'] as const;
export const READERS = ['tenant-admin', 'agency-admin', 'supervisor'] as const;
export const STAFF = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const;

export interface Viewer {
  claims: Claims;
  /** The unit of the viewer's own employee record (a supervisor's reporting line), if any. */
  ownUnitId?: string;
}

export async function viewerOf(store: Store, claims: Claims): Promise<Viewer> {
  if (claims.role !== 'supervisor' || !claims.employeeId) return { claims };
  try {
    const self = await employeesRepo.getStoredEmployee(store, claims.tenantId, claims.employeeId);
    return { claims, ownUnitId: self.unitId };
  } catch {
    return { claims };
  }
}

export function canSee(v: Viewer, e: Pick<StoredEmployee, 'id' | 'agencyId'>): boolean {
  const { role, agencyId, employeeId } = v.claims;
  if (role === 'tenant-admin' || role === 'agency-admin') return true;
  if (role === 'supervisor') return e.agencyId === agencyId || e.id === employeeId;
  return e.id === employeeId;
}

export function nipVisible(v: Viewer, e: Pick<StoredEmployee, 'id' | 'unitId'>): boolean {
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

export function present(v: Viewer, e: StoredEmployee): Employee {
  const out = toEmployee(e);
  if (!nipVisible(v, e)) Object.assign(out, { nip: maskNip(e.nip), nipMasked: true });
  if (!contactVisible(v, e)) {
    if (out.email) out.email = maskEmail(out.email);
    if (out.phone) out.phone = maskPhone(out.phone);
  }
  return out;
}

/** An employee the caller may see; others are "not found" (their existence is not revealed). */
export async function visibleEmployee(store: Store, v: Viewer, employeeId: string, consistent = false) {
  const e = await employeesRepo.getStoredEmployee(store, v.claims.tenantId, employeeId, consistent);
  if (!canSee(v, e)) throw notFound('Employee');
  return e;
}

/** Agency admins change employees of their own agency only. */
export function assertCanWrite(claims: Claims, agencyId: string) {
  if (claims.role === 'agency-admin' && claims.agencyId !== agencyId)
    throw forbidden('An agency admin manages employees of their own agency only.');
}
