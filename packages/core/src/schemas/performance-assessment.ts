import * as z from 'zod';
import { idSchema } from '../ids';
import { monthIndex } from '../performance/period';
import { PREDIKATS, predikatSchema } from '../personnel/placement';
import { berakhlakValueSchema } from './performance';
import { distributionRuleSchema, orgPredikatSchema, ratingSchema } from './performance-settings';

/**
 * Issue 14 §2: what the assessment routes answer (assessments, the distribution against the caps,
 * organisation ratings, finalisations) and the queries of their GET routes. The inputs of the
 * writes are in ./performance.ts.
 */

const periodObject = z.object({ start: z.string(), end: z.string() });
const orgKindSchema = z.enum(['agency', 'unit']);
const personRef = z.object({ id: idSchema, name: z.string() });

/** A period in a query string: `YYYY-MM/YYYY-MM` (an ISO 8601 interval of months, both inclusive). */
export const periodQuerySchema = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])\/\d{4}-(0[1-9]|1[0-2])$/,
    'must be a period YYYY-MM/YYYY-MM (first and last month)',
  )
  .refine((v) => {
    const [s, e] = v.split('/').map((m) => monthIndex(m)!);
    return e! >= s! && e! - s! < 12;
  }, 'must end on or after its start, within 12 months')
  .transform((v) => {
    const [start, end] = v.split('/') as [string, string];
    return { start, end };
  });

/** `unitId` (its agency is the caller's, or found for a tenant admin; `agencyId` may say it) or `agencyId`. */
const orgQuery = {
  unitId: idSchema.optional().describe('The unit; give agencyId too to name its agency'),
  agencyId: idSchema.optional().describe("The agency; with unitId, the unit's agency"),
};
const needsOrg = (v: { unitId?: string; agencyId?: string }, ctx: z.RefinementCtx) => {
  if (!v.unitId && !v.agencyId)
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'give unitId or agencyId' });
};

