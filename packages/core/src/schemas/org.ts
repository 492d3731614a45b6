import * as z from 'zod';
import { idSchema } from '../ids';
import { nameSchema, versionSchema } from './common';

/** An agency (OPD: Dinas, Badan, ...) of a tenant. Counters guard deletion. */
export const agencySchema = z.object({
  id: idSchema,
  name: z.string(),
  code: z.string().optional(),
  status: z.enum(['active', 'inactive']),
  unitCount: z.int(),
  employeeCount: z.int(),
  userCount: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Agency = z.infer<typeof agencySchema>;

export const unitSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  parentUnitId: idSchema.nullable(),
  name: z.string(),
  childCount: z.int(),
  status: z.enum(['active', 'inactive']),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Unit = z.infer<typeof unitSchema>;

const agencyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{2,20}$/, 'must be 2-20 uppercase letters, digits or dashes');

export const createAgencySchema = z.strictObject({ name: nameSchema(), code: agencyCodeSchema.optional() });
export const updateAgencySchema = z.strictObject({
  name: nameSchema().optional(),
  code: agencyCodeSchema.optional(),
  version: versionSchema,
});
/** The agency comes from the path: `/v1/agencies/{agencyId}/units`. */
export const createUnitSchema = z.strictObject({
  parentUnitId: idSchema.optional(),
  name: nameSchema(),
});
/**
 * Rename and/or move. `parentUnitId` moves a unit inside its agency (null = top level); `agencyId`
 * moves it to another agency, which is refused while it has sub-units.
 */
export const updateUnitSchema = z.strictObject({
  name: nameSchema().optional(),
  agencyId: idSchema.optional(),
  parentUnitId: idSchema.nullable().optional(),
  version: versionSchema,
});
export const versionOnlySchema = z.strictObject({ version: versionSchema });
