import * as z from 'zod';

/** Staff roles carried in the token's `role` claim. Citizens are anonymous and have no role. */
export const ROLES = [
  'platform-admin',
  'tenant-admin',
  'agency-admin',
  'supervisor',
  'employee',
  'applicant',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles a tenant admin may grant inside a tenant (applicants register themselves in a later issue). */
export const TENANT_ROLES = ['tenant-admin', 'agency-admin', 'supervisor', 'employee'] as const;
export const tenantRoleSchema = z.enum(TENANT_ROLES);
export type TenantRole = z.infer<typeof tenantRoleSchema>;

/** The tenantId claim of a platform admin: not a tenant, so never a `T#` key prefix. */
export const PLATFORM_TENANT_ID = 'PLATFORM';

/** Claims every identity adapter puts in its tokens. */
export interface Claims {
  sub: string;
  tenantId: string;
  role: Role;
  agencyId?: string;
  employeeId?: string;
}