export const listSkpAssessmentsQuerySchema = z
  .object({
    ...orgQuery,
    period: periodQuerySchema,
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .superRefine(needsOrg);
export type ListSkpAssessmentsQuery = z.infer<typeof listSkpAssessmentsQuerySchema>;

export const assessmentDistributionQuerySchema = z
  .object({ ...orgQuery, period: periodQuerySchema })
  .superRefine(needsOrg);
export type AssessmentDistributionQuery = z.infer<typeof assessmentDistributionQuerySchema>;

export const listOrganisationRatingsQuerySchema = z.object({
  period: periodQuerySchema,
  agencyId: idSchema
    .optional()
    .describe(
      "One agency's ratings (its own and its units'); staff other than a tenant admin see their own agency",
    ),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});
export type ListOrganisationRatingsQuery = z.infer<typeof listOrganisationRatingsQuerySchema>;

/** One SKP's assessment for one assessment period, as stored. */
export const skpAssessmentSchema = z.object({
  skpId: idSchema,
  employeeId: idSchema,
  employeeName: z.string(),
  nip: z.string().nullable(),
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string().nullable(),
  period: periodObject,
  hasilKerja: ratingSchema,
  perilaku: ratingSchema,
  perilakuNotes: z.partialRecord(berakhlakValueSchema, z.string()),
  predikat: predikatSchema,
  /** `organisation`: the assessee heads it, and the hasil kerja follows its rating (`orgPredikat`). */
  hasilKerjaFrom: z.enum(['appraiser', 'organisation']),
  orgPredikat: orgPredikatSchema.nullable(),
  appraiser: personRef,
  assessedByName: z.string(),
  assessedAt: z.string(),
  createdAt: z.string(),
  version: z.int().min(1),
});
export type SkpAssessment = z.infer<typeof skpAssessmentSchema>;

export const predikatCountsSchema = z.object(
  Object.fromEntries(PREDIKATS.map((p) => [p, z.int().min(0)])) as Record<
    (typeof PREDIKATS)[number],
    z.ZodInt
  >,
);
export type PredikatCountsRecord = z.infer<typeof predikatCountsSchema>;

const orgRefSchema = z.object({
  kind: orgKindSchema,
  id: idSchema,
  agencyId: idSchema,
  name: z.string().nullable(),
});

/**
 * An organisation's citizen IKM for a period (issue 14 §5), from the survey counters of the survey
 * units linked to it: the value, its grade, the respondents against the Krejcie-Morgan minimum,
 * and the organisation predikat it suggests (none while the sample is indicative).
 */
export const orgIkmEvaluationSchema = z.object({
  ikm: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  respondents: z.int().min(0),
  /** Service users of the period (the survey units' population); null when not recorded for every unit. */
  population: z.int().nullable(),
  minimumSample: z.int().nullable(),
  /** True below the minimum sample, or when it is unknown, or without an IKM: no suggestion then. */
  indicative: z.boolean(),
  suggestedPredikat: orgPredikatSchema.nullable(),
});
export type OrgIkmEvaluation = z.infer<typeof orgIkmEvaluationSchema>;

export const organisationIkmQuerySchema = z
  .object({ ...orgQuery, period: periodQuerySchema })
  .superRefine(needsOrg);
export type OrganisationIkmQuery = z.infer<typeof organisationIkmQuerySchema>;

/** GET of an organisation's IKM: the tile of the rating page and the trend staff see. */
export const organisationIkmSchema = z.object({
  org: z.object({ kind: orgKindSchema, id: idSchema, agencyId: idSchema, name: z.string().nullable() }),
  period: periodObject,
  /** The survey units whose counters count: those linked to the unit, or all of an agency's. */
  surveyUnits: z.array(z.object({ id: idSchema, name: z.string() })),
  /** Null when no survey unit is linked to the organisation. */
  evaluation: orgIkmEvaluationSchema.nullable(),
  /** The period month by month (the trend), oldest first; empty without linked survey units. */
  months: z.array(
    z.object({
      month: z.string(),
      ikm: z.number().nullable(),
      grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
      respondents: z.int().min(0),
    }),
  ),
});
export type OrganisationIkm = z.infer<typeof organisationIkmSchema>;

/** An organisation's rating for a period (rateOrganisation). */
export const organisationRatingSchema = z.object({
  kind: orgKindSchema,
  orgId: idSchema,
  agencyId: idSchema,
  orgName: z.string().nullable(),
  period: periodObject,
  predikat: orgPredikatSchema,
  indicators: z.array(z.object({ text: z.string(), target: z.number(), realisation: z.number() })),
  /** The organisation's IKM when it was rated (null: no linked survey unit); its suggestion is what `reason` departs from. */
  ikm: orgIkmEvaluationSchema.nullable(),
  reason: z.string().nullable(),
  ratedBy: z.object({ employeeId: idSchema.nullable(), name: z.string() }),
  ratedAt: z.string(),
  createdAt: z.string(),
  version: z.int().min(1),
});
export type OrganisationRating = z.infer<typeof organisationRatingSchema>;

/** The closing of an organisation's assessments of a period, with the counts it was checked on. */
export const assessmentFinalisationSchema = z.object({
  kind: orgKindSchema,
  orgId: idSchema,
  agencyId: idSchema,
  orgName: z.string().nullable(),
  period: periodObject,
  orgPredikat: orgPredikatSchema,
  counts: predikatCountsSchema,
  total: z.int().min(0),
  /** The tally's version the caps were checked on. */
  tallyVersion: z.int().min(0),
  finalisedByName: z.string(),
  finalisedAt: z.string(),
});
export type AssessmentFinalisation = z.infer<typeof assessmentFinalisationSchema>;

/** One cap of the organisation's row of the distribution table, with the numbers now. */
export const distributionLimitSchema = z.object({
  /** Its index in the row: the path `distribution.<index>` of a finalisation's 409. */
  index: z.int().min(0),
  rule: distributionRuleSchema,
  bound: z.enum(['at-most', 'at-least']),
  /** `at-most`: the most employees allowed; `at-least`: the fewest required. */
  allowed: z.int().min(0),
  given: z.int().min(0),
  status: z.enum(['ok', 'exceeded']),
  label: z.string(),
});

/** The assessment screen's chart: counts per predikat against the caps of the organisation's rating. */
export const assessmentDistributionSchema = z.object({
  org: orgRefSchema,
  period: periodObject,
  counts: predikatCountsSchema,
  total: z.int().min(0),
  /** The tally's version: it rises with every assessment written. */
  version: z.int().min(0),
  orgRating: z.object({ predikat: orgPredikatSchema, version: z.int() }).nullable(),
  /** Empty while the organisation is not rated for the period. */
  limits: z.array(distributionLimitSchema),
  /** `unrated`: no caps to check yet; `exceeded`: finalising would be refused now. */
  status: z.enum(['unrated', 'ok', 'exceeded']),
  finalised: z.boolean(),
  finalisation: assessmentFinalisationSchema.nullable(),
});
export type AssessmentDistribution = z.infer<typeof assessmentDistributionSchema>;
