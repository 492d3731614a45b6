import * as z from 'zod';

/** Opaque, HMAC-signed cursor. The client passes it back untouched. */
export const cursorQuerySchema = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * A page of a list whose size an aggregate already keeps (an agency's employee or user count, a
 * training's enrolment count): `total`, on the first page only (no cursor), so a list can say "25
 * of 1,240" without counting. Absent where no aggregate covers the query.
 */
export const countedPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({
    total: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('How many items the whole list holds, from an aggregate; on the first page only'),
  });

export const versionSchema = z.int().min(1);

/*
 * Primitives every module's schemas share. They live here, not in the module that first needed
 * them, so that a function importing one does not build another module's schemas at its cold start
 * (attendance built every personnel and survey schema for these two; issue 9).
 */
export const isoDateSchema = z.iso.date('must be a date YYYY-MM-DD');
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
export const competencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,39}$/, 'must be 2-40 letters, digits or dashes, starting with a letter');
export const competencyLevelSchema = z.int().min(1).max(5);

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

const names = new Map<number, z.ZodString>();
/**
 * A human name or label: trimmed, never empty, bounded so nobody stores a novel in a name. One
 * instance per bound, shared by every field that uses it (a zod schema never changes once built;
 * `.optional()` and the like wrap it): building one is seven zod instances, and each function
 * builds all of its schemas at its cold start.
 */
export const nameSchema = (max = 200): z.ZodString => {
  let schema = names.get(max);
  if (!schema) {
    schema = z.string().trim().min(1).max(max);
    names.set(max, schema);
  }
  return schema;
};
