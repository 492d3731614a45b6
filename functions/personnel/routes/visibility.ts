import {
  type Claims,
  canSeeEmployee,
  contactVisible,
  type Employee,
  maskEmail,
  maskNip,
  maskPhone,
  nipVisible,
  notFound,
  type Viewer,
} from '@pamong/core';
import { type Store, type StoredEmployee, toEmployee } from '@pamong/db';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';

/**
 * The personnel context's access service: it reads what the policy in `@pamong/core` (access/
 * personnel.ts) needs, asks it, and presents an employee as this viewer may see them.
 */

/** The viewer, with a supervisor's reporting line (the unit of their own employee record). */
export async function viewerOf(store: Store, claims: Claims): Promise<Viewer> {
  if (claims.role !== 'supervisor' || !claims.employeeId) return { claims };
  try {
    const self = await employeesRepo.getStoredEmployee(store, claims.tenantId, claims.employeeId);
    return { claims, ownUnitId: self.unitId };
  } catch {
    return { claims };
  }
}

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
  if (!canSeeEmployee(v, e)) throw notFound('Employee');
  return e;
}
