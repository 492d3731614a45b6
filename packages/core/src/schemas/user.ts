import * as z from 'zod';
import { idSchema } from '../ids';
import { roleSchema, TENANT_ROLES } from '../roles';
import { nameSchema, versionSchema } from './common';
import { passwordSchema, slugSchema, usernameSchema } from './tenant';

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  name: z.string(),
  email: z.string().optional(),
  role: roleSchema,
  agencyId: idSchema.nullable(),
  employeeId: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type User = z.infer<typeof userSchema>;

const tenantRole = z.enum(TENANT_ROLES);

/** Agency-level roles need an agency; a tenant admin works across the tenant. */
const agencyRule = (v: { role?: string; agencyId?: string | null }, ctx: z.RefinementCtx) => {
  if (v.role && v.role !== 'tenant-admin' && !v.agencyId) {
    ctx.addIssue({ code: 'custom', path: ['agencyId'], message: `is required for role ${v.role}` });
  }
};

export const createUserSchema = z
  .strictObject({
    username: usernameSchema,
    name: nameSchema(),
    email: z.email().optional(),
    role: tenantRole,
    agencyId: idSchema.optional(),
    /** Links the account to an employee record of its agency (self-service: my profile, my training). */
    employeeId: idSchema.optional(),
    password: passwordSchema,
  })
  .superRefine(agencyRule);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    name: nameSchema().optional(),
    email: z.email().optional(),
    role: tenantRole.optional(),
    agencyId: idSchema.nullable().optional(),
    /** Links the account to an employee record (self-service: my profile, my training), or unlinks it. */
    employeeId: idSchema.nullable().optional(),
    version: versionSchema,
  })
  .superRefine(agencyRule);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const loginSchema = z.strictObject({
  tenant: z.union([slugSchema, z.literal('platform')]),
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    tenantId: z.string(),
    agencyId: z.string().nullable(),
  }),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
