/**
 * Role groups, one meaning per name, used by every context's routes (`defineRoute(ADMIN_ROLES, …)`)
 * and policies. A new module picks one of these rather than writing its own list.
 */

/** Tenant admins and agency admins: they manage records (an agency admin within their agency). */
export const ADMIN_ROLES = ['tenant-admin', 'agency-admin'] as const;

/** Admins and supervisors: staff who read beyond their own record. */
export const READER_ROLES = [...ADMIN_ROLES, 'supervisor'] as const;

/** Every staff role of a tenant. */
export const STAFF_ROLES = [...READER_ROLES, 'employee'] as const;
