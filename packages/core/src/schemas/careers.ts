import * as z from 'zod';
import { idSchema } from '../ids';
import { predikatSchema } from '../personnel/placement';
import { AGE_BANDS } from '../personnel/retirement';
import {
  EDUCATION_LEVELS,
  employmentTypeSchema,
  gradeSchema,
  PPPK_GRADES,
  RANK_CODES,
  rankSchema,
} from '../personnel/vocabulary';
import { isoDateSchema, versionSchema } from './common';
import { updateEmployeeSchema } from './personnel';

/**
 * Careers (promotion and retirement lists), the headcount dashboard and self-service profile
 * corrections (issue 3). Lists answer `{ items, nextCursor }` plus what the page summarises.
 */

const cursorFields = {
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
};

/** Bounded so date arithmetic (asOf minus 4 years) always stays a 4-digit year. */
const boundedDateSchema = isoDateSchema.refine(
  (d) => d >= '1900-01-01' && d <= '2199-12-31',
  'must be between 1900-01-01 and 2199-12-31',
);

// ---- promotions ----

export const promotionsQuerySchema = z.object({
  /** Defaults to today in the tenant's time zone. */
  asOf: boundedDateSchema.optional(),
  agencyId: idSchema.optional(),
  ...cursorFields,
});
export type PromotionsQuery = z.infer<typeof promotionsQuerySchema>;

export const promotionRowSchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  nip: z.string(),
  agencyId: idSchema,
  agencyName: z.string(),
  unitId: idSchema,
  positionId: z.string().optional(),
  positionName: z.string().optional(),
  rank: rankSchema,
  tmtRank: z.string(),
  highestEducation: z.string().nullable(),
  eligible: z.boolean(),
  yearsInRank: z.int(),
  monthsInRank: z.int(),
  since: z.string().nullable(),
  nextRank: rankSchema.nullable(),
  predikats: z.array(z.object({ year: z.int(), predikat: predikatSchema })),
  meritScore: z.number(),
  /** `performance` is null until the performance module records predikats. */
  factors: z.object({
    yearsInRank: z.int(),
    performance: z.number().nullable(),
    rankOrder: z.int(),
  }),
  detail: z.string(),
});
export type PromotionRow = z.infer<typeof promotionRowSchema>;

export const promotionPageSchema = z.object({
  asOf: z.string(),
  items: z.array(promotionRowSchema),
  nextCursor: z.string().nullable(),
});

// ---- retirements ----

export const retirementsQuerySchema = z.object({
  months: z.enum(['12', '24']).default('12').transform(Number),
  agencyId: idSchema.optional(),
  ...cursorFields,
});
export type RetirementsQuery = z.infer<typeof retirementsQuerySchema>;

export const retirementRowSchema = z.object({
  employeeId: idSchema,
  name: z.string(),
  nip: z.string(),
  employmentType: employmentTypeSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  unitId: idSchema,
  positionId: z.string().optional(),
  positionName: z.string().optional(),
  rank: rankSchema.optional(),
  grade: gradeSchema.optional(),
  birthDate: z.string(),
  retirementDate: z.string(),
  /** Age on the retirement date, which is the BUP. */
  bup: z.int(),
});
export type RetirementRow = z.infer<typeof retirementRowSchema>;

export const retirementPageSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(retirementRowSchema),
  /** Rows of this page per agency (not of the whole range: that would mean reading every page). */
  countsByAgency: z.array(z.object({ agencyId: idSchema, agencyName: z.string(), count: z.int() })),
  nextCursor: z.string().nullable(),
});

// ---- dashboard ----

export const dashboardQuerySchema = z.object({ agencyId: idSchema.optional() });

const count = z.int();
export const personnelDashboardSchema = z.object({
  asOf: z.string(),
  agencyId: idSchema.nullable(),
  /** Employees counted: status AKTIF or CLTN. */
  total: count,
  byAgency: z.array(z.object({ agencyId: idSchema, agencyName: z.string(), total: count })),
  byEmploymentType: z.array(z.object({ employmentType: employmentTypeSchema, count })),
  byRank: z.array(z.object({ rank: z.enum(RANK_CODES), count })),
  byGrade: z.array(z.object({ grade: z.enum(PPPK_GRADES), count })),
  /** `NONE`: no education entry recorded. */
  byEducation: z.array(z.object({ level: z.enum([...EDUCATION_LEVELS, 'NONE']), count })),
  byGender: z.array(z.object({ gender: z.enum(['L', 'P']), count })),
  /** Ages from the birth month only; see personnel/dashboard.ts for the precision. */
  byAgeBand: z.array(z.object({ band: z.enum(AGE_BANDS), count })),
  retirementsByYear: z.array(z.object({ year: z.int(), count })),
  /** Counted employees whose retirement date has passed (their status was not updated). */
  retirementOverdue: count,
});
export type PersonnelDashboard = z.infer<typeof personnelDashboardSchema>;

// ---- profile corrections ----

const u = updateEmployeeSchema.shape;
/** The fields an employee may correct themselves; null clears an optional one. */
export const CORRECTABLE_FIELDS = [
  'education',
  'email',
  'phone',
  'birthPlace',
  'frontTitle',
  'backTitle',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const correctionChangesSchema = z
  .strictObject({
    education: u.education,
    email: u.email,
    phone: u.phone,
    birthPlace: u.birthPlace,
    frontTitle: u.frontTitle,
    backTitle: u.backTitle,
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'must propose at least one change')
  // The example doubles as the route-table harness's valid value: no field is required on its own.
  .meta({ example: { phone: '081299990000' } });
export type CorrectionChanges = z.infer<typeof correctionChangesSchema>;

const reasonSchema = z.string().trim().min(1).max(500);

export const proposeCorrectionSchema = z.strictObject({
  changes: correctionChangesSchema,
  reason: reasonSchema,
});
export type ProposeCorrectionInput = z.infer<typeof proposeCorrectionSchema>;

export const CORRECTION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const correctionStatusSchema = z.enum(CORRECTION_STATUSES);
export type CorrectionStatus = z.infer<typeof correctionStatusSchema>;

export const decideCorrectionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  reason: reasonSchema,
  version: versionSchema,
});
export type DecideCorrectionInput = z.infer<typeof decideCorrectionSchema>;

export const listCorrectionsQuerySchema = z.object({
  status: correctionStatusSchema.optional(),
  agencyId: idSchema.optional(),
  ...cursorFields,
});
export type ListCorrectionsQuery = z.infer<typeof listCorrectionsQuerySchema>;

const actorRef = z.object({ sub: z.string(), role: z.string() });

export const correctionSchema = z.object({
  id: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  agencyId: idSchema,
  /** The proposed values (null clears the field). */
  changes: z.record(z.string(), z.unknown()),
  /** The same fields as they were on the record when proposed (null: not set). */
  current: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: correctionStatusSchema,
  /** The employee's version when proposed. */
  employeeVersion: versionSchema,
  proposedBy: actorRef,
  proposedAt: z.string(),
  decision: z
    .object({ decision: z.enum(['approve', 'reject']), reason: z.string(), by: actorRef, at: z.string() })
    .optional(),
  version: versionSchema,
});
export type Correction = z.infer<typeof correctionSchema>;
