import { forbidden } from '../errors';
import type { Claims } from '../roles';

/** Which agencies a caller reaches: the whole tenant (`agencyId: null`) or one agency. */
export interface AgencyScope {
  agencyId: string | null;
}

type Caller = Pick<Claims, 'role' | 'agencyId'>;

/**
 * Where a caller may manage records (create, change, place): the whole tenant for a tenant admin,
 * their own agency for an agency admin. Anyone else, and an agency admin without an agency (who
 * would otherwise reach the whole tenant), is refused.
 */
export function manageScope(caller: Caller): AgencyScope {
  if (caller.role === 'tenant-admin') return { agencyId: null };
  if (caller.role === 'agency-admin' && caller.agencyId) return { agencyId: caller.agencyId };
  throw forbidden();
}

/**
 * Where a caller may read agency-level results (survey reports and the like): the whole tenant
 * for a tenant admin, their own agency for an agency admin or a supervisor; nothing (null) for
 * anyone else.
 */
export function readScope(caller: Caller): AgencyScope | null {
  if (caller.role === 'tenant-admin') return { agencyId: null };
  if ((caller.role === 'agency-admin' || caller.role === 'supervisor') && caller.agencyId)
    return { agencyId: caller.agencyId };
  return null;
}

/** `readScope`, refusing (403) a caller who may read nothing. */
export function requireReadScope(caller: Caller | undefined): AgencyScope {
  const scope = caller && readScope(caller);
  if (!scope) throw forbidden();
  return scope;
}

/** Whether a record of `agencyId` is within the scope. */
export function inScope(scope: AgencyScope, agencyId: string): boolean {
  return scope.agencyId === null || scope.agencyId === agencyId;
}
