import * as z from 'zod';
import { idSchema } from '../ids';
import { nameSchema, versionSchema } from './common';

export const TENANT_LEVELS = ['provinsi', 'kabupaten', 'kota'] as const;
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
/** Slugs that would clash with platform paths or the platform admin's login. */
export const RESERVED_SLUGS = ['platform', 'admin', 'api', 'www', 'docs', 'health'] as const;

export const slugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{2,39}$/, 'must be 3-40 lowercase letters, digits or dashes, starting with a letter')
  .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), 'is reserved');

export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'must be 3-64 lowercase letters, digits, dots, dashes or underscores')
  // A 16-digit username is a NIK: applicants log in with theirs (issue 12 §1), so staff may not.
  .refine((u) => !/^\d{16}$/.test(u), 'may not be 16 digits: that is how applicants log in (their NIK)');

/** Passwords: long enough to resist guessing; the upper bound keeps scrypt input bounded. */
export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(128);

export const tenantSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  level: z.enum(TENANT_LEVELS),
  bpsCode: z.string(),
  timeZone: z.enum(TIME_ZONES),
  status: z.enum(['active', 'suspended']),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

/** BPS region codes: 2 digits for a province, 4 for a regency or city (province code first). */
export const createTenantSchema = z
  .strictObject({
    slug: slugSchema,
    name: nameSchema(),
    level: z.enum(TENANT_LEVELS),
    bpsCode: z.string().regex(/^\d{2}(\d{2})?$/, 'must be a 2- or 4-digit BPS code'),
    timeZone: z.enum(TIME_ZONES),
    firstAdmin: z.strictObject({
      username: usernameSchema,
      name: nameSchema(),
      email: z.email().optional(),
      password: passwordSchema,
    }),
  })
  .superRefine((t, ctx) => {
    const want = t.level === 'provinsi' ? 2 : 4;
    if (t.bpsCode.length !== want) {
      ctx.addIssue({
        code: 'custom',
        path: ['bpsCode'],
        message: `a ${t.level} has a ${want}-digit BPS code`,
      });
    }
  });
export type CreateTenantInput = z.infer<typeof createTenantSchema>;
