import * as z from 'zod';
import { idSchema } from '../ids';
import { FOLLOW_UP_KINDS, type FollowUpReason } from '../performance/follow-up';
import { predikatSchema } from '../personnel/placement';
import { addCheckInSchema } from './mentoring';
import { recordReferralOutcomeSchema } from './performance';

/**
 * Issue 14 §4, the follow-up of the annual predikat: the register's query and rows, the coaching
 * plan and discipline referral as stored, and the inputs this file adds (createCoachingPlanSchema
 * and recordReferralOutcomeSchema are in ./performance.ts). The rules of the records are in
 * performance/coaching.ts, exported from here with them.
 */
export * from '../performance/coaching';

export const FOLLOW_UP_REASONS = [
  'sangat-baik-consecutive',
  'butuh-perbaikan-or-worse',
  'kurang-or-sangat-kurang',
  'persistent-low-predikat',
] as const satisfies readonly FollowUpReason[];
// Every reason the rule can give is listed (a new one fails to compile here).
const _allReasons: readonly (typeof FOLLOW_UP_REASONS)[number][] = [] as FollowUpReason[];
void _allReasons;

export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS);
export const followUpReasonSchema = z.enum(FOLLOW_UP_REASONS);
export const referralOutcomeSchema = recordReferralOutcomeSchema.shape.outcome;

/** A performance year as `annualPeriod` names it (the year its annual period starts in). */
const yearSchema = z.coerce.number().int().min(2000).max(2100);
const periodObject = z.object({ start: z.string(), end: z.string() });
const personRef = z.object({ id: idSchema, name: z.string() });

// ---- inputs ----

/** At most 50 rows a page: a row carries its coaching plan or referral whole. */
export const MAX_FOLLOW_UP_PAGE = 50;

export const listPerformanceFollowUpsQuerySchema = z.object({
  agencyId: idSchema
    .optional()
    .describe(
      "The agency whose register it is: a tenant admin names one, an agency admin's is their own; other staff get their own rows, of this agency when named",
    ),
  year: yearSchema.describe('The performance year whose annual predikats the register follows up'),
  kind: followUpKindSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_FOLLOW_UP_PAGE).default(25),
});
export type ListPerformanceFollowUpsQuery = z.infer<typeof listPerformanceFollowUpsQuerySchema>;

/** `{employeeId}/{year}`: one employee's follow-up of one year. */
export const followUpParamsSchema = z.object({ employeeId: idSchema, year: yearSchema });

/** A held check-in: the mentoring check-in's body (a date and a note), reused as is. */
export const recordCoachingCheckInSchema = addCheckInSchema;
export type RecordCoachingCheckInInput = z.infer<typeof recordCoachingCheckInSchema>;

export const recordDisciplineReferralSchema = z.strictObject({
  employeeId: idSchema,
  year: z.int().min(2000).max(2100),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type RecordDisciplineReferralInput = z.infer<typeof recordDisciplineReferralSchema>;

export const exportSkpReportQuerySchema = z.object({
  agencyId: idSchema.optional().describe("A tenant admin names the agency; an agency admin's is their own"),
  year: yearSchema,
});
export type ExportSkpReportQuery = z.infer<typeof exportSkpReportQuerySchema>;

// ---- records ----

export const coachingCheckInSchema = z.object({
  date: z.string(),
  /** The agenda of a planned check-in; what was discussed once held. */
  note: z.string().nullable(),
  status: z.enum(['planned', 'held']),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().nullable(),
});

/** Who the follow-up is about, copied from the year's annual assessment. */
const subjectFields = {
  employeeId: idSchema,
  employeeName: z.string(),
  nip: z.string().nullable(),
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string().nullable(),
  year: z.int(),
  /** The year's annual predikat when the record was made. */
  predikat: predikatSchema,
};

export const coachingPlanSchema = z.object({
  ...subjectFields,
  period: periodObject,
  goals: z.array(z.string()),
  checkIns: z.array(coachingCheckInSchema),
  /** The employee's direct superior when the plan was made (else the year's appraiser). */
  coach: personRef.nullable(),
  status: z.enum(['planned', 'in-progress']),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().min(1),
});
export type CoachingPlan = z.infer<typeof coachingPlanSchema>;

export const referralOutcomeRecordSchema = z.object({
  outcome: referralOutcomeSchema,
  decidedOn: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});

/**
 * A referral to the discipline process of PP 94/2021, and its outcome once decided. Pamong records
 * them; the process itself (examination, decision, penalty) runs outside it.
 */
export const disciplineReferralSchema = z.object({
  ...subjectFields,
  reasons: z.array(followUpReasonSchema),
  years: z.array(z.int()),
  note: z.string().nullable(),
  referredByName: z.string(),
  referredAt: z.string(),
  outcome: referralOutcomeRecordSchema.nullable(),
  status: z.enum(['referred', 'decided']),
  version: z.int().min(1),
});
export type DisciplineReferral = z.infer<typeof disciplineReferralSchema>;

/**
 * One row of the register: an employee, a follow-up their annual predikats lead to, and what has
 * been done about it. `status`: `noted` (the talent pool: nothing to record), `to-do` (no plan or
 * referral yet), `planned` / `in-progress` (a coaching plan, before and after its first held
 * check-in), `referred` / `decided` (a referral, before and after its outcome).
 */
export const followUpRowSchema = z.object({
  employeeId: idSchema,
  employeeName: z.string(),
  nip: z.string().nullable(),
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string().nullable(),
  year: z.int(),
  predikat: predikatSchema,
  kind: followUpKindSchema,
  reasons: z.array(followUpReasonSchema),
  /** The years whose predikats led to it, oldest first. */
  years: z.array(z.int()),
  /** The annual predikats the rule read (the year and those before it the settings need). */
  predikats: z.array(z.object({ year: z.int(), predikat: predikatSchema })),
  appraiser: personRef.nullable(),
  /**
   * False for a plan or referral recorded for a follow-up that the year's predikats no longer
   * lead to (the assessment was changed afterwards): kept in the register, not hidden.
   */
  current: z.boolean(),
  status: z.enum(['noted', 'to-do', 'planned', 'in-progress', 'referred', 'decided']),
  coachingPlan: coachingPlanSchema.nullable(),
  referral: disciplineReferralSchema.nullable(),
});
export type FollowUpRowRecord = z.infer<typeof followUpRowSchema>;

export const followUpPageSchema = z.object({
  items: z.array(followUpRowSchema),
  nextCursor: z.string().nullable(),
  year: z.int(),
  period: periodObject,
  talentPoolYears: z.int(),
  persistYears: z.int(),
});
export type FollowUpPage = z.infer<typeof followUpPageSchema>;
