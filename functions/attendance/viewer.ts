import type { AttendanceViewer, Claims } from '@pamong/core';
import type { Store } from '@pamong/db';
import * as employeesRepo from '@pamong/db/repos/personnel/employees';

/** The caller as the attendance policy sees them: a supervisor with the unit of their own employee record. */
export async function viewerOf(store: Store, claims: Claims): Promise<AttendanceViewer & { claims: Claims }> {
  if (claims.role !== 'supervisor' || !claims.employeeId) return { claims };
  const self = await employeesRepo
    .getStoredEmployee(store, claims.tenantId, claims.employeeId)
    .catch(() => null);
  return { claims, ownUnitId: self?.unitId ?? null };
}
