import { forbidden } from '../errors';
import type { Claims } from '../roles';

/**
 * An agency admin works inside their own agency only, and can neither hand out tenant-wide power
 * nor act on a tenant admin who happens to be attached to their agency. `target` is the account
 * before the change (its role) or the change itself (role and agency asked for).
 */
export function assertCanManageUser(
  caller: Pick<Claims, 'role' | 'agencyId'>,
  target: { role?: string; agencyId?: string | null },
): void {
  if (caller.role === 'tenant-admin') return;
  if (target.role === 'tenant-admin') throw forbidden('An agency admin cannot grant the tenant-admin role.');
  if (target.agencyId !== undefined && target.agencyId !== caller.agencyId) {
    throw forbidden('An agency admin manages users of their own agency only.');
  }
}
